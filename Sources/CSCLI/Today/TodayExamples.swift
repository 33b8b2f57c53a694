/// The help examples of `cs today`.
extension CommandExamples {
    static let today = [
        E(
            "cs today", "the board for the shift that opens (exit 4 when anything is overdue)",
            zh: "本班看板(有逾期事项时退出码 4)"),
        E("cs --lang zh today", "in Chinese", zh: "中文看板"),
        E("cs today --json", "every section as data", zh: "各部分数据以 JSON 输出"),
    ]
}
