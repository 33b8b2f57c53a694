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

/// A shift handover (交接班): the sheet as it was when the A clerk handed over, naming both —
/// or, at closing (`to` nil), the day's invoices going into the safe before a security witness.
public struct InvoiceHandover: Record, Equatable {
    public static let kind = "invoice-handovers"
    public static var idSpace: DeskClaim? { .lettered("H") }
    public let id: String
    public let from: String
    /// The clerk taking over; nil at closing, when the invoices go into the safe.
    public let to: String?
    public let shift: Shift
    public let at: Instant
    public let summary: InvoiceSummary
    public var extras = Extras()

    /// What the seed's handover adds to the numbers: the float drawn from finance at the start
    /// of the shift (备用金) and returned, who in finance checked the receipts and copies (A may
    /// leave only after), the 备注 (no problems, or the problems found), and at closing the
    /// security guard who saw the invoices go into the safe.
    public struct Extras: Sendable, Equatable {
        public var pettyCash: Money?
        public var finance: String?
        public var remark: String?
        public var witness: String?
        public init(pettyCash: Money? = nil, finance: String? = nil, remark: String? = nil, witness: String? = nil) {
            self.pettyCash = pettyCash
            self.finance = finance
            self.remark = remark
            self.witness = witness
        }
    }

    public init(id: String, from: String, to: String?, shift: Shift, at: Instant, summary: InvoiceSummary) {
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
        to = try d.optionalString("to")
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
        if d.value("pettyCash") != nil { extras.pettyCash = try d.money("pettyCash") }
        extras.finance = try d.optionalString("finance")
        extras.remark = try d.optionalString("remark")
        extras.witness = try d.optionalString("witness")
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
        // Written only when given, so a sheet recorded before these existed reads the same.
        if let cash = extras.pettyCash { o.add("pettyCash", cash.fen) }
        for (k, v) in [("finance", extras.finance), ("remark", extras.remark), ("witness", extras.witness)] {
            if let v { o.add(k, v) }
        }
    }
}
