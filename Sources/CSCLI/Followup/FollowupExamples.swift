/// The help examples of `cs followup`.
extension CommandExamples {
    static let followupAdd = [
        E(
            "cs followup add --name 张三 --phone 13800138000 --ward 心内科 --reason 术后回访 --due 2026-12-01",
            "a call by hand, due on a day", zh: "手工加入,指定回访日期"),
        E("cs followup add --name 李四 --phone 13900001111 --card 100001", "a member, due today", zh: "会员,今天回访"),
    ]
    static let followupPlan = [
        E("cs followup plan --lapsed 90 --visits", "lapsed members and VIP visits", zh: "久未消费会员与 VIP 年度拜访"),
        E("cs followup plan --from discharged.csv --dry-run", "who a discharge list would add", zh: "出院名单将列入哪些人"),
    ]
    static let followupDue = [
        E("cs followup due", "today's calls (exit 4 when any)", zh: "今天的回访电话(有则退出码 4)"),
        E("cs followup due --csv", "as CSV for the call sheet", zh: "CSV 格式,供打印回访表"),
    ]
    static let followupCall = [
        E(
            "cs followup call F01-7 --reached --satisfaction 4 --scores 5,4,3 --comment \"等候时间太长\"",
            "reached, with the survey", zh: "已接通,记录评分与意见"),
        E("cs followup call F01-8 --no-answer --note 关机", "nobody answered", zh: "无人接听"),
    ]
    static let followupShow = [
        E("cs followup show F01-7", "one follow-up", zh: "查看一条回访"),
        E("cs followup show F01-7 --json", "with its calls and scores, as JSON", zh: "含通话与评分,JSON 格式"),
    ]
    static let followupList = [
        E("cs followup list --open", "the calls still owed", zh: "尚未完成的回访"),
        E("cs followup list --status unreached --csv", "those never reached, as CSV", zh: "未联系上的,CSV 格式"),
    ]
    static let followupReport = [
        E("cs followup report", "this month's analysis", zh: "本月满意度统计分析"),
        E("cs followup report --week last --json", "last week's, as JSON", zh: "上周的,JSON 格式"),
    ]
    static let followupComplain = [
        E("cs followup complain F01-7", "a low score becomes a complaint", zh: "低分转为投诉"),
        E("cs followup complain F01-7 --severity high", "a serious one", zh: "严重投诉"),
    ]
}
