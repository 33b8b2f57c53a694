#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A record kind stored as one JSON document per record, in a collection of shards.
///
/// The store writes every document as `{"id":…,"schema":N,<fields…>,"updatedAt":…}`: the id
/// first so a lookup can match a line without parsing it, the schema version so old documents
/// can be migrated, `updatedAt` so desks can later be synchronised.
public protocol Record: Sendable {
    /// The collection's directory name, e.g. `members`.
    static var kind: String { get }
    static var schemaVersion: Int { get }
    /// A fixed number of shard files for a small collection (counters); nil follows the data
    /// directory's `store.shards`.
    static var fixedShardCount: Int? { get }
    var id: String { get }
    /// Which shard a record lives in; the id unless records should be grouped (a ledger by
    /// account, so one account's history is one file).
    static func shardKey(forID id: String) -> String
    init(document: Document) throws(DocumentError)
    func write(into fields: inout JSONObject)
    /// The record as the append-only journal keeps it: personal data that must not outlive the
    /// record (an ID number) is masked, since the journal is never rewritten.
    var journalDocument: JSONObject { get }
    /// The record a journalled document describes, for `cs undo`: masked fields are taken from
    /// `current` when they still match its mask, and refused (`UndoError.masked`) otherwise.
    static func restored(from journalled: JSONObject, current: Self?) throws -> Self
    /// How its ids name the desk that minted them (`L01-7` is desk 01's), or nil when they
    /// carry no desk (a card, an invoice number): a peer's new line in desk 01's space is taken
    /// only from a commit desk 01 signed (`cs sync`, issue 25).
    static var idSpace: DeskClaim? { get }
}

extension Record {
    /// The record as the journal keeps it: its id and every field.
    public var document: JSONObject {
        var o = JSONObject()
        o.add("id", id)
        write(into: &o)
        return o
    }

    public var journalDocument: JSONObject { document }

    public static var idSpace: DeskClaim? { nil }

    public static func restored(from journalled: JSONObject, current: Self?) throws -> Self {
        try Self(document: Document(journalled))
    }

    public static var schemaVersion: Int { 1 }
    public static var fixedShardCount: Int? { nil }
    public static func shardKey(forID id: String) -> String { id }
}

/// A parsed document with typed field readers whose errors name the field.
///
/// Documents read from disk stay as their bytes plus a table of where each top-level field's
/// key and value are: a scan over 100k members then decodes only the fields a record asks for,
/// with no intermediate JSON tree (JSONDecoder-style decoding measured ~10× slower).
public struct Document: Sendable {
    enum Storage: Sendable {
        case flat(bytes: ArraySlice<UInt8>, fields: [Field])
        case object(JSONObject)
    }

    struct Field: Sendable {
        let key: Range<Int>
        let value: Range<Int>
        /// FNV-1a of the key: a lookup compares integers before bytes.
        let hash: UInt32
    }

    let storage: Storage

    public init(_ object: JSONObject) { storage = .object(object) }

    /// Validates a whole line and indexes its top-level fields; nested values and strings are
    /// checked (UTF-8, escapes, nesting) but not built.
    public init(line: ArraySlice<UInt8>) throws(JSONParser.Failure) {
        let base = line.startIndex
        let table = try line.withUnsafeBufferPointer {
            b throws(JSONParser.Failure) -> [(
                key: Range<Int>,
                value: Range<Int>
            )]? in
            try JSONParser.topLevelFields(b)
        }
        if let table {
            let fields = table.map {
                let key = ($0.key.lowerBound + base)..<($0.key.upperBound + base)
                return Field(
                    key: key, value: ($0.value.lowerBound + base)..<($0.value.upperBound + base),
                    hash: Shards.hash(line[key]))
            }
            storage = .flat(bytes: line, fields: fields)
        } else {
            // Keys with escapes (never written by cs): take the general path.
            let v = try line.withUnsafeBufferPointer { b throws(JSONParser.Failure) in try JSONParser.parse(b) }
            guard let o = v.object else { throw JSONParser.Failure(offset: 0, reason: "not a JSON object") }
            storage = .object(o)
        }
    }

    /// The whole document as a JSON object (for the undo record and pending changes).
    public var object: JSONObject {
        switch storage {
        case .object(let o): return o
        case .flat(let bytes, _):
            return (try? bytes.withUnsafeBufferPointer { b throws(JSONParser.Failure) in try JSONParser.parse(b) })?
                .object ?? JSONObject()
        }
    }

    /// The value of a top-level field, as raw JSON bytes (flat) or a value (object).
    enum Raw {
        case bytes(ArraySlice<UInt8>)
        case value(JSON)
    }

