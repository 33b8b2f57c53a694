/// The help examples of `cs report`.
extension CommandExamples {
    static let report = [
        E("cs report", "this week so far, Monday to today", zh: "本周(周一至今)"),
        E("cs --lang zh report --week last", "last week's, for the Monday meeting", zh: "上周的工作总结,周一例会用"),
        E("cs report --week 2026-11-25 --csv", "the week holding that day, as CSV", zh: "该日所在一周,CSV 格式"),
    ]
}
