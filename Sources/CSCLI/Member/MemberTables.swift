import CSCore

/// The member and ledger fields as SPEC.md's "Stable output fields" name them, each declared
/// once (key, headers, value).
enum MemberTables {
    static let summary = Fields<Member>([
        Field("card", "CARD", "卡号", fit: .keep) { .text($0.card) },
        Field("name", "NAME", "姓名") { .text($0.name) },
        Field("phone", "PHONE", "手机", fit: .keep) { .text($0.phone) },
        Field("birthday", "BIRTHDAY", "生日", fit: .keep) { .day($0.birthday) },
        Field("gender", "GENDER", "性别", fit: .drop(rank: 4)) { $0.gender.label },
        Field("kind", "KIND", "卡类型", fit: .drop(rank: 2)) { $0.memberKind.label },
        Field("tier", "TIER", "等级") { $0.tier.label },
        Field("status", "STATUS", "状态") { $0.status.label },
        Field("points", "POINTS", "积分") { .int($0.points) },
        Field("balance", "BALANCE", "余额") { .money($0.balance) },
        Field("totalSpend", "SPEND", "累计消费", fit: .drop(rank: 5)) { .money($0.totalSpend) },
        Field("joinedAt", "JOINED", "入会时间", fit: .drop(rank: 1)) { .instant($0.joinedAt) },
        Field("replacedBy", "REPLACED BY", "新卡号", fit: .drop(rank: 3)) { .text($0.replacedBy) },
    ])

    // The file's details: in every member record (JSON, CSV, `show`), never in a listing's
    // table, which has no room for them.
    static let address = Field<Member>("address", "ADDRESS", "地址", fit: .dataOnly) { .text($0.address) }
    static let email = Field<Member>("email", "EMAIL", "邮箱", fit: .dataOnly) { .text($0.email) }
    static let note = Field<Member>("note", "NOTE", "备注", fit: .dataOnly) { .text($0.note) }
    static let replaces = Field<Member>("replaces", "REPLACES", "原卡号", fit: .dataOnly) { .text($0.replaces) }
    static let statusReason = Field<Member>(
        "statusReason", "STATUS REASON", "状态原因",
        fit: .dataOnly
    ) { .text($0.statusReason) }
    static let account = Field<Member>("account", "ACCOUNT", "账户", fit: .dataOnly) { .text($0.account) }
    static let cardFee = Field<Member>("cardFee", "CARD FEE", "工本费", fit: .dataOnly) { .money($0.cardFee) }
    static let charterSigned = Field<Member>("charterSigned", "CHARTER", "签署章程", fit: .dataOnly) {
        .bool($0.charterSigned)
    }

    static let reviewedAt = Field<Member>("reviewedAt", "REVIEWED", "审核日期", fit: .dataOnly) { .day($0.reviewedAt) }

    /// `member reviews`: who falls due, and when.
    static let reviewDue = Fields<MemberDesk.ReviewDue>([
        Field("card", "CARD", "卡号") { .text($0.member.card) },
        Field("name", "NAME", "姓名") { .text($0.member.name) },
        Field("tier", "TIER", "等级") { $0.member.tier.label },
        Field("joinedAt", "JOINED", "入会日期") { .day($0.member.joinedAt.day) },
        Field("reviewedAt", "REVIEWED", "上次审核") { .day($0.member.reviewedAt) },
        Field("reviewDue", "DUE", "审核到期") { .day($0.due) },
    ])

    static let perkUse = Fields<PerkUse>([
        Field("id", "ID", "编号") { .text($0.id) },
        Field("card", "CARD", "卡号") { .text($0.card) },
        Field("name", "NAME", "姓名") { .text($0.name) },
        Field("room", "ROOM", "包厢") { .text($0.room) },
        Field("hours", "HOURS", "小时") { .int(Int64($0.hours)) },
        Field("at", "AT", "时间") { .instant($0.at) },
        Field("by", "BY", "经办人") { .text($0.by) },
    ])

