/// A customer's phone number as the desk types it, normalised so `138 0013 8000`,
/// `138-0013-8000` and `13800138000` are one key in the phone index.
public struct Phone: Sendable, Hashable, CustomStringConvertible {
    public let digits: String

    /// 7–15 digits, an optional leading `+`; spaces, dashes, dots and brackets are ignored,
    /// full-width digits (an IME left in full-width mode) are read as digits, and China's
    /// country code (`+86`, `0086`, `86` before an 11-digit mobile number) is dropped, so
    /// `+86 139-1234-5678` and `13912345678` are one phone.
    public init?(_ text: String) {
        guard let folded = Phone.folded(text), !folded.digits.isEmpty else { return nil }
        var body = folded.digits
        var plus = folded.plus
        for prefix in ["0086", "86"] where body.count == prefix.count + 11 && body.hasPrefix(prefix + "1") {
            body = String(body.dropFirst(prefix.count))
            plus = false
        }
        guard (7...15).contains(body.count) else { return nil }
        digits = (plus ? "+" : "") + body
    }

    /// What a clerk typed for a phone (or part of one): digits with separators dropped and
    /// full-width digits folded, and whether it began with `+`; nil when anything else is in it.
    static func folded(_ text: String) -> (digits: String, plus: Bool)? {
        guard text.utf8.count <= 64 else { return nil }
        var out = ""
        var plus = false
        for scalar in text.unicodeScalars {
            var v = scalar.value
            if (0xFF10...0xFF19).contains(v) { v -= 0xFEE0 }
            if v == 0x2B || v == 0xFF0B {
                guard out.isEmpty, !plus else { return nil }
                plus = true
                continue
            }
            if [0x20, 0x2D, 0x2E, 0x28, 0x29, 0x3000, 0xFF0D].contains(v) { continue }
            guard (0x30...0x39).contains(v), let ascii = Unicode.Scalar(v) else { return nil }
            out.unicodeScalars.append(ascii)
        }
        return (out, plus)
    }

    /// Part of a phone for `member find --phone`: at least four digits (customers give the last
    /// four), nothing but digits and separators.
    public static func partial(_ text: String) -> String? {
        guard let f = folded(text), (4...15).contains(f.digits.count) else { return nil }
        return f.digits
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
        // ID numbers are ASCII (isValid): bytes are characters, without building Characters.
        let bytes = Array(text.utf8)
        if bytes.count == text.unicodeScalars.count && bytes.allSatisfy({ $0 < 128 }) {
            let suffix = min(4, bytes.count / 4)
            let prefix = max(0, min(6, (bytes.count - 1) / 2 - suffix))
            let hidden = bytes.count - prefix - suffix
            return String(
                decoding: bytes.prefix(prefix) + Array(repeating: 42, count: hidden) + bytes.suffix(suffix),
                as: UTF8.self)
        }
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
            var d = Int(c.asciiValue ?? 48) - 48
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
