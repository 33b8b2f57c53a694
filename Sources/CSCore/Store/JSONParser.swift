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
            i += 1
            skipSpace()
            var items = [JSON]()
            if i < b.count, b[i] == 93 {
                i += 1
                return .array(items)
            }
            while true {
                skipSpace()
                items.append(try value(depth: depth + 1))
                skipSpace()
                guard i < b.count else { throw fail("unexpected end (the document is truncated)") }
                if b[i] == 44 {
                    i += 1
                    continue
                }
                if b[i] == 93 {
                    i += 1
                    return .array(items)
                }
                throw fail("expected , or ]")
            }
        case 34: return .string(try string())
        case 116:
            try literal("true")
            return .bool(true)
        case 102:
            try literal("false")
            return .bool(false)
        case 110:
            try literal("null")
            return .null
        case 45, 48...57: return .int(try integer())
        default: throw fail("unexpected character")
        }
    }

    mutating func object(depth: Int) throws(Failure) -> JSONObject {
        i += 1
        skipSpace()
        var o = JSONObject()
        if i < b.count, b[i] == 125 {
            i += 1
            return o
        }
        while true {
            skipSpace()
            guard i < b.count, b[i] == 34 else {
                throw fail(i < b.count ? "expected a key" : "unexpected end (the document is truncated)")
            }
            let k = try string()
            skipSpace()
            guard i < b.count, b[i] == 58 else { throw fail("expected :") }
            i += 1
            skipSpace()
            o.add(k, try value(depth: depth + 1))
            skipSpace()
            guard i < b.count else { throw fail("unexpected end (the document is truncated)") }
            if b[i] == 44 {
                i += 1
                continue
            }
            if b[i] == 125 {
                i += 1
                return o
            }
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
        if b[i] == 45 {
            negative = true
            i += 1
        }
        let start = i
        var v: Int64 = 0
        while i < b.count, b[i] >= 48 && b[i] <= 57 {
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.subtractingReportingOverflow(Int64(b[i] - 48))
            guard !o1, !o2 else { throw fail("number out of range") }
            v = s
            i += 1
        }
        guard i > start else { throw fail("expected a digit") }
        if i < b.count, b[i] == 46 || b[i] == 101 || b[i] == 69 { throw fail("fractions are not used in cs documents") }
        if negative { return v }
        guard v != Int64.min else { throw fail("number out of range") }
        return -v
    }

    // Long: the parser's hot loop over a string's bytes, kept whole so it stays one loop.
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
            if c == 34 {
                i += 1
                break
            }
            if c < 32 { throw fail("control character inside a string") }
            if c != 92 {
                out.append(c)
                i += 1
                continue
            }
            i += 1
            guard i < b.count else { throw fail("unexpected end (the document is truncated)") }
            let e = b[i]
            i += 1
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
                // Surrogates were paired or refused above: what is left is a scalar.
                guard let s = Unicode.Scalar(scalar) else { throw fail("unpaired surrogate") }
                out.append(contentsOf: Array(String(Character(s)).utf8))
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
        guard let s = String(validating: slice, as: UTF8.self) else {
            throw Failure(offset: from, reason: "invalid UTF-8")
        }
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
            v = v * 16 + d
            i += 1
        }
        return v
    }
}

extension JSONParser {
    /// Where each top-level key and value of an object lies, after validating the whole text;
    /// nil when a key contains an escape (then the caller parses fully).
    static func topLevelFields(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) -> [(
        key: Range<Int>,
        value: Range<Int>
    )]? {
        var p = JSONParser(bytes: bytes)
        p.skipSpace()
        guard p.i < bytes.count, bytes[p.i] == 123 else {
            throw p.fail(p.i < bytes.count ? "not a JSON object" : "unexpected end (the document is truncated)")
        }
        p.i += 1
        p.skipSpace()
        var out = [(key: Range<Int>, value: Range<Int>)]()
        out.reserveCapacity(24)
        var escapedKey = false
        if p.i < bytes.count, bytes[p.i] == 125 {
            p.i += 1
        } else {
            while true {
                p.skipSpace()
                guard p.i < bytes.count, bytes[p.i] == 34 else {
                    throw p.fail(p.i < bytes.count ? "expected a key" : "unexpected end (the document is truncated)")
                }
                let keyStart = p.i + 1
                try p.skipString()
                let keyRange = keyStart..<(p.i - 1)
                if bytes[keyRange].contains(92) { escapedKey = true }
                p.skipSpace()
                guard p.i < bytes.count, bytes[p.i] == 58 else { throw p.fail("expected :") }
                p.i += 1
                p.skipSpace()
                let valueStart = p.i
                try p.skipValue(depth: 1)
                out.append((keyRange, valueStart..<p.i))
                p.skipSpace()
                guard p.i < bytes.count else { throw p.fail("unexpected end (the document is truncated)") }
                if bytes[p.i] == 44 {
                    p.i += 1
                    continue
                }
                if bytes[p.i] == 125 {
                    p.i += 1
                    break
                }
                throw p.fail("expected , or }")
            }
        }
        p.skipSpace()
        guard p.i == bytes.count else { throw p.fail("unexpected text after the document") }
        return escapedKey ? nil : out
    }

