/// The help examples of `cs keep`.
extension CommandExamples {
    static let keepIn = [
        E(
            "cs keep in --tag 17 --what \"行李箱 黑色\" --seal S123 --phone 13800138000 --name 张三",
            "a sealed suitcase on tag 17", zh: "加封的行李箱,号码牌 17"),
        E("cs keep in --tag 3 --what backpack --phone 13900001111 -q", "a backpack; prints the id", zh: "背包;只输出编号"),
    ]
    static let keepOut = [
        E("cs keep out 17 --seal S123", "tag 17 back, the seal checked", zh: "凭 17 号牌取物,核对封包锁"),
        E("cs keep out K01-7", "by the bag's id (the tag was lost)", zh: "按寄存编号取物(号码牌丢失时)"),
    ]
    static let keepShow = [
        E("cs keep show 17", "the bag on tag 17", zh: "17 号牌的寄存物品"),
        E("cs keep show K01-7 --json", "a bag by its id, as JSON", zh: "按编号查看,以 JSON 输出"),
    ]
    static let keepList = [
        E("cs keep list --open", "what the desk holds now", zh: "当前寄存的物品"),
        E("cs keep list --csv", "every bag, as CSV", zh: "全部寄存记录,CSV 格式"),
    ]
    static let keepSweep = [
        E("cs keep sweep", "what is due to lost and found (exit 4)", zh: "逾期应转客遗物的(退出码 4)"),
        E("cs keep sweep --apply --received-by 客服中心", "move them, custody continued", zh: "转入客遗物,交接记录延续"),
    ]
}