    /// `member perks`: whether the card may have the perk now, and the window it is for.
    static let perkCheck = Fields<MemberDesk.PerkCheck>([
        Field("card", "CARD", "卡号") { .text($0.member.card) },
        Field("name", "NAME", "姓名") { .text($0.member.name) },
        Field("kind", "KIND", "卡类型") { $0.member.memberKind.label },
        Field("usable", "USABLE NOW", "现在可用") { .bool($0.refusal == nil) },
        Field("refusal", "WHY NOT", "原因") { .text($0.refusal.map(\.code)) },
        Field("weekday", "WEEKDAY", "星期") { .text(PerkWindow.weekdays[$0.window.weekday]) },
        Field("from", "FROM", "起") { .text($0.window.from) },
        Field("until", "UNTIL", "止") { .text($0.window.until) },
        Field("hours", "HOURS", "小时") { .int(Int64($0.window.hours)) },
        Field("rooms", "ROOMS", "包厢") { .text($0.window.rooms.joined(separator: ",")) },
        Field("usedToday", "USED TODAY", "今日已用") { .text($0.usedToday?.id) },
    ])

    /// A voucher, its state as of `today` (an unused one past its last day reads expired).
    static func voucher(_ today: Day) -> Fields<Voucher> {
        Fields([
            Field("id", "ID", "编号", fit: .keep) { .text($0.id) },
            Field("card", "CARD", "卡号", fit: .drop(rank: 2)) { .text($0.card) },
            Field("name", "NAME", "姓名") { .text($0.name) },
            Field("phone", "PHONE", "手机", fit: .drop(rank: 1)) { .text($0.phone) },
            Field("yuan", "YUAN", "面值(元)") { .int($0.yuan) },
            Field("status", "STATUS", "状态") { $0.status(on: today).label },
            Field("validUntil", "VALID UNTIL", "有效期至") { .day($0.validUntil) },
            Field("issuedOn", "ISSUED", "发放日期", fit: .dataOnly) { .day($0.issuedOn) },
            Field("points", "POINTS", "所用积分", fit: .dataOnly) { .int($0.points) },
            Field("entry", "ENTRY", "台账编号", fit: .dataOnly) { .text($0.entry) },
            Field("usedAt", "USED", "使用时间", fit: .dataOnly) { .instant($0.usedAt) },
            Field("receipt", "RECEIPT", "小票", fit: .dataOnly) { .text($0.receipt) },
            Field("usedBy", "USED BY", "经办人", fit: .dataOnly) { .text($0.usedBy) },
        ])
    }

    /// The ID number, masked unless revealed on purpose.
    static func idNumber(reveal: Bool) -> Field<Member> {
        Field("idNumber", "ID NUMBER", "身份证号", fit: .dataOnly) { m in
            .text(m.idNumber.map { reveal ? $0 : IDNumber.masked($0) })
        }
    }

    /// A member, the one shape every command gives (add, edit, find, list, upgrade, reissue,
    /// suspend/resume/cancel, export, and `show` with two figures more); import reads it back.
    static func member(reveal: Bool = false) -> Fields<Member> {
        summary
            + Fields([
                idNumber(reveal: reveal), address, email, note, account, replaces, statusReason, cardFee, charterSigned,
                reviewedAt,
            ])
    }

    static let exportColumns = member().columns

    /// `member show`: the member, and what its ledger says today.
    static func detail(reveal: Bool) -> Fields<MemberDesk.View> {
        member(reveal: reveal).through { $0.member }
            + Fields([
                Field("available", "AVAILABLE POINTS", "可用积分") { .int($0.available) },
                Field("expiringIn30Days", "EXPIRING IN 30 DAYS", "30天内到期积分") { .int($0.expiring) },
                Field("reviewDue", "REVIEW DUE", "审核到期") { .day($0.reviewDue) },
            ])
    }

