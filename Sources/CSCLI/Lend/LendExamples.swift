/// The help examples of `cs lend`.
extension CommandExamples {
    static let lendStockAdd = [
        E("cs lend stock add --item 轮椅 --ids W1-W5", "five numbered wheelchairs", zh: "五台编号轮椅"),
        E("cs lend stock add --item 雨伞 --count 30", "thirty umbrellas, not numbered", zh: "三十把雨伞,不编号"),
    ]
    static let lendStockList = [
        E("cs lend stock list", "each item: how many, out, in", zh: "每种物品的在册、借出、在库"),
        E("cs lend stock list --json", "the same as JSON", zh: "以 JSON 输出"),
    ]
    static let lendOut = [
        E(
            "cs lend out 轮椅 --to 张三 --phone 13800138000 --deposit-id 110101199003074514 --due 18:00",
            "the first wheelchair in, against an ID card, back by 18:00", zh: "借第一台在库轮椅,押身份证,18:00 前归还"),
        E(
            "cs lend out 雨伞 --to 李四 --phone 13900001111 --deposit 50",
            "an umbrella against 50 yuan, back by closing", zh: "押 50 元借雨伞,营业结束前归还"),
        E(
            "cs lend out W3 --to 王五 --phone 13700000000 --deposit 200 -q", "wheelchair W3; prints the loan id",
            zh: "借 W3 号轮椅;只输出借用编号"),
    ]
    static let lendBack = [
        E("cs lend back B01-7", "back: the whole deposit returned", zh: "归还:全额退还押金"),
        E(
            "cs lend back B01-8 --damaged \"伞骨断了一根\" --keep 20", "back damaged: 20 yuan kept",
            zh: "归还时有损坏:扣留 20 元"),
    ]
    static let lendWriteoff = [
        E(
            "cs lend writeoff B01-7 --reason 丢失 --supervisor 王经理", "lost: the deposit kept, the thing out of service",
            zh: "丢失:押金扣留,物品退出在册"),
        E(
            "cs lend writeoff B01-9 --reason \"broken\" --supervisor wang --keep 30", "broken: 30 yuan kept",
            zh: "损坏:扣留 30 元"),
    ]
    static let lendShow = [
        E("cs lend show B01-7", "the loan", zh: "查看借用"),
        E("cs lend show B01-7 --reveal --json", "with the deposit ID in full, as JSON", zh: "显示完整押金证件号,以 JSON 输出"),
    ]
    static let lendList = [
        E("cs lend list --open", "what is out now", zh: "当前借出的"),
        E("cs lend list --overdue --csv", "what is late, as CSV", zh: "超时未还的,CSV 格式"),
    ]
    static let lendOverdue = [
        E("cs lend overdue", "late loans; exit 4 when any", zh: "超时未还;有则退出码为 4"),
        E("cs lend overdue -q", "only how many (nothing when none)", zh: "只输出数量(没有则不输出)"),
    ]
    static let lendReport = [
        E("cs lend report", "today's deposits, to the fen", zh: "今天的押金对账"),
        E("cs lend report --date yesterday --json", "yesterday's, as JSON", zh: "昨天的,以 JSON 输出"),
    ]
}
