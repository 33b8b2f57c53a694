/// An amount of money in fen (1/100 yuan). Never a floating-point value: receipts must add up
/// exactly, and finance reconciles to the fen.
public struct Money: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var fen: Int64

    public init(fen: Int64) { self.fen = fen }
    public init(yuan: Int64) { self.fen = yuan * 100 }

    public static let zero = Money(fen: 0)
    /// Amounts typed at the desk have at most 10 digits of yuan (below ten billion), so any sum
    /// or product the rules make stays far inside Int64.
    public static let maxYuanDigits = 10
    public static func < (a: Money, b: Money) -> Bool { a.fen < b.fen }

    /// Parses what a clerk types: `588`, `588.5`, `¥588.50`, `-12.30`; at most two decimals.
    public init?(parsing text: String) {
        guard text.utf8.count <= 64 else { return nil }
        var s = Substring(text.trimmingSpaces)
        var negative = false
        if s.hasPrefix("-") {
            negative = true
            s = s.dropFirst()
        }
        if s.hasPrefix("¥") || s.hasPrefix("￥") { s = s.dropFirst() }
        guard !s.isEmpty else { return nil }
        let parts = s.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        guard whole.count <= Money.maxYuanDigits, whole.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
            let yuan = Int64(whole)
        else {
            return nil
        }
        var fen = yuan * 100
        if parts.count == 2 {
            let frac = parts[1]
            guard frac.count <= 2, frac.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let f = Int64(frac) else {
                return nil
            }
            fen += frac.count == 1 ? f * 10 : f
        }
        self.fen = negative ? -fen : fen
    }

    /// `588.00`, `-12.30`: the fixed two-place form the stable output fields promise.
    public var decimal: String {
        var m = fen.magnitude
        var digits = [UInt8](repeating: 0, count: 24)
        var i = 24
        repeat {
            i -= 1
            if i == 21 {
                digits[i] = 46
                i -= 1
            }
            digits[i] = UInt8(48 + m % 10)
            m /= 10
        } while m > 0 || i > 20
        if fen < 0 {
            i -= 1
            digits[i] = 45
        }
        return String(decoding: digits[i...], as: UTF8.self)
    }

    public var description: String { decimal }

    public static func + (a: Money, b: Money) -> Money { Money(fen: a.fen &+ b.fen) }
    public static func - (a: Money, b: Money) -> Money { Money(fen: a.fen &- b.fen) }
    public static prefix func - (a: Money) -> Money { Money(fen: -a.fen) }
    public static func += (a: inout Money, b: Money) { a.fen = a.fen &+ b.fen }
    public static func -= (a: inout Money, b: Money) { a.fen = a.fen &- b.fen }

    /// Applies a rate, rounding half up to the fen, as a till does.
    public func applying(_ rate: Rate) -> Money {
        let product = fen * Int64(rate.tenThousandths)
        let (q, r) = product.quotientAndRemainder(dividingBy: 10_000)
        return Money(fen: q + (r * 2 >= 10_000 ? 1 : 0))
    }
}

/// A discount or multiplier such as 0.88, held in ten-thousandths so 0.88 × 0.8 stays exact.
public struct Rate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var tenThousandths: Int

    public init(tenThousandths: Int) { self.tenThousandths = tenThousandths }
    public static func < (a: Rate, b: Rate) -> Bool { a.tenThousandths < b.tenThousandths }
    public static let one = Rate(tenThousandths: 10_000)

    /// `0.88`, `0.8`, `1`: a number from 0 to 1 with at most four decimals; or the way a
    /// Chinese price tag says it: `8折` (0.8), `85折` or `8.5折` (0.85).
    public init?(parsing text: String) {
        let trimmed = text.trimmingSpaces
        if trimmed.hasSuffix("折") {
            let digits = String(trimmed.dropLast()).trimmingSpaces
            guard !digits.isEmpty, digits.count <= 4, let r = Rate(zhe: digits) else { return nil }
            self = r
            return
        }
        let parts = trimmed.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = Int(parts[0]), whole == 0 || whole == 1,
            parts[0].utf8.allSatisfy({
                $0 >= 48
                    && $0 <= 57
            })
        else {
            return nil
        }
        var value = whole * 10_000
        if parts.count == 2 {
            let frac = parts[1]
            guard frac.count <= 4, frac.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
                let f = Int(frac + String(repeating: "0", count: 4 - frac.count))
            else { return nil }
            value += f
        }
        guard value <= 10_000 else { return nil }
        self.tenThousandths = value
    }

    /// The number before 折: tenths of the price, so `8` is 0.8, `85` and `8.5` are 0.85.
    init?(zhe digits: String) {
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }) else { return nil }
        // Tenths, then hundredths: "8" is 0.8, "85" and "8.5" are 0.85.
        if parts.count == 2 && parts[0].count != 1 { return nil }
        // "10折" or "80折" say nothing a price tag says; refused rather than read as 0.1 or 0.8.
        if parts.count == 1 && parts[0].count == 2 && parts[0].hasSuffix("0") { return nil }
        guard let r = Rate(parsing: "0." + parts.joined()), r.tenThousandths > 0 else { return nil }
        self = r
    }

    public static func * (a: Rate, b: Rate) -> Rate {
        Rate(tenThousandths: (a.tenThousandths * b.tenThousandths + 5_000) / 10_000)
    }

    /// As a price tag says it before 折: `6` for 0.6, `8.8` for 0.88, `7.04` for 0.704.
    public var zhe: String {
        let rest = tenThousandths % 1000
        guard rest != 0 else { return String(tenThousandths / 1000) }
        var digits = String(rest)
        digits = String(repeating: "0", count: 3 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(tenThousandths / 1000).\(digits)"
    }

    /// The share taken off, in percent: `40` for 0.6, `12` for 0.88, `29.6` for 0.704.
    public var percentOff: String {
        let off = 10_000 - tenThousandths
        guard off % 100 != 0 else { return String(off / 100) }
        var digits = String(off % 100)
        digits = String(repeating: "0", count: 2 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(off / 100).\(digits)"
    }

    /// `0.88`, `0.704`, `1`.
    public var description: String {
        if tenThousandths == 10_000 { return "1" }
        var frac = String(tenThousandths)
        frac = String(repeating: "0", count: max(0, 4 - frac.count)) + frac
        while frac.hasSuffix("0") { frac.removeLast() }
        return frac.isEmpty ? "0" : "0." + frac
    }
}

extension String {
    /// Trims ASCII and ideographic spaces without pulling in Foundation's character sets.
    public var trimmingSpaces: String {
        // On scalars, not Characters: Character comparison is a Unicode-aware string compare,
        // and imports trim every field of every row.
        let isSpace: (Unicode.Scalar) -> Bool = {
            $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\n"
                || $0 == "\r"
        }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return self }
        if !isSpace(first) && !isSpace(last) { return self }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }),
            let end = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[start...end])
    }
}
