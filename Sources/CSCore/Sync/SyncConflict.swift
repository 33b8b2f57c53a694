/// What a merge revealed that no single desk could have prevented, kept as a record so every
/// desk sees it (`cs sync conflicts`, `cs today`). Its id is derived from what it is about, so
/// two desks finding the same conflict record it once (the kind merges as a union).
///
/// A business conflict (a receipt earned twice, stored value overspent, two gifts for one
/// member-year, one phone on two members) stays open while what it names still holds; the usual
/// commands (`reverse`, `adjust`, `edit`, `gift return`) resolve it. A field conflict is the
/// value a merge did not keep: informational, there to be put back by hand if it was right.
public struct SyncConflict: Record, Equatable {
    public static let kind = "conflicts"
    public static var fixedShardCount: Int? { 1 }

    public enum Subject: String, Sendable, CaseIterable {
        case field, receipt, overspent, gift, phone, invoice
        /// A numbered thing lent at two desks offline (issue 29).
        case lent
        /// A line from the remote no honest desk writes, kept out of the shards (issue 25).
        case refused
        /// A record's state (a claim, a complaint's status) changed at two desks, each its own way.
        case state
    }

    public let id: String
    public let subject: Subject
    /// The kind of record it is about (`members`, `ledger`, `gifts`…).
    public let recordKind: String
    /// The receipt, account, member-year, phone — or, for a field, the record's id.
    public let key: String
    /// The records involved (entries, gifts, cards), in the order found.
    public let records: [String]
    public let field: String?
    public let kept: String?
    public let other: String?
    public let foundAt: Instant
    public let foundBy: String

    public init(
        subject: Subject, recordKind: String, key: String, records: [String], field: String? = nil,
        kept: String? = nil, other: String? = nil, foundAt: Instant, foundBy: String
    ) {
        id = SyncConflict.id(subject, recordKind, key, field: field, other: other)
        self.subject = subject
        self.recordKind = recordKind
        self.key = key
        self.records = records
        self.field = field
        self.kept = kept
        self.other = other
        self.foundAt = foundAt
        self.foundBy = foundBy
    }

    /// The id of the conflict about `key`: the same wherever and however often it is found.
    public static func id(
        _ subject: Subject, _ recordKind: String, _ key: String, field: String? = nil,
        other: String? = nil
    ) -> String {
        var name = "\(subject.rawValue):\(recordKind):\(key)"
        if let field { name += ":\(field):\(other ?? "")" }
        return "\(subject.rawValue)-" + String(SHA256.hex(Array(name.utf8)).prefix(16))
    }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        subject = try d.choice("subject", Subject.self)
        recordKind = try d.string("recordKind")
        key = try d.string("key")
        guard let list = d.value("records")?.array else { throw DocumentError("missing field records") }
        records = list.compactMap(\.string)
        field = try d.optionalString("field")
        kept = try d.optionalString("kept")
        other = try d.optionalString("other")
        foundAt = try d.instant("foundAt")
        foundBy = try d.string("foundBy")
    }

    public func write(into o: inout JSONObject) {
        o.add("subject", subject.rawValue)
        o.add("recordKind", recordKind)
        o.add("key", key)
        o.add("records", .array(records.map { .string($0) }))
        o.add("field", field)
        o.add("kept", kept)
        o.add("other", other)
        o.add("foundAt", foundAt.iso)
        o.add("foundBy", foundBy)
    }
}
