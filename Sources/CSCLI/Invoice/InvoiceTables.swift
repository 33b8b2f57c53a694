import CSCore

/// The invoice desk's fields, each declared once.
enum InvoiceTables {
    static let invoice = Fields<Invoice>([
        Field("id", "INVOICE", "发票", fit: .keep) { .text($0.id) },
        Field("code", "CODE", "代码", fit: .dataOnly) { .text($0.code) },
        Field("number", "NUMBER", "号码", fit: .dataOnly) { .text($0.number) },
        Field("kind", "KIND", "种类", fit: .drop(rank: 2)) { $0.invoiceKind.label },
        Field("status", "STATUS", "状态") { $0.status.label },
        Field("receipt", "RECEIPT", "小票", fit: .keep) { .text($0.receipt) },
        Field("amount", "AMOUNT", "金额") { .money($0.amount) },
        Field("room", "ROOM", "房号", fit: .drop(rank: 3)) { .text($0.room) },
        Field("issuedAt", "ISSUED", "开具时间", fit: .drop(rank: 1)) { .instant($0.issuedAt) },
        Field("issuedBy", "CLERK", "开票人", fit: .drop(rank: 4)) { .text($0.issuedBy) },
        Field("title", "TITLE", "抬头", fit: .dataOnly) { .text($0.title) },
        Field("taxId", "TAX ID", "纳税人识别号", fit: .dataOnly) { .text($0.taxId) },
        Field("voidedAt", "VOIDED", "作废时间", fit: .dataOnly) { .instant($0.voidedAt) },
        Field("voidedBy", "VOIDED BY", "作废人", fit: .dataOnly) { .text($0.voidedBy) },
        Field("voidReason", "VOID REASON", "作废原因", fit: .dataOnly) { .text($0.voidReason) },
        Field("redLetterOf", "RED LETTER OF", "冲红原票", fit: .dataOnly) { .text($0.redLetterOf) },
        Field("redLetterReason", "RED LETTER REASON", "冲红原因", fit: .dataOnly) { $0.redLetterReason?.label ?? .null },
        Field("redLetter", "RED LETTER", "红字发票", fit: .dataOnly) { .text($0.redLetter) },
    ])

    static let stock = Fields<InvoiceStock>([
        Field("code", "CODE", "代码", fit: .keep) { .text($0.code) },
        Field("from", "FROM", "起", fit: .keep) { .text($0.from) },
        Field("to", "TO", "止", fit: .keep) { .text($0.to) },
        Field("used", "USED", "已用") { .int(Int64($0.used)) },
        Field("remaining", "REMAINING", "剩余") { .int(Int64($0.remaining)) },
        Field("next", "NEXT", "下一号", fit: .keep) { .text($0.next) },
        Field("addedAt", "ADDED", "领用时间", fit: .drop(rank: 1)) { .instant($0.addedAt) },
    ])

    static func strings(_ a: [String]) -> Cell { .json(.array(a.map { .string($0) })) }

    static let summary = Fields<InvoiceSummary>([
        // In a list of sheets on a narrow terminal the span and the stock go first; the sheet
        // itself (a record, one field per line) shows them all.
        Field("since", "SINCE", "起", fit: .drop(rank: 1)) { .instant($0.since) },
        Field("through", "THROUGH", "止", fit: .drop(rank: 1)) { .instant($0.through) },
        Field("first", "FIRST", "首号", fit: .drop(rank: 3)) { .text($0.first) },
        Field("last", "LAST", "末号", fit: .drop(rank: 4)) { .text($0.last) },
        Field("issued", "ISSUED", "开具") { .int(Int64($0.issued)) },
        Field("electronic", "DIGITAL", "数电票", fit: .drop(rank: 2)) { .int(Int64($0.electronic)) },
        Field("total", "TOTAL", "合计") { .money($0.total) },
        Field("voided", "VOIDED", "作废", fit: .drop(rank: 2)) { strings($0.voided) },
        Field("redLetters", "RED LETTERS", "红字", fit: .drop(rank: 2)) { strings($0.redLetters) },
        Field("gaps", "GAPS", "缺号", fit: .drop(rank: 5)) { strings($0.gaps) },
        Field("remaining", "REMAINING", "剩余库存", fit: .drop(rank: 1)) { strings($0.remaining) },
    ])

    static let handover =
        Fields<InvoiceHandover>([
            Field("id", "HANDOVER", "交接", fit: .keep) { .text($0.id) },
            Field("shift", "SHIFT", "班次") { .text($0.shift.rawValue) },
            Field("from", "FROM", "交班人") { .text($0.from) },
            Field("to", "TO", "接班人") { .text($0.to) },
            Field("at", "AT", "时间", fit: .keep) { .instant($0.at) },
        ]) + summary.through { $0.summary }
        + Fields<InvoiceHandover>([
            Field("pettyCash", "PETTY CASH", "备用金", fit: .drop(rank: 2)) { h in
                h.extras.pettyCash.map { .money($0) } ?? .null
            },
            Field("finance", "FINANCE", "财务核对", fit: .drop(rank: 2)) { .text($0.extras.finance) },
            Field("remark", "REMARK", "备注") { .text($0.extras.remark) },
            Field("witness", "WITNESS", "监督保安", fit: .drop(rank: 2)) { .text($0.extras.witness) },
        ])
}
