/// The help examples of `cs complaint`.
extension CommandExamples {
    static let complaintNew = [
        E(
            "cs complaint new --customer 张女士 --phone 13912345678 --matter \"包厢空调不制冷,服务员态度差\" --staff A07 "
                + "--room 8 --category 服务", "a hotline complaint against staff A07", zh: "热线投诉,被投诉人工号 A07"),
        E(
            "cs complaint new --customer \"Mr Lee\" --phone 13900001111 --matter \"overcharged\" --channel on-site "
                + "--severity high -q", "on site, serious; prints its id", zh: "现场投诉,严重;只输出编号"),
    ]
    static let complaintShow = [
        E("cs complaint show C01-7", "the complaint and its timeline", zh: "投诉及处理记录"),
        E("cs complaint show C01-7 --json", "the same as JSON", zh: "以 JSON 输出"),
    ]
    static let complaintList = [
        E("cs complaint list --status open", "what is still open", zh: "仍待处理的投诉"),
        E("cs complaint list --staff A07 --since 2026-11-01", "complaints against A07 this month", zh: "本月对 A07 的投诉"),
        E("cs complaint list --overdue --csv", "past their promise, as CSV", zh: "已超时的投诉,CSV 输出"),
    ]
    static let complaintNote = [
        E("cs complaint note C01-7 \"called back, no answer\"", "a line in the timeline", zh: "添加一条处理记录"),
        E("cs --lang zh complaint note C01-7 \"已致电,无人接听\"", "in Chinese", zh: "中文备注"),
    ]
    static let complaintEscalate = [
        E("cs complaint escalate C01-7 --to 王经理", "to the manager", zh: "升级给王经理"),
        E("cs complaint escalate C01-7 --to 王经理 --note \"asks for a refund\"", "with a note", zh: "附备注"),
    ]
    static let complaintWait = [
        E(
            "cs complaint wait C01-7 --reason \"customer sends the receipt photo\"", "the clock pauses",
            zh: "暂停计时,等待顾客"),
        E("cs complaint wait C01-7 --reason \"顾客出差,下周回复\" --json", "the record as JSON", zh: "以 JSON 输出记录"),
    ]
    static let complaintResume = [
        E("cs complaint resume C01-7 --note \"photo received\"", "the clock runs again", zh: "恢复计时"),
        E("cs complaint resume C01-7 -q", "prints the id alone", zh: "只输出编号"),
    ]
    static let complaintResolve = [
        E(
            "cs complaint resolve C01-7 --resolution \"refunded the room fee, apologised\"", "resolved",
            zh: "登记处理结果"),
        E(
            "cs complaint resolve C01-7 --resolution \"换房并赠送果盘\" --field hoursTaken", "just the hours taken",
            zh: "只输出处理用时"),
    ]
    static let complaintFollowUp = [
        E("cs complaint follow-up C01-7 --satisfaction 4", "the follow-up call; closes it", zh: "回访并结案"),
        E(
            "cs complaint follow-up C01-7 --satisfaction 2 --note \"still unhappy about the wait\"", "with a remark",
            zh: "附回访备注"),
    ]
    static let complaintReopen = [
        E(
            "cs complaint reopen C01-7 --reason \"the air conditioning failed again\"", "a fresh 48 hours",
            zh: "重新打开,重新计时"),
        E("cs complaint reopen C01-7 --reason \"顾客不满意处理结果\" --json", "the record as JSON", zh: "以 JSON 输出记录"),
    ]
    static let complaintOverdue = [
        E("cs complaint overdue", "past the promise now (exit 4 if any)", zh: "当前已超时的投诉(有则退出码 4)"),
        E("cs complaint overdue --within 12 --csv", "also due in the next 12 hours", zh: "含 12 小时内到期的"),
    ]
    static let complaintReport = [
        E("cs complaint report", "this month's review", zh: "本月月报"),
        E("cs complaint report --month 2026-10 --json", "October's, as JSON", zh: "十月月报,JSON 输出"),
    ]
}