    func raw(_ key: String) -> Raw? {
        switch storage {
        case .object(let o): return o[key].map { .value($0) }
        case .flat(let bytes, let fields):
            var key = key
            return key.withUTF8 { k -> Raw? in
                bytes.withUnsafeBufferPointer { b -> Raw? in
                    guard let line = b.baseAddress, let wanted = k.baseAddress else { return nil }
                    let base = bytes.startIndex
                    let h = Shards.hash(k)
                    func matches(_ f: Field) -> Bool {
                        f.hash == h && f.key.count == k.count
                            && memcmp(line + (f.key.lowerBound - base), wanted, k.count) == 0
                    }
                    for f in fields where matches(f) { return .bytes(bytes[f.value]) }
                    return nil
                }
            }
        }
    }

    func value(_ key: String) -> JSON? {
        switch raw(key) {
        case nil: return nil
        case .value(let v)?: return v
        case .bytes(let b)?:
            // Fast paths on the raw bytes (validated when the line was indexed): a string
            // without escapes, or a plain integer.
            let fast: JSON? = b.withUnsafeBufferPointer { p -> JSON? in
                guard let first = p.first else { return nil }
                if first == 34, p.count >= 2 {
                    let inner = UnsafeBufferPointer(rebasing: p[1..<(p.count - 1)])
                    if inner.isEmpty { return .string("") }
                    if let start = inner.baseAddress, memchr(start, 92, inner.count) == nil {
                        return .string(String(decoding: inner, as: UTF8.self))
                    }
                    return nil
                }
                guard first == 45 || (first >= 48 && first <= 57) else { return nil }
                var v: Int64 = 0
                var i = first == 45 ? 1 : 0
                guard i < p.count else { return nil }
                while i < p.count {
                    let c = p[i]
                    guard c >= 48 && c <= 57 else { return nil }
                    let (m, o1) = v.multipliedReportingOverflow(by: 10)
                    let (a, o2) = m.addingReportingOverflow(Int64(c - 48))
                    if o1 || o2 { return nil }
                    v = a
                    i += 1
                }
                return .int(first == 45 ? -v : v)
            }
            if let fast { return fast }
            return try? b.withUnsafeBufferPointer { p throws(JSONParser.Failure) in try JSONParser.parse(p) }
        }
    }

    public var id: String? { value("id")?.string }
    public var updatedAt: String? { value("updatedAt")?.string }

    public func string(_ key: String) throws(DocumentError) -> String {
        guard let v = value(key) else { throw DocumentError("missing field \(key)") }
        guard let s = v.string else { throw DocumentError("field \(key) is not text") }
        return s
    }

    public func optionalString(_ key: String) throws(DocumentError) -> String? {
        guard let v = value(key), v != .null else { return nil }
        guard let s = v.string else { throw DocumentError("field \(key) is not text") }
        return s
    }

    public func int(_ key: String) throws(DocumentError) -> Int64 {
        guard let v = value(key) else { throw DocumentError("missing field \(key)") }
        guard let i = v.int else { throw DocumentError("field \(key) is not an integer") }
        return i
    }

    public func optionalInt(_ key: String) throws(DocumentError) -> Int64? {
        guard let v = value(key), v != .null else { return nil }
        guard let i = v.int else { throw DocumentError("field \(key) is not an integer") }
        return i
    }

    public func bool(_ key: String) throws(DocumentError) -> Bool {
        guard let v = value(key) else { return false }
        guard let b = v.bool else { throw DocumentError("field \(key) is not true/false") }
        return b
    }

    public func day(_ key: String) throws(DocumentError) -> Day {
        guard let d = Day(iso: try string(key)) else { throw DocumentError("field \(key) is not a YYYY-MM-DD date") }
        return d
    }

    public func optionalDay(_ key: String) throws(DocumentError) -> Day? {
        guard let s = try optionalString(key) else { return nil }
        guard let d = Day(iso: s) else { throw DocumentError("field \(key) is not a YYYY-MM-DD date") }
        return d
    }

    public func instant(_ key: String) throws(DocumentError) -> Instant {
        guard let t = Instant(parsing: try string(key), defaultOffset: .utc) else {
            throw DocumentError("field \(key) is not an ISO 8601 time")
        }
        return t
    }

    public func optionalInstant(_ key: String) throws(DocumentError) -> Instant? {
        guard let s = try optionalString(key) else { return nil }
        guard let t = Instant(parsing: s, defaultOffset: .utc) else {
            throw DocumentError("field \(key) is not an ISO 8601 time")
        }
        return t
    }

    public func money(_ key: String) throws(DocumentError) -> Money { Money(fen: try int(key)) }

    public func choice<E: RawRepresentable>(
        _ key: String,
        _: E.Type
    ) throws(DocumentError) -> E where E.RawValue == String {
        let s = try string(key)
        guard let e = E(rawValue: s) else { throw DocumentError("field \(key) has unknown value \(s)") }
        return e
    }
}
