/// A customer's phone number as the desk types it, normalised so `138 0013 8000`,
/// `138-0013-8000` and `13800138000` are one key in the phone index.
public struct Phone: Sendable, Hashable, CustomStringConvertible {
    public let digits: String

    /// 7–15 digits, an optional leading `+`; spaces and dashes are ignored.
    public init?(_ text: String) {
        guard text.utf8.count <= 64 else { return nil }
        var out = ""
        for (n, c) in text.trimmingSpaces.enumerated() {
            if c == " " || c == "-" { continue }
            if c == "+" && n == 0 {
                out.append(c)
                continue
            }
            guard c.isASCII, c.isNumber else { return nil }
            out.append(c)
        }
        let count = out.filter(\.isNumber).count
        guard (7...15).contains(count) else { return nil }
        digits = out
    }

    public var description: String { digits }
    public static let accepted = "7–15 digits, such as 13800138000 (spaces and dashes are ignored)"
}

/// A national ID number. Kept whole in the member's document (0600) and shown masked
/// everywhere else unless a clerk reveals it on purpose.
public enum IDNumber {
    public static func isValid(_ text: String) -> Bool {
        (6...20).contains(text.count) && text.allSatisfy { $0.isASCII && ($0.isNumber || $0.isLetter) }
    }

    /// `1101**********1234`: always fewer than half of the characters are shown — at most
    /// four at the end (a quarter of them) and six at the start — so even a short number
    /// (an 11-character passport) cannot be read back from its mask.
    public static func masked(_ text: String) -> String {
        let chars = Array(text)
        let suffix = min(4, chars.count / 4)
        let prefix = max(0, min(6, (chars.count - 1) / 2 - suffix))
        let hidden = chars.count - prefix - suffix
        return String(chars.prefix(prefix)) + String(repeating: "*", count: hidden) + String(chars.suffix(suffix))
    }
}

/// Generated card numbers: prefix, desk, a sequence and a Luhn check digit, so a mistyped
/// card number is caught at the counter rather than matching someone else's card.
public enum CardNumber {
    public static func make(prefix: String, desk: String, sequence: Int64) -> String {
        var seq = String(sequence)
        if seq.count < 6 { seq = String(repeating: "0", count: 6 - seq.count) + seq }
        let body = prefix + desk + seq
        return body + String(luhnDigit(body))
    }

    static func luhnDigit(_ body: String) -> Int {
        var sum = 0
        for (i, c) in body.reversed().enumerated() {
            var d = Int(c.asciiValue! - 48)
            if i % 2 == 0 {
                d *= 2
                if d > 9 { d -= 9 }
            }
            sum += d
        }
        return (10 - sum % 10) % 10
    }

    public static func isWellFormed(_ text: String) -> Bool {
        (4...20).contains(text.count) && text.allSatisfy { $0.isASCII && ($0.isNumber || $0.isUppercase) }
    }
}
