import CSCore

/// Every option and argument of `cs lend`, declared once and read by value.
enum LendOption {
    static let item = Required<String>(
        "item", .text, valueName: "ITEM", help: "what it is (轮椅, 雨伞, power bank)", zh: "物品名称(如轮椅、雨伞、充电宝)")
    static let ids = Option<String>(
        "ids", .text, valueName: "IDS",
        help: "numbered things: W1-W5, or W1,W3,W7 (the number painted on each)",
        zh: "有编号的物品:W1-W5,或 W1,W3,W7(每件物品上的编号)")
    static let count = Option<Int>(
        "count", .integer(1...10_000), valueName: "N", help: "a counted pool: how many to add",
        zh: "不编号的物品:增加的数量")

    static let borrower = Required<String>("to", .text, valueName: "NAME", help: "the borrower's name", zh: "借用人姓名")
    static let phone = Required<String>(
        "phone", .text, valueName: "PHONE", help: "the borrower's mobile number", zh: "借用人手机号")
    static let deposit = Option<Money>(
        "deposit", .positiveAmount, valueName: "AMOUNT", help: "a cash deposit in yuan", zh: "押金(元,现金)")
    static let depositId = Option<String>(
        "deposit-id", .text, valueName: "ID",
        help: "an ID card held as deposit: its number (stored, shown masked)",
        zh: "作押金的证件号码(保存,显示时打码)")
    static let due = Option<Instant>(
        "due", .instant, valueName: "TIME",
        help: "due back by (18:00 today, or a date and time; default lend.closing)",
        zh: "归还时间(如今天 18:00,或日期时间;默认 lend.closing)")

    static let damaged = Option<String>(
        "damaged", .freeText, valueName: "TEXT", help: "what was wrong with it when it came back",
        zh: "归还时的损坏情况")
    static let keep = Option<Money>(
        "keep", .amount, valueName: "AMOUNT",
        help: "yuan of the cash deposit kept (damage; on a write-off default all of it)",
        zh: "扣留的押金(元;注销时默认全部扣留)")
    static let reason = Required<String>(
        "reason", .freeText, valueName: "TEXT", help: "why: lost, broken beyond repair…", zh: "原因:丢失、损坏无法修复等")
    static let supervisor = Required<String>(
        "supervisor", .text, valueName: "NAME", help: "the supervisor who approves the write-off",
        zh: "批准注销的值班主管")

    static let status = Option<LoanStatus>(
        "status", valueName: "S", help: "out, returned or lost", zh: "状态:out/借出中、returned/已归还、lost/已注销")
    /// `--open`: not yet closed — a loan still out (as an enquiry still open will be).
    static let onlyOut = Flag("open", help: "only loans still out", zh: "只列借出中的")
    static let overdue = Flag("overdue", help: "only loans past their due time now", zh: "只列已超时未还的")
    static let since = Option<Day>(
        "since", .date, valueName: "DATE", help: "lent on or after this day", zh: "借出日期不早于此日")
    static let reveal = Flag(
        "reveal", help: "show the deposit ID number in full", zh: "显示完整的押金证件号")
    static let date = Option<Day>("date", .date, valueName: "DATE", help: "the day (default today)", zh: "日期(默认今天)")

    static let what = Argument<String>(
        "ITEM", help: "a number (W3), or an item's name: the first one in, or one from the pool",
        zh: "物品编号(如 W3),或物品名称:取第一件在库的,或从数量库存中取一件")
    /// Completion offers the loans still out: the ones that can come back or be written off.
    static let loan = Argument<String>(
        "LOAN", help: "the loan's id, such as B01-7", zh: "借用编号,如 B01-7",
        ids: RecordIds { ctx in try LendCommands.desk(ctx).outNow().map(\.id) })
}
