import CSCore

/// Every option and argument of `cs followup`, declared once and read by value.
enum FollowupOption {
    static let name = Required<String>("name", .text, valueName: "NAME", help: "who to call", zh: "回访对象姓名")
    static let phone = Required<String>("phone", .text, valueName: "PHONE", help: "the number to call", zh: "回访电话")
    static let card = Option<String>(
        "card", .text, valueName: "CARD", help: "the member (card or phone), linked to the call", zh: "关联的会员(卡号或手机号)")
    static let ward = Option<String>(
        "ward", .text, valueName: "WARD", help: "the ward, department or counter the call is about",
        zh: "回访涉及的病区、科室或柜台")
    static let staff = Option<String>(
        "staff", .text, valueName: "NO", help: "the staff member (工号) or doctor the call is about",
        zh: "回访涉及的员工工号或医生")
    static let reason = Option<String>(
        "reason", .freeText, valueName: "TEXT", help: "why the call is made", zh: "回访原因")
    static let due = Option<Day>(
        "due", .date, valueName: "DATE", help: "the day the call is due (default today)", zh: "应回访日期(默认今天)")

    static let lapsed = Option<Int>(
        "lapsed", .integer(1...3650), valueName: "DAYS",
        help: "members whose account has not moved for DAYS days (定期电话回访)", zh: "账户 DAYS 天无消费的会员(定期电话回访)")
    static let visits = Flag(
        "visits", help: "members of followup.visitTier or above due the yearly visit (客户拜访)",
        zh: "followup.visitTier 及以上、到期年度拜访的会员(客户拜访)")
    static let from = Option<String>(
        "from", .text, valueName: "FILE",
        help: "the hospital's discharge list: CSV with name, phone, discharged (YYYY-MM-DD), optionally ward, staff",
        zh: "出院患者名单:CSV,含 姓名、电话、出院日期(YYYY-MM-DD),可含 病区、医生")
    static let dryRun = Flag("dry-run", help: "show who would be listed, change nothing", zh: "只显示将列入的对象,不做更改")

    static let date = Option<Day>(
        "date", .date, valueName: "DATE", help: "the calls due on or before this day (default today)",
        zh: "此日及以前应回访的(默认今天)")

    static let reached = Flag("reached", help: "someone answered: the follow-up closes", zh: "已接通:回访结束")
    static let noAnswer = Flag(
        "no-answer", help: "nobody answered: tried again, closed after followup.tries",
        zh: "无人接听:稍后再拨,满 followup.tries 次结束")
    static let satisfaction = Option<Int>(
        "satisfaction", .integer(1...5), valueName: "1-5", help: "overall satisfaction, 1 (poor) to 5",
        zh: "总体满意度,1(差)到 5")
    static let scores = Option<String>(
        "scores", .text, valueName: "N,N,…",
        help: "one score 1-5 per question of followup.questions, in its order: 5,4,4",
        zh: "按 followup.questions 的顺序,每题 1–5 分:如 5,4,4")
    static let comment = Option<String>(
        "comment", .freeText, valueName: "TEXT", help: "what they said, in their words", zh: "对方意见(记录原话)")
    static let note = Option<String>(
        "note", .freeText, valueName: "TEXT", help: "a remark on this call (switched off, call after 6)",
        zh: "本次通话备注(如关机、6 点后再打)")

    static let onlyOpen = Flag("open", help: "only calls still owed", zh: "只列尚未完成的")
    static let status = Option<FollowupStatus>(
        "status", valueName: "S", help: "open, reached or unreached", zh: "open/待回访、reached/已回访 或 unreached/未联系上")
    static let month = Option<Month>(
        "month", .month, valueName: "M", help: "follow-ups closed in this month (default this month)",
        zh: "本月内结束的回访(默认本月)")
    static let week = Option<Day>(
        "week", .week, valueName: "WEEK", help: "follow-ups closed in this week instead (this, last, or a date in it)",
        zh: "改为按周:this/本周、last/上周,或该周内任一日期")
    static let severity = Option<Severity>(
        "severity", valueName: "S", help: "the complaint's severity: low, normal (default) or high",
        zh: "投诉严重程度:low、normal(默认)或 high")

    /// Completion offers the calls still owed.
    static let id = Argument<String>(
        "ID", help: "the follow-up's id (F01-7)", zh: "回访编号(如 F01-7)",
        ids: RecordIds { ctx in try FollowupCommands.desk(ctx).due(on: Day(ordinal: Int.max / 4)).map(\.followup) })
    static let anyID = Argument<String>("ID", help: "the follow-up's id (F01-7)", zh: "回访编号(如 F01-7)")
}
