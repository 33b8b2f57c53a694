/// The help examples of `cs birthday`.
extension CommandExamples {
    static let birthdayList = [
        E("cs birthday list", "this month's birthdays, by day", zh: "本月生日会员,按日期"),
        E("cs birthday list --month next --csv --excel", "next month's, for Excel", zh: "下月生日,供 Excel 打开"),
    ]
    static let birthdayUpcoming = [
        E("cs birthday upcoming", "the next seven days", zh: "未来七天"),
        E("cs birthday upcoming --within 40", "across the year end", zh: "跨年查看 40 天"),
    ]
    static let birthdayGreet = [
        E(
            "cs birthday greet", "tomorrow's greetings: phone<TAB>message, for the SMS gateway",
            zh: "明天的生日祝福:手机号<TAB>内容,供短信网关"),
        E(
            "cs --lang zh birthday greet --days 0 --template greeting.txt", "today's, in Chinese, own wording",
            zh: "今天的祝福,中文,自定义模板"),
    ]
    static let giftPrepare = [
        E(
            "cs birthday gift prepare 13800138000 --item 毛巾", "collected from finance; prints the gift id",
            zh: "从财务领取赠品;显示赠品编号"),
        E(
            "cs birthday gift prepare 88010000011 --item 蛋糕 --picked-up-by lily", "collected by lily",
            zh: "由 lily 领取"),
    ]
    static let giftGive = [
        E("cs birthday gift give G01-1", "handed to the member in person", zh: "已当面交给会员"),
        E("cs birthday gift give G01-1 --handed-over-by wang", "handed over by wang", zh: "由 wang 交付"),
    ]
    static let giftReturn = [
        E("cs birthday gift return G01-1 --reason 'did not come'", "back to finance", zh: "退回财务"),
        E("cs birthday gift return G01-2", "back to finance, no reason given", zh: "退回财务,不填原因"),
    ]
    static let birthdayReply = [
        E("cs birthday reply 88010000011 --answer coming", "the member will come", zh: "会员说会来"),
        E(
            "cs birthday reply 13800138000 --answer 未定 --note '周末再打'", "by phone: not sure yet, call again",
            zh: "按手机号:未定,周末再打"),
    ]
    static let birthdayReplies = [
        E("cs birthday replies", "this month's birthdays with each answer", zh: "本月生日会员及其答复"),
        E("cs birthday replies --month next --totals", "next month's count for the manager", zh: "下月人数,报经理"),
    ]
    static let giftList = [
        E("cs birthday gift list --status prepared", "gifts not yet given or returned", zh: "尚未送出或退回的赠品"),
        E("cs birthday gift list --month 11 --csv", "November's gifts as CSV", zh: "11 月的赠品,CSV 格式"),
    ]
    static let giftReconcile = [
        E(
            "cs birthday gift reconcile", "the 15th/30th check; exit 4 if a gift is outstanding",
            zh: "每月 15 日、30 日核对;有未处理赠品时退出状态为 4"),
        E(
            "cs birthday gift reconcile --since 2026-11-01 --through 2026-11-15 --json", "a fortnight, as JSON",
            zh: "核对半个月,JSON 格式"),
    ]
}
