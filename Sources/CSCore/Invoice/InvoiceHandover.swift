public enum Shift: String, Sendable, CaseIterable {
    case a = "A"
    case b = "B"
}

/// What a span of invoices adds up to: the handover sheet and the day report. Totals in fen.
public struct InvoiceSummary: Sendable, Equatable {
    public var since: Instant
    public var through: Instant
    public var first: String?
    public var last: String?
    public var issued = 0
    public var electronic = 0
    /// Standing invoices plus red letters (negative): what the drawer should show.
    public var total = Money.zero
    public var voided = [String]()
    public var redLetters = [String]()
    /// Numbers inside the used span with no invoice and no explanation.
    public var gaps = [String]()
    /// `CODE from–to: N` per range with numbers left.
    public var remaining = [String]()

    public var problems: [String] { gaps }
}

/// A shift handover (交接班): the sheet as it was when the A clerk handed over, naming both.
public struct InvoiceHandover: Record, Equatable {
    public static let kind = "invoice-handovers"
    public static var idSpace: DeskClaim? { .lettered("H") }
    public let id: String
    public let from: String
    public let to: String
    public let shift: Shift
    public let at: Instant
    public let summary: InvoiceSummary

    public init(id: String, from: String, to: String, shift: Shift, at: Instant, summary: InvoiceSummary) {
        self.id = id
        self.from = from
        self.to = to
        self.shift = shift
        self.at = at
        self.summary = summary
    }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        from = try d.string("from")
        to = try d.string("to")
        shift = try d.choice("shift", Shift.self)
        at = try d.instant("at")
        var s = InvoiceSummary(since: try d.instant("since"), through: at)
        s.first = try d.optionalString("first")
        s.last = try d.optionalString("last")
        s.issued = Int(try d.int("issued"))
        s.electronic = Int(try d.int("electronic"))
        s.total = try d.money("total")
        s.voided = try InvoiceHandover.strings(d, "voided")
        s.redLetters = try InvoiceHandover.strings(d, "redLetters")
        s.gaps = try InvoiceHandover.strings(d, "gaps")
        s.remaining = try InvoiceHandover.strings(d, "remaining")
        summary = s
    }

    static func strings(_ d: Document, _ key: String) throws(DocumentError) -> [String] {
        guard case .array(let a)? = d.value(key) else { throw DocumentError("field \(key) is missing") }
        return a.compactMap(\.string)
    }

    public func write(into o: inout JSONObject) {
        o.add("from", from)
        o.add("to", to)
        o.add("shift", shift.rawValue)
        o.add("at", at.iso)
        o.add("since", summary.since.iso)
        o.add("first", summary.first)
        o.add("last", summary.last)
        o.add("issued", summary.issued)
        o.add("electronic", summary.electronic)
        o.add("total", summary.total.fen)
        for (k, v) in [
            ("voided", summary.voided), ("redLetters", summary.redLetters), ("gaps", summary.gaps),
            ("remaining", summary.remaining),
        ] {
            o.add(k, .array(v.map { .string($0) }))
        }
    }
}
