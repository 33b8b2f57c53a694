/// The help examples of `cs ask`.
extension CommandExamples {
    static let askNew = [
        E(
            "cs ask new --name 王女士 --phone 13800138000 --topic 预约 --text \"周六晚上大包还有吗\"",
            "a phone enquiry; the clerk owns it", zh: "电话咨询;受理人负责"),
        E(
            "cs ask new --channel on-site --name 李先生 --topic 寻人 --text \"找穿红衣服的五岁男孩\"",
            "a paging request at the desk", zh: "现场寻人"),
    ]
    static let askAnswer = [
        E("cs ask answer Q01-7 --answer \"已预留 V08 大包\"", "the owner answers", zh: "负责人答复"),
        E("cs ask answer Q01-8 --found --answer \"孩子在 3 号门找到\"", "a paging request ends found", zh: "寻人已找到"),
    ]
    static let askPass = [
        E("cs ask pass Q01-7 --to mei --note \"等经理确认价格\"", "hand it to mei", zh: "移交给 mei"),
        E(
            "cs ask pass Q01-7 --to mei --supervisor 王主管", "the owner went home: the supervisor hands it over",
            zh: "负责人已下班:由主管交接"),
    ]
    static let askShow = [
        E("cs ask show Q01-7", "one enquiry", zh: "查看一条咨询"),
        E("cs ask show Q01-7 --json", "with its hand-overs, as JSON", zh: "含交接记录,JSON 格式"),
    ]
    static let askList = [
        E("cs ask list --open --mine", "what the clerk still owes an answer", zh: "本人尚未答复的咨询"),
        E("cs ask list --date today --csv", "today's enquiries, as CSV", zh: "今天的咨询,CSV 格式"),
    ]
    static let askNote = [
        E("cs ask note --text \"3 号包厢空调坏了,已报工程部\"", "a line for the next shift", zh: "给下一班的值班记录"),
        E("cs ask note --text \"备用金 500 元已交财务\" -q", "prints the line's id", zh: "只输出编号"),
    ]
    static let askNotes = [
        E("cs ask notes", "the shift's log", zh: "本班次的值班记录"),
        E("cs ask notes --date yesterday", "yesterday's log", zh: "昨天的值班记录"),
    ]
}
