import CSCore

/// The lending desk's fields, each declared once: the loan (listing, record, JSON, export), the
/// stock, the out-loans index lines and the day report.
enum LendTables {
    /// Every field of a loan; the deposit ID masked unless revealed on purpose.
    static func loan(reveal: Bool = false) -> Fields<Loan> {
        Fields([
            Field("id", "ID", "编号", fit: .keep) { .text($0.id) },
            Field("item", "ITEM", "物品") { .text($0.item) },
            Field("asset", "NO.", "物品编号", fit: .keep) { .text($0.asset) },
            Field("borrower", "BORROWER", "借用人") { .text($0.borrower) },
            Field("phone", "PHONE", "手机", fit: .drop(rank: 3)) { .text($0.phone) },
            Field("deposit", "DEPOSIT", "押金") { l in l.deposit.map { .money($0) } ?? .null },
            Field("depositIdNumber", "DEPOSIT ID", "押证件", fit: .drop(rank: 2)) { l in
                .text(l.depositIdNumber.map { reveal ? $0 : IDNumber.masked($0) })
            },
            Field("lentAt", "LENT", "借出时间", fit: .drop(rank: 1)) { .instant($0.lentAt) },
            Field("due", "DUE", "应还时间") { .instant($0.due) },
            Field("status", "STATUS", "状态") { $0.status.label },
            Field("lentBy", "LENT BY", "经办人", fit: .dataOnly) { .text($0.lentBy) },
            Field("closedAt", "CLOSED", "归还/注销时间", fit: .dataOnly) { .instant($0.closedAt) },
            Field("closedBy", "CLOSED BY", "归还经办人", fit: .dataOnly) { .text($0.closedBy) },
            Field("returned", "RETURNED", "退还押金", fit: .dataOnly) { l in l.returned.map { .money($0) } ?? .null },
            Field("kept", "KEPT", "扣留押金", fit: .dataOnly) { l in l.kept.map { .money($0) } ?? .null },
            Field("damage", "DAMAGE", "损坏情况", fit: .dataOnly) { .text($0.damage) },
            Field("writeOffReason", "WRITE-OFF REASON", "注销原因", fit: .dataOnly) { .text($0.writeOffReason) },
            Field("supervisor", "SUPERVISOR", "批准主管", fit: .dataOnly) { .text($0.supervisor) },
        ])
    }

    static let exportColumns = loan().columns

    /// A loan out, as the board and `lend overdue` list it.
    static let out = Fields<OutLoan>([
        Field("id", "ID", "编号", fit: .keep) { .text($0.id) },
        Field("item", "ITEM", "物品") { .text($0.item) },
        Field("asset", "NO.", "物品编号", fit: .keep) { .text($0.asset) },
        Field("borrower", "BORROWER", "借用人") { .text($0.borrower) },
        Field("phone", "PHONE", "手机", fit: .keep) { .text($0.phone) },
        Field("due", "DUE", "应还时间") { .instant($0.due) },
    ])

    static let stock = Fields<LendDesk.StockLine>([
        Field("item", "ITEM", "物品") { .text($0.item) },
        Field("numbered", "NUMBERED", "编号管理") { .bool($0.numbered) },
        Field("total", "TOTAL", "在册") { .int(Int64($0.total)) },
        Field("out", "OUT", "借出") { .int(Int64($0.out)) },
        Field("available", "IN", "在库") { .int(Int64($0.available)) },
        Field("writtenOff", "WRITTEN OFF", "已注销", fit: .drop(rank: 1)) { .int(Int64($0.writtenOff)) },
        Field("inNumbers", "NUMBERS IN", "在库编号") { .text($0.inNumbers.joined(separator: ",")) },
        Field("outNumbers", "NUMBERS OUT", "借出编号", fit: .drop(rank: 2)) { .text($0.outNumbers.joined(separator: ",")) },
    ])

    static let report = Fields<LendDesk.DayReport>([
        Field("day", "DAY", "日期", fit: .keep) { .day($0.day) },
        Field("heldAtStart", "HELD AT START", "日初押金") { .money($0.heldAtStart) },
        Field("taken", "TAKEN", "收取押金") { .money($0.taken) },
        Field("returned", "RETURNED", "退还押金") { .money($0.returned) },
        Field("kept", "KEPT", "扣留押金") { .money($0.kept) },
        Field("heldAtEnd", "HELD AT END", "日终押金") { .money($0.heldAtEnd) },
        Field("balances", "BALANCES", "账实相符") { .bool($0.balances) },
        Field("loans", "LOANS", "借出笔数") { .int(Int64($0.loans)) },
        Field("back", "BACK", "归还笔数") { .int(Int64($0.back)) },
        Field("writtenOff", "WRITTEN OFF", "注销笔数") { .int(Int64($0.writtenOff)) },
        Field("idsHeld", "IDS HELD", "押证件数") { .int(Int64($0.idsHeld)) },
    ])
}
