import CSCore

/// Every option and argument of `cs invoice`, declared once and read by value.
enum InvoiceOption {
    static let code = Required<String>(
        "code", .text, valueName: "CODE", help: "the invoice code (发票代码), 10 or 12 digits",
        zh: "发票代码,10 或 12 位数字")
    static let from = Required<String>(
        "from", .text, valueName: "N", help: "first number of the range (leading zeros kept)",
        zh: "号段起始号码(保留前导零)")
    static let to = Required<String>(
        "to", .text, valueName: "N", help: "last number of the range, same width",
        zh: "号段结束号码,位数相同")
    static let receipt = Required<String>(
        "receipt", .text, valueName: "NO", help: "the receipt (小票) being invoiced",
        zh: "开票的小票号")
    static let amount = Required<Money>(
        "amount", .positiveAmount, valueName: "AMOUNT",
        help: "the amount in yuan, as on the receipt", zh: "金额(元),与小票一致")
    static let room = Option<String>(
        "room", .text, valueName: "ROOM", help: "the room, written on the receipt",
        zh: "房号,写在小票上")
    static let title = Option<String>(
        "title", .text, valueName: "TEXT", help: "the buyer's name on the invoice (抬头)",
        zh: "发票抬头")
    static let taxId = Option<String>(
        "tax-id", .text, valueName: "ID",
        help: "the buyer's taxpayer id (spaces and dashes dropped): an 18-character credit code (checked), "
            + "15 (division code and organisation code), 17 or 20 (a resident ID number and 2 digits)",
        zh: "纳税人识别号(忽略空格和短横):18 位统一社会信用代码(校验),15 位(行政区划码加组织机构代码),"
            + "17 或 20 位(身份证号加 2 位数字)")
    static let number = Option<String>(
        "number", .text, valueName: "N",
        help: "this number (CODE-NUMBER when two codes have it); with --electronic the "
            + "20 digits of the digital invoice",
        zh: "指定号码(两个代码都有时写 代码-号码);与 --electronic 同用时为数电票 20 位号码")
    static let electronic = Flag(
        "electronic", help: "record a digital invoice (数电票) the tax platform issued",
        zh: "登记税务平台开具的数电票")
    static let slip = Flag(
        "slip", tableOnly: true, help: "print what to write on the receipt: number, room, 发票已开",
        zh: "打印写在小票上的内容:发票号、房号、发票已开")
    static let reason = Required<String>("reason", .freeText, valueName: "TEXT", help: "why", zh: "原因")
    static let redReason = Required<RedLetterReason>(
        "reason", valueName: "WHY",
        help: "issue-error, sales-return or other",
        zh: "issue-error/开票有误、sales-return/销货退回 或 other/其他")
    static let redNumber = Option<String>(
        "number", .text, valueName: "N",
        help: "for a digital invoice: the red letter's 20 digits from the platform",
        zh: "数电票:平台开具的红字发票 20 位号码")
    static let handoverTo = Option<String>(
        "to", .text, valueName: "NAME", help: "the clerk taking over (or --close)",
        zh: "接班人(或 --close)")
    static let close = Flag(
        "close", help: "closing: the day's invoices go into the safe (needs --witness)",
        zh: "营业结束:当天发票存入保险柜(需 --witness)")
    static let pettyCash = Option<Money>(
        "petty-cash", .amount, valueName: "AMOUNT",
        help: "the float drawn from finance at the shift's start, returned now (备用金)",
        zh: "上班前向财务领取、现交回的备用金(元)")
    static let finance = Option<String>(
        "finance", .text, valueName: "NAME",
        help: "who in finance checked the receipts and copies", zh: "核对小票与发票联的财务人员")
    static let remark = Option<String>(
        "remark", .freeText, valueName: "TEXT",
        help: "备注: no problems, or the problems found", zh: "备注:无问题或发现的问题")
    static let witness = Option<String>(
        "witness", .text, valueName: "NAME",
        help: "the security guard watching the invoices go into the safe", zh: "监督发票存入保险柜的保安")
    static let handoverID = Argument<String>("ID", help: "the handover's id, such as H01-3", zh: "交接单编号,如 H01-3")
    static let shift = Option<Shift>(
        "shift", valueName: "A|B",
        help: "the shift handing over (default A for the day's first handover, then B)",
        zh: "交班的班次(默认当天第一次为 A,之后为 B)")
    static let date = Option<Day>("date", .date, valueName: "DATE", help: "the day (default today)", zh: "日期(默认今天)")
    static let listDate = Option<Day>("date", .date, valueName: "DATE", help: "issued on this day", zh: "开具日期")
    static let status = Option<InvoiceStatus>(
        "status", valueName: "S", help: "issued or voided",
        zh: "issued/已开具 或 voided/已作废")
    static let listShift = Option<Shift>("shift", valueName: "A|B", help: "issued in this shift", zh: "在此班次开具")
    static let listReceipt = Option<String>(
        "receipt", .text, valueName: "NO", help: "for this receipt",
        zh: "该小票的发票")
    static let numberArgument = Argument<String>(
        "NUMBER", help: "the invoice number (CODE-NUMBER if ambiguous)",
        zh: "发票号码(有歧义时写 代码-号码)")
}
