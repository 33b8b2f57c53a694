/// A strict byte-level JSON reader for the documents cs writes (and whatever a person may have
/// typed into them by hand). Integers only: cs never stores a fraction, so a number with a
/// fraction or exponent is reported rather than silently rounded.
public struct JSONParser {
    public struct Failure: Error, Sendable, Equatable {
        public let offset: Int
        public let reason: String
    }

    /// Deep nesting is refused rather than risking the stack on a hostile file.
    static let maxDepth = 64

    public static func parse(_ text: String) throws(Failure) -> JSON {
        var bytes = Array(text.utf8)
        return try bytes.withUnsafeMutableBufferPointer { buf throws(Failure) in try parse(UnsafeBufferPointer(buf)) }
    }

    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) -> JSON {
        var p = JSONParser(bytes: bytes)
        p.skipSpace()
        let v = try p.value(depth: 0)
        p.skipSpace()
        guard p.i == bytes.count else { throw Failure(offset: p.i, reason: "unexpected text after the document") }
        return v
    }

    let b: UnsafeBufferPointer<UInt8>
    var i = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { b = bytes }

    mutating func skipSpace() {
        while i < b.count, b[i] == 32 || b[i] == 9 || b[i] == 10 || b[i] == 13 { i += 1 }
    }

    func fail(_ reason: String) -> Failure { Failure(offset: i, reason: reason) }

    mutating func value(depth: Int) throws(Failure) -> JSON {
        guard depth < JSONParser.maxDepth else { throw fail("nested too deeply") }
        guard i < b.count else { throw fail("unexpected end (the document is truncated)") }
        switch b[i] {
        case 123: return .object(try object(depth: depth))
        case 91:
            i += 1; skipSpace()
            var items = [JSON]()
            if i < b.count, b[i] == 93 { i += 1; return .array(items) }
            while true {
                skipSpace()
                items.append(try value(depth: depth + 1))
                skipSpace()
                guard i < b.count else { throw fail("unexpected end (the document is truncated)") }
                if b[i] == 44 { i += 1; continue }
                if b[i] == 93 { i += 1; return .array(items) }
                throw fail("expected , or ]")
            }
        case 34: return .string(try string())
        case 116: try literal("true"); return .bool(true)
        case 102: try literal("false"); return .bool(false)
        case 110: try literal("null"); return .null
        case 45, 48...57: return .int(try integer())
        default: throw fail("unexpected character")
        }
    }

    mutating func object(depth: Int) throws(Failure) -> JSONObject {
        i += 1; skipSpace()
        var o = JSONObject()
        if i < b.count, b[i] == 125 { i += 1; return o }
        while true {
            skipSpace()
            guard i < b.count, b[i] == 34 else { throw fail(i < b.count ? "expected a key" : "unexpected end (the document is truncated)") }
            let k = try string()
            skipSpace()
            guard i < b.count, b[i] == 58 else { throw fail("expected :") }
            i += 1; skipSpace()
            o.add(k, try value(depth: depth + 1))
            skipSpace()
            guard i < b.count else { throw fail("unexpected end (the document is truncated)") }
            if b[i] == 44 { i += 1; continue }
            if b[i] == 125 { i += 1; return o }
            throw fail("expected , or }")
        }
    }

    mutating func literal(_ word: String) throws(Failure) {
        let w = Array(word.utf8)
        let n = w.count
        guard i + n <= b.count else { throw fail("unexpected end (the document is truncated)") }
        for k in 0..<n where b[i + k] != w[k] { throw fail("unexpected character") }
        i += n
    }

    mutating func integer() throws(Failure) -> Int64 {
        var negative = false
        if b[i] == 45 { negative = true; i += 1 }
        let start = i
        var v: Int64 = 0
        while i < b.count, b[i] >= 48 && b[i] <= 57 {
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.subtractingReportingOverflow(Int64(b[i] - 48))
            guard !o1, !o2 else { throw fail("number out of range") }
            v = s; i += 1
        }
        guard i > start else { throw fail("expected a digit") }
        if i < b.count, b[i] == 46 || b[i] == 101 || b[i] == 69 { throw fail("fractions are not used in cs documents") }
        if negative { return v }
        guard v != Int64.min else { throw fail("number out of range") }
        return -v
    }

    mutating func string() throws(Failure) -> String {
        i += 1
        let start = i
        // Fast path: no escapes.
        while i < b.count, b[i] != 34, b[i] != 92 {
            guard b[i] >= 32 else { throw fail("control character inside a string") }
            i += 1
        }
        guard i < b.count else { throw fail("unexpected end (the document is truncated)") }
        if b[i] == 34 {
            let s = try validated(start, i)
            i += 1
            return s
        }
        var out = Array(b[start..<i])
        while true {
            guard i < b.count else { throw fail("unexpected end (the document is truncated)") }
            let c = b[i]
            if c == 34 { i += 1; break }
            if c < 32 { throw fail("control character inside a string") }
            if c != 92 { out.append(c); i += 1; continue }
            i += 1
            guard i < b.count else { throw fail("unexpected end (the document is truncated)") }
            let e = b[i]; i += 1
            switch e {
            case 34: out.append(34)
            case 92: out.append(92)
            case 47: out.append(47)
            case 98: out.append(8)
            case 102: out.append(12)
            case 110: out.append(10)
            case 114: out.append(13)
            case 116: out.append(9)
            case 117:
                var scalar = try hex4()
                if (0xD800..<0xDC00).contains(scalar) {
                    guard i + 1 < b.count, b[i] == 92, b[i + 1] == 117 else { throw fail("unpaired surrogate") }
                    i += 2
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else { throw fail("unpaired surrogate") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00..<0xE000).contains(scalar) {
                    throw fail("unpaired surrogate")
                }
                out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
            default: throw fail("unknown escape")
            }
        }
        guard let s = String(validating: out, as: UTF8.self) else { throw fail("invalid UTF-8") }
        return s
    }

    func validated(_ from: Int, _ to: Int) throws(Failure) -> String {
        let slice = UnsafeBufferPointer(rebasing: b[from..<to])
        // ASCII needs no validation; anything else must be real UTF-8.
        if slice.allSatisfy({ $0 < 128 }) { return String(decoding: slice, as: UTF8.self) }
        guard let s = String(validating: slice, as: UTF8.self) else { throw Failure(offset: from, reason: "invalid UTF-8") }
        return s
    }

    mutating func hex4() throws(Failure) -> UInt32 {
        guard i + 4 <= b.count else { throw fail("unexpected end (the document is truncated)") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = b[i]
            let d: UInt32
            switch c {
            case 48...57: d = UInt32(c - 48)
            case 97...102: d = UInt32(c - 87)
            case 65...70: d = UInt32(c - 55)
            default: throw fail("bad \\u escape")
            }
            v = v * 16 + d; i += 1
        }
        return v
    }
}
