/// A record kind stored as one JSON document per record, in a collection of shards.
///
/// The store writes every document as `{"id":…,"schema":N,<fields…>,"updatedAt":…}`: the id
/// first so a lookup can match a line without parsing it, the schema version so old documents
/// can be migrated, `updatedAt` so desks can later be synchronised.
public protocol Record: Sendable {
    /// The collection's directory name, e.g. `members`.
    static var kind: String { get }
    static var schemaVersion: Int { get }
    /// How many shard files the collection spreads over (a power of two).
    static var shardCount: Int { get }
    var id: String { get }
    /// Which shard a record lives in; the id unless records should be grouped (a ledger by
    /// account, so one account's history is one file).
    static func shardKey(forID id: String) -> String
    init(document: Document) throws(DocumentError)
    func write(into fields: inout JSONObject)
    /// A short line for the journal's before/after columns; never a full ID number.
    var journalSummary: String { get }
}

extension Record {
    public static var schemaVersion: Int { 1 }
    public static var shardCount: Int { 256 }
    public static func shardKey(forID id: String) -> String { id }
}

/// A parsed document with typed field readers whose errors name the field.
public struct Document: Sendable {
    public let object: JSONObject
    public init(_ object: JSONObject) { self.object = object }

    public var id: String? { object["id"]?.string }
    public var updatedAt: String? { object["updatedAt"]?.string }

    public func string(_ key: String) throws(DocumentError) -> String {
        guard let v = object[key] else { throw DocumentError("missing field \(key)") }
        guard let s = v.string else { throw DocumentError("field \(key) is not text") }
        return s
    }

    public func optionalString(_ key: String) throws(DocumentError) -> String? {
        guard let v = object[key], v != .null else { return nil }
        guard let s = v.string else { throw DocumentError("field \(key) is not text") }
        return s
    }

    public func int(_ key: String) throws(DocumentError) -> Int64 {
        guard let v = object[key] else { throw DocumentError("missing field \(key)") }
        guard let i = v.int else { throw DocumentError("field \(key) is not an integer") }
        return i
    }

    public func optionalInt(_ key: String) throws(DocumentError) -> Int64? {
        guard let v = object[key], v != .null else { return nil }
        guard let i = v.int else { throw DocumentError("field \(key) is not an integer") }
        return i
    }

    public func bool(_ key: String) throws(DocumentError) -> Bool {
        guard let v = object[key] else { return false }
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
        guard let t = Instant(parsing: try string(key), defaultOffset: .utc) else { throw DocumentError("field \(key) is not an ISO 8601 time") }
        return t
    }

    public func optionalInstant(_ key: String) throws(DocumentError) -> Instant? {
        guard let s = try optionalString(key) else { return nil }
        guard let t = Instant(parsing: s, defaultOffset: .utc) else { throw DocumentError("field \(key) is not an ISO 8601 time") }
        return t
    }

    public func money(_ key: String) throws(DocumentError) -> Money { Money(fen: try int(key)) }

    public func choice<E: RawRepresentable>(_ key: String, _: E.Type) throws(DocumentError) -> E where E.RawValue == String {
        let s = try string(key)
        guard let e = E(rawValue: s) else { throw DocumentError("field \(key) has unknown value \(s)") }
        return e
    }
}
