import CSCore

/// Every option and argument of `cs complaint`, declared once and read by value.
enum ComplaintOption {
    static let customer = Required<String>(
        "customer", .text, valueName: "NAME", help: "the customer's name",
        zh: "顾客姓名")
    static let phone = Option<String>(
        "phone", .text, valueName: "PHONE",
        help: "the customer's phone, to call back (a walk-in may give only a surname)",
        zh: "顾客电话,用于回访(现场顾客可只留姓氏)")
    static let received = Option<Instant>(
        "received", .instant, valueName: "TIME",
        help: "when it arrived, if earlier (a letter): the promise runs from then; within 31 days",
        zh: "实际收到的时间(如信函较早送达):承诺时限由此起算;31 天以内")
    static let matter = Required<String>(
        "matter", .freeText, valueName: "TEXT",
        help: "what the complaint is about, in the customer's words",
        zh: "投诉事项(记录顾客原话)")
    static let channel = Option<ComplaintChannel>(
        "channel", valueName: "HOW",
        help: "hotline (default), on-site, online or letter",
        zh: "hotline/热线(默认)、on-site/现场、online/网络 或 letter/信函")
    static let staff = Option<String>(
        "staff", .text, valueName: "NO",
        help: "the accused staff member's number (工号), or a department", zh: "被投诉人工号或科室")
    static let room = Option<String>(
        "room", .text, valueName: "ROOM", help: "the room (包厢/房号), or a ward or counter",
        zh: "包厢或房号,或病区、柜台")
    static let category = Option<String>(
        "category", .text, valueName: "C",
        help: "a category of your own (service, hygiene, price…), for the report",
        zh: "类别(如服务、卫生、价格),用于月报统计")
    static let severity = Option<Severity>(
        "severity", valueName: "S", help: "low, normal (default) or high",
        zh: "low/轻微、normal/一般(默认)或 high/严重")
    static let card = Option<String>(
        "card", .text, valueName: "CARD",
        help: "the member's card (or phone): 'cs member show' then lists the complaint; "
            + "a phone that is a member's links them anyway",
        zh: "会员卡号(或手机号):'cs member show' 将列出此投诉;电话属于会员时自动关联")

    static let member = Option<String>(
        "card", .text, valueName: "CARD", help: "a member's complaints (card or phone)",
        zh: "某会员的投诉(卡号或手机号)")

    static let to = Required<String>(
        "to", .text, valueName: "NAME", help: "the supervisor or manager taking it over",
        zh: "接手的主管或经理")
    static let note = Option<String>(
        "note", .freeText, valueName: "TEXT", help: "a remark for the timeline",
        zh: "记入处理记录的备注")
    static let reason = Required<String>("reason", .freeText, valueName: "TEXT", help: "why", zh: "原因")
    static let resolution = Required<String>(
        "resolution", .freeText, valueName: "TEXT",
        help: "what was done for the customer", zh: "处理结果")
    static let satisfaction = Required<Int>(
        "satisfaction", .integer(1...5), valueName: "1-5",
        help: "the customer's score on the follow-up call, 1 (bad) to 5 (good)",
        zh: "回访时顾客的满意度评分,1(很差)到 5(很好)")

    static let status = Option<ComplaintStatus>(
        "status", valueName: "S",
        help: "open, escalated, waiting, resolved or closed",
        zh: "open/待处理、escalated/已升级、waiting/等待顾客、resolved/已解决 或 "
            + "closed/已回访")
    static let overdue = Flag("overdue", help: "only those past their promise now", zh: "只列已超过承诺时限的")
    static let since = Option<Day>(
        "since", .date, valueName: "DATE", help: "received on or after this day",
        zh: "此日及以后收到的")
    static let search = Option<String>(
        "search", .text, valueName: "TEXT",
        help: "part of the matter, the customer's name or the room",
        zh: "投诉事项、顾客姓名或房号中的一段文字")
    static let within = Option<Int>(
        "within", .integer(1...720), valueName: "HOURS",
        help: "also those due within the next HOURS", zh: "同时列出此后若干小时内到期的")
    static let month = Option<Month>(
        "month", .month, valueName: "M",
        help: "complaints received in this month "
            + "(default this month)",
        zh: "统计此月收到的投诉(默认本月)")

    /// Completion offers the complaints not yet closed: the ones a clerk still works on.
    static let id = Argument<String>(
        "ID", help: "the complaint's id, such as C01-7", zh: "投诉编号,如 C01-7",
        ids: RecordIds { ctx in
            try ComplaintCommands.desk(ctx).list(.init()).records.filter { $0.status != .closed }.map(\.id)
        })
    static let text = Argument<String>("TEXT", .freeText, help: "the note", zh: "备注内容")
}