    /// Validates a string without building it. Eight bytes at a time while they are plain
    /// ASCII text (no quote, backslash or control character).
    mutating func skipString() throws(Failure) {
        i += 1
        let start = i
        var ascii = true
        guard let first = b.baseAddress else { throw fail("unexpected end (the document is truncated)") }
        let base = UnsafeRawPointer(first)
        while i + 8 <= b.count {
            let x = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            let quote = (x ^ (ones &* 34))
            let slash = (x ^ (ones &* 92))
            let special = ((quote &- ones) & ~quote) | ((slash &- ones) & ~slash) | ((x &- (ones &* 32)) & ~x)
            if (special | x) & highs != 0 {
                if x & highs != 0 && special & highs == 0 {
                    ascii = false
                    i += 8
                    continue
                }
                break
            }
            i += 8
        }
        while i < b.count {
            let c = b[i]
            if c == 34 { break }
            if c < 32 { throw fail("control character inside a string") }
            if c >= 128 { ascii = false }
            if c == 92 {
                i += 1
                guard i < b.count else { break }
                switch b[i] {
                case 34, 92, 47, 98, 102, 110, 114, 116: i += 1
                case 117:
                    i += 1
                    let v = try hex4()
                    if (0xD800..<0xDC00).contains(v) {
                        guard i + 1 < b.count, b[i] == 92, b[i + 1] == 117 else { throw fail("unpaired surrogate") }
                        i += 2
                        guard (0xDC00..<0xE000).contains(try hex4()) else { throw fail("unpaired surrogate") }
                    } else if (0xDC00..<0xE000).contains(v) {
                        throw fail("unpaired surrogate")
                    }
                default: throw fail("unknown escape")
                }
                continue
            }
            i += 1
        }
        guard i < b.count else { throw fail("unexpected end (the document is truncated)") }
        if !ascii, String(validating: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self) == nil {
            throw Failure(offset: start, reason: "invalid UTF-8")
        }
        i += 1
    }

    mutating func skipValue(depth: Int) throws(Failure) {
        guard depth < JSONParser.maxDepth else { throw fail("nested too deeply") }
        guard i < b.count else { throw fail("unexpected end (the document is truncated)") }
        switch b[i] {
        case 34: try skipString()
        case 123, 91:
            let close: UInt8 = b[i] == 123 ? 125 : 93
            let isObject = b[i] == 123
            i += 1
            skipSpace()
            if i < b.count, b[i] == close {
                i += 1
                return
            }
            while true {
                skipSpace()
                if isObject {
                    guard i < b.count, b[i] == 34 else {
                        throw fail(i < b.count ? "expected a key" : "unexpected end (the document is truncated)")
                    }
                    try skipString()
                    skipSpace()
                    guard i < b.count, b[i] == 58 else { throw fail("expected :") }
                    i += 1
                    skipSpace()
                }
                try skipValue(depth: depth + 1)
                skipSpace()
                guard i < b.count else { throw fail("unexpected end (the document is truncated)") }
                if b[i] == 44 {
                    i += 1
                    continue
                }
                if b[i] == close {
                    i += 1
                    return
                }
                throw fail(isObject ? "expected , or }" : "expected , or ]")
            }
        case 116: try literal("true")
        case 102: try literal("false")
        case 110: try literal("null")
        case 45, 48...57: _ = try integer()
        default: throw fail("unexpected character")
        }
    }
}
