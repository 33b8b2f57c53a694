public enum InvoiceKind: String, Sendable, CaseIterable { case paper, electronic }
public enum InvoiceStatus: String, Sendable, CaseIterable { case issued, voided }
public enum RedLetterReason: String, Sendable, CaseIterable {
    case issueError = "issue-error"
    case salesReturn = "sales-return"
    case other
}

/// One invoice (发票): paper, on a number from stock, or a digital one the tax platform issued;
/// a red letter (红字) is an invoice of the negative amount referencing the one it cancels.
/// Never deleted, never renumbered: a voided invoice stays, marked.
public struct Invoice: Record, Equatable {
    public static let kind = "invoices"

    /// `CODE-NUMBER` for paper (a number is unique within its code), the 20 digits for digital.
    public let id: String
    public let code: String?
    public let number: String
    public let invoiceKind: InvoiceKind
    public var status: InvoiceStatus
    public let receipt: String?
    public let amount: Money
    public let room: String?
    public let title: String?
    public let taxId: String?
    public let issuedAt: Instant
    public let issuedBy: String
    public var voidedAt: Instant?
    public var voidedBy: String?
    public var voidReason: String?
    /// On a red letter: the invoice it cancels, and why.
    public let redLetterOf: String?
    public let redLetterReason: RedLetterReason?
    /// On an invoice a red letter cancelled: that red letter.
    public var redLetter: String?

    public init(
        code: String?, number: String, kind: InvoiceKind, receipt: String?, amount: Money, room: String?,
        title: String?, taxId: String?, issuedAt: Instant, issuedBy: String, redLetterOf: String? = nil,
        redLetterReason: RedLetterReason? = nil
    ) {
        id = Invoice.id(code: code, number: number)
        self.code = code
        self.number = number
        invoiceKind = kind
        status = .issued
        self.receipt = receipt
        self.amount = amount
        self.room = room
        self.title = title
        self.taxId = taxId
        self.issuedAt = issuedAt
        self.issuedBy = issuedBy
        self.redLetterOf = redLetterOf
        self.redLetterReason = redLetterReason
    }

    static func id(code: String?, number: String) -> String { code.map { "\($0)-\(number)" } ?? number }

    /// Issued and not cancelled by a red letter: what counts for the receipt and the totals.
    public var isStanding: Bool { status == .issued && redLetter == nil }

    public init(document d: Document) throws(DocumentError) {
        try self.init(document: d, id: d.string("id"))
    }

    /// The invoice whose fields `d` holds under another id (a day-index line).
    init(document d: Document, id: String) throws(DocumentError) {
        self.id = id
        code = try d.optionalString("code")
        number = try d.string("number")
        invoiceKind = try d.choice("kind", InvoiceKind.self)
        status = try d.choice("status", InvoiceStatus.self)
        receipt = try d.optionalString("receipt")
        amount = try d.money("amount")
        room = try d.optionalString("room")
        title = try d.optionalString("title")
        taxId = try d.optionalString("taxId")
        issuedAt = try d.instant("issuedAt")
        issuedBy = try d.string("issuedBy")
        voidedAt = try d.optionalInstant("voidedAt")
        voidedBy = try d.optionalString("voidedBy")
        voidReason = try d.optionalString("voidReason")
        redLetterOf = try d.optionalString("redLetterOf")
        redLetterReason = try d.optionalString("redLetterReason").flatMap(RedLetterReason.init(rawValue:))
        redLetter = try d.optionalString("redLetter")
    }

    public func write(into o: inout JSONObject) {
        o.add("code", code)
        o.add("number", number)
        o.add("kind", invoiceKind.rawValue)
        o.add("status", status.rawValue)
        o.add("receipt", receipt)
        o.add("amount", amount.fen)
        o.add("room", room)
        o.add("title", title)
        o.add("taxId", taxId)
        o.add("issuedAt", issuedAt.iso)
        o.add("issuedBy", issuedBy)
        o.add("voidedAt", voidedAt?.iso)
        o.add("voidedBy", voidedBy)
        o.add("voidReason", voidReason)
        o.add("redLetterOf", redLetterOf)
        o.add("redLetterReason", redLetterReason?.rawValue)
        o.add("redLetter", redLetter)
    }
}

/// Receipt → the invoice standing for it: a receipt is invoiced once ("发票已开"). A void or a
/// red letter frees it.
public struct InvoiceReceiptEntry: Record, Equatable {
    public static let kind = "index-invoice-receipt"
    public let id: String
    public let invoice: String
    public let at: Instant

    init(receipt: String, invoice: String, at: Instant) {
        id = receipt
        self.invoice = invoice
        self.at = at
    }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        invoice = try d.string("invoice")
        at = try d.instant("at")
    }

    public func write(into o: inout JSONObject) {
        o.add("invoice", invoice)
        o.add("at", at.iso)
    }
}

/// The invoices of one day, kept together in one shard so the handover and the day report read
/// one file, not a year of invoices. The invoice's fields sit at the top level of the line, next
/// to the entry's `DAY/INVOICE` id: read without building a JSON tree (the day report decodes
/// hundreds of them; nested, they cost it a third of its time).
public struct InvoiceDayEntry: Record, Equatable {
    public static let kind = "index-invoice-day"
    public let id: String
    public let invoice: Invoice

    init(_ invoice: Invoice, day: Day) {
        id = "\(day.iso)/\(invoice.id)"
        self.invoice = invoice
    }

    public static func shardKey(forID id: String) -> String { String(id.prefix(10)) }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        guard id.count > 11 else { throw DocumentError("field id is not DAY/INVOICE") }
        invoice = try Invoice(document: d, id: String(id.dropFirst(11)))
    }

    public func write(into o: inout JSONObject) { invoice.write(into: &o) }
}

/// Why a number inside the used span has no invoice (torn, spoiled): explained, it is no longer
/// a gap to report, and it is never issued.
public struct InvoiceGap: Record, Equatable {
    public static let kind = "invoice-gaps"
    public let id: String
    public let reason: String
    public let at: Instant
    public let by: String

    public init(id: String, reason: String, at: Instant, by: String) {
        self.id = id
        self.reason = reason
        self.at = at
        self.by = by
    }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        reason = try d.string("reason")
        at = try d.instant("at")
        by = try d.string("by")
    }

    public func write(into o: inout JSONObject) {
        o.add("reason", reason)
        o.add("at", at.iso)
        o.add("by", by)
    }
}
