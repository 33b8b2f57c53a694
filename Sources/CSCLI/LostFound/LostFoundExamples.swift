/// The help examples of `cs lostfound`.
extension CommandExamples {
    static let lostAdd = [
        E(
            "cs lostfound add --item 手机 --color 黑色 --where \"8号包厢\" --handed-in-by 小李 --supervisor 王经理",
            "a phone: a valuable, into the safe", zh: "手机属贵重物品,入保险柜"),
        E(
            "cs lostfound add --item umbrella --where lobby --handed-in-by lee --supervisor wang "
                + "--found-at 2026-11-23T21:40",
            "found earlier this evening", zh: "今晚早些时候拾获"),
        E(
            "cs lostfound add --item scarf --where \"room 3\" --handed-in-by lee --supervisor wang --photo scarf.jpg -q",
            "with a photo; prints only the id", zh: "附照片;只输出编号"),
    ]
    static let lostShow = [
        E("cs lostfound show L01-7", "the item and its chain of custody", zh: "物品及交接记录"),
        E("cs lostfound show L01-7 --json", "the same as JSON", zh: "以 JSON 输出"),
    ]
    static let lostList = [
        E("cs lostfound list --search 黑色", "black things, in any field", zh: "搜索“黑色”"),
        E("cs lostfound list --status held --custody safe", "what the safe holds", zh: "保险柜中的物品"),
        E("cs lostfound list --overdue --csv", "what a sweep would move now", zh: "现在到期需移交的物品"),
    ]
    static let lostMove = [
        E("cs lostfound move L01-7 --to safe --received-by 王经理", "into the safe", zh: "存入保险柜"),
        E(
            "cs lostfound move L01-7 --to general-affairs --received-by 赵主任 --reason \"early\"",
            "to general affairs early", zh: "提前移交总务处"),
    ]
    static let lostClaim = [
        E(
            "cs lostfound claim L01-7 --claimant 张三 --phone 13912345678 --id-number 110101199001011234 "
                + "--described \"黑色手机,壳上有猫\" --supervisor 王经理", "the owner takes it", zh: "失主认领"),
        E(
            "cs --lang zh lostfound claim L01-7 --claimant 李四 --phone 13900001111 --id-number G12345678 "
                + "--described 蓝色钱包 --supervisor 王经理 --json", "the claim as JSON (the ID number masked)",
            zh: "以 JSON 输出认领记录(证件号打码)"),
    ]
    static let lostDispose = [
        E("cs lostfound dispose L01-7 --how police", "handed to the police", zh: "已交公安"),
        E("cs lostfound dispose L01-7 --how donated --note \"charity shop\"", "donated", zh: "已捐赠"),
    ]
    static let lostSweep = [
        E("cs lostfound sweep", "what is due now (exit 4 if anything is)", zh: "现在到期的事项(有则退出码 4)"),
        E(
            "cs lostfound sweep --to center --apply --received-by 客服中心", "the day-end moves, signed by the center",
            zh: "执行日终移交,客服中心签收"),
        E(
            "cs lostfound sweep --to general-affairs --apply --received-by 赵主任",
            "the 3-day hand-over, signed by "
                + "general affairs", zh: "满 3 天移交总务处,由总务处签收"),
        E("cs lostfound sweep --as-of 2026-11-30T23:00", "what will be due then", zh: "预览届时到期的事项"),
    ]
}