    static let ledger = Fields<LedgerEntry>([
        Field("id", "ID", "编号", fit: .drop(rank: 6)) { .text($0.id) },
        Field("card", "CARD", "卡号", fit: .drop(rank: 5)) { .text($0.card) },
        Field("kind", "KIND", "类型", fit: .keep) { e in
            e.undoes == nil ? e.kind.label : .label(e.kind.rawValue, zh: "撤销" + e.kind.zh)
        },
        Field("points", "POINTS", "积分") { .int($0.points) },
        Field("amount", "AMOUNT", "金额") { .money($0.amount) },
        Field("receipt", "RECEIPT", "单据号", fit: .keep) { .text($0.receipt) },
        Field("clerk", "CLERK", "经办人", fit: .drop(rank: 4)) { .text($0.clerk) },
        Field("at", "AT", "时间", fit: .keep) { .instant($0.at) },
        Field("expiresOn", "EXPIRES", "到期日", fit: .drop(rank: 3)) { .day($0.expiresOn) },
        Field("item", "ITEM", "兑换物品", fit: .drop(rank: 7)) { .text($0.item) },
        Field("reason", "REASON", "原因", fit: .drop(rank: 8)) { .text($0.reason) },
        Field("account", "ACCOUNT", "账户", fit: .drop(rank: 1)) { .text($0.account) },
        Field("room", "ROOM", "房间", fit: .drop(rank: 2)) { .text($0.room) },
        Field("undoes", "UNDOES", "撤销的记录", fit: .drop(rank: 0)) { .text($0.undoes) },
    ])

    /// `member history`: each movement with the running points and balance.
    static let history =
        ledger.through { (line: MemberDesk.HistoryLine) in line.entry }
        + Fields<MemberDesk.HistoryLine>([
            Field("pointsAfter", "PTS TOTAL", "积分余额") { .int($0.pointsAfter) },
            Field("balanceAfter", "BALANCE", "储值余额") { .money($0.balanceAfter) },
        ])

    /// A movement's reply in JSON/CSV: its ledger entry and the figures after it, named as
    /// `member history` names them (pointsAfter: the ledger's running total), and available
    /// (what can be spent today, net of points past their expiry not yet recorded).
    static let movement =
        ledger.through { (mv: MemberDesk.Movement) in mv.entry }
        + Fields<MemberDesk.Movement>([
            Field("pointsAfter", "PTS TOTAL", "积分余额") { .int($0.member.points) },
            Field("available", "AVAILABLE", "可用积分") { .int($0.available) },
            Field("balanceAfter", "BALANCE", "储值余额") { .money($0.member.balance) },
        ])

    static let takings = Fields<Takings>([
        Field("day", "DAY", "日期", fit: .keep) { .day($0.day) },
        Field("cardFees", "CARD FEES", "工本费") { .money($0.cardFees) },
        Field("cardFeeCount", "CARDS", "办卡数") { .int(Int64($0.cardFeeCount)) },
        Field("topups", "TOP-UPS", "储值充值") { .money($0.topups) },
        Field("topupCount", "TOP-UP COUNT", "充值笔数") { .int(Int64($0.topupCount)) },
        Field("refunds", "REFUNDS", "退还储值") { .money($0.refunds) },
        Field("refundCount", "REFUND COUNT", "退还笔数") { .int(Int64($0.refundCount)) },
        Field("net", "NET", "合计") { .money($0.net) },
    ])

    static let quote = Fields<PriceQuote>([
        Field("card", "CARD", "卡号", fit: .keep) { .text($0.card) },
        Field("amount", "AMOUNT", "原价") { .money($0.amount) },
        Field("payable", "PAYABLE", "应付") { .money($0.payable) },
        Field("rule", "RULE", "规则") { .text($0.rule.rawValue) },
        Field("rate", "RATE", "折扣") { .text($0.rate.description) },
    ])
}
