import CSCore

/// The birthday desk's fields, each declared once.
enum BirthdayTables {
    static let card = Field<Celebration>("card", "CARD", "卡号") { .text($0.member.card) }
    static let name = Field<Celebration>("name", "NAME", "姓名") { .text($0.member.name) }
    static let phone = Field<Celebration>("phone", "PHONE", "手机") { .text($0.member.phone) }
    static let birthday = Field<Celebration>("birthday", "BIRTHDAY", "生日") { .day($0.member.birthday) }
    static let day = Field<Celebration>("day", "DAY", "日期") { .day($0.date) }
    static let inDays = Field<Celebration>("inDays", "IN DAYS", "天后") { .int(Int64($0.inDays)) }

    /// The 1st-of-month list.
    static let monthList = Fields([card, name, phone, birthday, day])
    /// The coming days: how far away each is, too.
    static let upcoming = Fields([card, name, phone, birthday, day, inDays])

    static let id = Field<Gift>("id", "ID", "编号") { .text($0.id) }
    static let giftCard = Field<Gift>("card", "CARD", "卡号") { .text($0.card) }
    static let giftName = Field<Gift>("name", "NAME", "姓名") { .text($0.name) }
    static let item = Field<Gift>("item", "ITEM", "物品") { .text($0.item) }
    static let status = Field<Gift>("status", "STATUS", "状态") { $0.status.label }
    static let preparedAt = Field<Gift>("preparedAt", "PREPARED", "领取时间") { .instant($0.preparedAt) }
    static let pickedUpBy = Field<Gift>("pickedUpBy", "PICKED UP BY", "领取人") { .text($0.pickedUpBy) }

    /// `gift list`: what the register shows at a glance.
    static let giftList = Fields([id, giftCard, giftName, item, status, preparedAt, pickedUpBy])

    /// Every field of a gift: records, JSON and the export.
    static let gift =
        giftList
        + Fields<Gift>([
            Field("birthday", "BIRTHDAY", "生日") { .day($0.birthday) },
            Field("phone", "PHONE", "手机") { .text($0.phone) },
            Field("address", "ADDRESS", "地址") { .text($0.address) },
            Field("forDate", "FOR", "生日日期") { .day($0.forDate) },
            Field("preparedBy", "REGISTERED BY", "登记人") { .text($0.preparedBy) },
            Field("givenAt", "GIVEN", "送出时间") { .instant($0.givenAt) },
            Field("handedOverBy", "HANDED OVER BY", "经手人") { .text($0.handedOverBy) },
            Field("idChecked", "ID CHECKED", "核对证件") { g in g.idChecked.map { .bool($0) } ?? .null },
            Field("returnedAt", "RETURNED", "退回时间") { .instant($0.returnedAt) },
            Field("returnReason", "RETURN REASON", "退回原因") { .text($0.returnReason) },
        ])

    /// A recorded answer (`birthday reply`).
    static let reply = Fields<BirthdayReply>([
        Field("card", "CARD", "卡号") { .text($0.card) },
        Field("name", "NAME", "姓名") { .text($0.name) },
        Field("phone", "PHONE", "手机") { .text($0.phone) },
        Field("forDate", "FOR", "生日日期") { .day($0.forDate) },
        Field("answer", "ANSWER", "答复") { $0.answer.label },
        Field("note", "NOTE", "备注") { .text($0.note) },
        Field("at", "AT", "时间") { .instant($0.at) },
        Field("by", "BY", "经办人") { .text($0.by) },
    ])

    typealias AttendanceRow = (celebration: Celebration, reply: BirthdayReply?)

    /// The month's list with each answer; "not asked" where nobody has called yet.
    static let attendance = Fields<AttendanceRow>([
        Field("card", "CARD", "卡号") { .text($0.celebration.member.card) },
        Field("name", "NAME", "姓名") { .text($0.celebration.member.name) },
        Field("phone", "PHONE", "手机") { .text($0.celebration.member.phone) },
        Field("day", "DAY", "日期") { .day($0.celebration.date) },
        Field("answer", "ANSWER", "答复") { $0.reply?.answer.label ?? .label("not-asked", zh: "未询问") },
        Field("note", "NOTE", "备注") { .text($0.reply?.note) },
    ])

    /// The manager's count.
    static let attendanceCount = Fields<BirthdayDesk.Attendance>([
        Field("month", "MONTH", "月份") { .text($0.month.iso) },
        Field("birthdays", "BIRTHDAYS", "生日人数") { .int(Int64($0.rows.count)) },
        Field("coming", "COMING", "会来") { .int(Int64($0.count(.coming))) },
        Field("notComing", "NOT COMING", "不来") { .int(Int64($0.count(.notComing))) },
        Field("unsure", "UNSURE", "未定") { .int(Int64($0.count(.unsure))) },
        Field("notAsked", "NOT ASKED", "未询问") { .int(Int64($0.count(nil))) },
    ])
}
