/// The help examples of `cs invoice`.
extension CommandExamples {
    static let invoiceStockAdd = [
        E(
            "cs invoice stock add --code 144031900111 --from 00000001 --to 00000500", "500 numbers from finance",
            zh: "从财务领用 500 份"),
        E(
            "cs invoice stock add --code 144031900111 --from 00000501 --to 00001000 -q",
            "the next range; prints its id",
            zh: "下一号段;只输出编号"),
    ]
    static let invoiceStockList = [
        E("cs invoice stock list", "used, remaining, next number per range", zh: "各号段已用、剩余、下一号"),
        E("cs invoice stock list --json", "the same as JSON", zh: "以 JSON 输出"),
    ]
    static let invoiceIssue = [
        E(
            "cs invoice issue --receipt R-1001 --amount 588.50 --room 8 --slip", "what to write on the receipt",
            zh: "打印写在小票上的内容"),
        E(
            "cs invoice issue --receipt R-1002 --amount 1200 --title 某某公司 --tax-id 91350100M000100Y43",
            "for a company, with its credit code", zh: "为公司开票,带统一社会信用代码"),
        E(
            "cs invoice issue --receipt R-1003 --amount 99 --electronic --number 24442000000012345678",
            "record a digital invoice", zh: "登记数电票"),
    ]
    static let invoiceShow = [
        E("cs invoice show 00000001", "one invoice", zh: "查看一张发票"),
        E("cs invoice show 144031900111-00000001 --json", "by code and number, as JSON", zh: "按代码和号码,JSON 输出"),
    ]
    static let invoiceList = [
        E("cs invoice list --date today", "today's invoices", zh: "今天的发票"),
        E("cs invoice list --status voided --csv", "every voided invoice", zh: "所有作废发票"),
    ]
    static let invoiceVoid = [
        E("cs invoice void 00000007 --reason \"wrong amount\"", "in the month of issue", zh: "当月作废"),
        E("cs --lang zh invoice void 00000008 --reason 抬头错误", "in Chinese", zh: "中文"),
    ]
    static let invoiceRedLetter = [
        E("cs invoice redletter 00000003 --reason sales-return", "last month's invoice, refunded", zh: "上月发票,退货"),
        E(
            "cs invoice redletter 24442000000012345678 --reason issue-error --number 24442000000099999999",
            "a digital invoice's red letter", zh: "数电票红字"),
    ]
    static let invoiceExplain = [
        E("cs invoice explain 00000012 --reason torn", "a torn invoice", zh: "发票撕毁"),
        E("cs invoice explain 144031900111-00000013 --reason spoiled", "by code and number", zh: "按代码和号码"),
    ]
    static let invoiceHandover = [
        E("cs invoice handover --to wang", "A hands over to wang", zh: "A 班交给 wang"),
        E(
            "cs invoice handover --to wang --petty-cash 500 --finance 李会计 --remark 无问题",
            "with the float returned, finance's check and the remark", zh: "交回备用金,财务核对,备注"),
        E("cs invoice handover --to lily --shift B --json", "B's sheet as JSON", zh: "B 班交接单,JSON 输出"),
        E("cs invoice handover --close --witness 保安张 --remark 无问题", "closing: into the safe", zh: "营业结束存入保险柜"),
    ]
    static let invoiceHandovers = [
        E("cs invoice handovers", "every sheet recorded", zh: "全部交接单"),
        E("cs invoice handovers --date yesterday --csv", "yesterday's, as CSV", zh: "昨日交接单,CSV 输出"),
    ]
    static let invoiceSheet = [
        E("cs invoice sheet H01-3", "print a sheet again", zh: "重新打印交接单"),
        E("cs --lang zh invoice sheet h01-3", "in Chinese, the id in any case", zh: "中文显示,编号不分大小写"),
    ]
    static let invoiceReport = [
        E("cs invoice report", "today's reconciliation (exit 4 on a gap)", zh: "今日对账(有缺号时退出码 4)"),
        E("cs invoice report --date yesterday --json", "yesterday's, as JSON", zh: "昨日对账,JSON 输出"),
    ]
}
