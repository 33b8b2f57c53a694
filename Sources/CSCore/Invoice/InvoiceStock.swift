/// A paper range drawn from finance (发票代码 + a run of numbers): fixed-width digit strings,
/// leading zeros kept. `next` is its lowest unused number, kept so issuing never scans.
public struct InvoiceStock: Record, Equatable {
    public static let kind = "invoice-stock"
    /// A desk holds a few ranges: one small file set.
    public static var fixedShardCount: Int? { 16 }

    public let id: String
    public let code: String
    public let from: String
    public let to: String
    public let addedAt: Instant
    public let addedBy: String
    /// The lowest number not used yet; nil when the range is used up.
    public var next: String?
    public var used: Int

    public init(code: String, from: String, to: String, addedAt: Instant, addedBy: String) {
        id = "\(code):\(from)"
        self.code = code
        self.from = from
        self.to = to
        self.addedAt = addedAt
        self.addedBy = addedBy
        next = from
        used = 0
    }

    public var size: Int { Int(InvoiceNumber.value(to) - InvoiceNumber.value(from)) + 1 }
    public var remaining: Int { size - used }

    /// Whether the range holds the number's value, whatever its width (`500` is `00000500`).
    public func contains(_ number: String) -> Bool { self.number(number) != nil }

    /// The number as this range writes it (its width), when the range holds its value.
    public func number(_ asked: String) -> String? {
        guard InvoiceNumber.isDigits(asked, 1...20), let v = UInt64(asked), asked.utf8.count <= from.utf8.count,
            InvoiceNumber.value(from) <= v, v <= InvoiceNumber.value(to)
        else { return nil }
        return InvoiceNumber.padded(String(v), to: from.utf8.count)
    }

    /// Whether two ranges of one code share a number (by value: widths do not matter).
    public func overlaps(from f: String, to t: String) -> Bool {
        !(InvoiceNumber.value(t) < InvoiceNumber.value(from) || InvoiceNumber.value(f) > InvoiceNumber.value(to))
    }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        code = try d.string("code")
        from = try d.string("from")
        to = try d.string("to")
        addedAt = try d.instant("addedAt")
        addedBy = try d.string("addedBy")
        next = try d.optionalString("next")
        used = Int(try d.int("used"))
    }

    public func write(into o: inout JSONObject) {
        o.add("code", code)
        o.add("from", from)
        o.add("to", to)
        o.add("addedAt", addedAt.iso)
        o.add("addedBy", addedBy)
        o.add("next", next)
        o.add("used", used)
    }
}

/// Invoice numbers and codes as the paper prints them, and the tax id check.
public enum InvoiceNumber {
    /// The number's value (digit strings of up to 20 digits compare by value within a width).
    static func value(_ digits: String) -> UInt64 { UInt64(digits) ?? 0 }

    /// `n` plus one in the same width (`00000099` → `00000100`).
    static func successor(_ n: String) -> String { padded(String(value(n) + 1), to: n.utf8.count) }

    static func padded(_ digits: String, to width: Int) -> String {
        String(repeating: "0", count: max(0, width - digits.utf8.count)) + digits
    }

    /// The width of a paper number (8 digits on today's 发票); shorter input is padded to it.
    public static let paperWidth = 8

    /// A paper number as the range and the register write it: digits, shorter ones padded to
    /// eight (`500` → `00000500`, the clerk need not count zeros); nil when not a paper number.
    public static func paper(_ s: String) -> String? {
        let t = s.trimmingSpaces
        guard isDigits(t, 1...12) else { return nil }
        return padded(t, to: paperWidth)
    }

    static func isDigits(_ s: String, _ widths: ClosedRange<Int>) -> Bool {
        widths.contains(s.utf8.count) && s.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// 发票代码: 10 or 12 digits.
    public static func isCode(_ s: String) -> Bool { isDigits(s, 10...12) && s.utf8.count != 11 }
    /// A paper number: 8 digits on today's paper, up to 12 accepted.
    public static func isPaper(_ s: String) -> Bool { isDigits(s, 6...12) }
    /// A digital invoice (数电票): 20 digits.
    public static func isElectronic(_ s: String) -> Bool { isDigits(s, 20...20) }
}
