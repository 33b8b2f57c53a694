/// The JSON cs writes and reads. Objects keep their keys in the order they were built, so a
/// document is byte-for-byte the same whichever process wrote it (git-friendly, diffable), and
/// the encoder and parser are hand-written because scans over 100k documents cannot afford
/// JSONEncoder/JSONDecoder.
public enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int64)
    case string(String)
    case array([JSON])
    case object(JSONObject)

    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }
    public var int: Int64? {
        if case .int(let v) = self { return v }
        return nil
    }
    public var bool: Bool? {
        if case .bool(let v) = self { return v }
        return nil
    }
    public var object: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }
    public var array: [JSON]? {
        if case .array(let a) = self { return a }
        return nil
    }
}

/// An object whose key order is part of its value.
public struct JSONObject: Sendable, Equatable {
    public private(set) var pairs: [(key: String, value: JSON)]

    public init() { pairs = [] }
    public init(_ pairs: [(String, JSON)]) { self.pairs = pairs.map { (key: $0.0, value: $0.1) } }

    public static func == (a: JSONObject, b: JSONObject) -> Bool {
        a.pairs.count == b.pairs.count && zip(a.pairs, b.pairs).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    public subscript(key: String) -> JSON? {
        get { pairs.first(where: { $0.key == key })?.value }
        set {
            if let i = pairs.firstIndex(where: { $0.key == key }) {
                if let v = newValue { pairs[i].value = v } else { pairs.remove(at: i) }
            } else if let v = newValue {
                pairs.append((key: key, value: v))
            }
        }
    }

    public var keys: [String] { pairs.map(\.key) }

    /// Appends a key, leaving out absent optionals so documents stay compact.
    public mutating func add(_ key: String, _ value: String?) { if let value { pairs.append((key, .string(value))) } }
    public mutating func add(_ key: String, _ value: Int64?) { if let value { pairs.append((key, .int(value))) } }
    public mutating func add(_ key: String, _ value: Int?) { if let value { pairs.append((key, .int(Int64(value)))) } }
    public mutating func add(_ key: String, _ value: Bool?) { if let value { pairs.append((key, .bool(value))) } }
    public mutating func add(_ key: String, _ value: JSON) { pairs.append((key, value)) }
}

extension JSON {
    /// Compact UTF-8 text, no trailing newline. Non-ASCII stays literal (readable Chinese in
    /// the files); control characters are escaped so a document is always one line.
    public var encoded: String {
        var out = [UInt8]()
        out.reserveCapacity(256)
        JSON.write(self, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    public func encode(into out: inout [UInt8]) { JSON.write(self, into: &out) }

    static func write(_ value: JSON, into out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .string(let s): writeString(s, into: &out)
        case .array(let a):
            out.append(91)
            for (n, v) in a.enumerated() {
                if n > 0 { out.append(44) }
                write(v, into: &out)
            }
            out.append(93)
        case .object(let o):
            out.append(123)
            for (n, p) in o.pairs.enumerated() {
                if n > 0 { out.append(44) }
                writeString(p.key, into: &out)
                out.append(58)
                write(p.value, into: &out)
            }
            out.append(125)
        }
    }

    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(34)
        // Most text needs no escaping: copy it in one go.
        var text = s
        let plain = text.withUTF8 { u -> Bool in
            for c in u where c < 32 || c == 34 || c == 92 || c == 127 { return false }
            out.append(contentsOf: u)
            return true
        }
        if plain {
            out.append(34)
            return
        }
        for c in s.utf8 {
            switch c {
            case 34:
                out.append(92)
                out.append(34)
            case 92:
                out.append(92)
                out.append(92)
            case 10:
                out.append(92)
                out.append(110)
            case 13:
                out.append(92)
                out.append(114)
            case 9:
                out.append(92)
                out.append(116)
            case 0..<32, 127:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [92, 117, 48, 48, hex[Int(c >> 4)], hex[Int(c & 15)]])
            default: out.append(c)
            }
        }
        out.append(34)
    }
}
