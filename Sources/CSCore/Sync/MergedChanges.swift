/// What a merge changed, record by record: for each shared kind, the lines of every record
/// whose line differs between this desk's files and the merged ones. The desks' hooks read it
/// to check what only a merge can reveal and to bring derived figures up to date.
public struct MergedChanges: Sendable {
    public struct Line: Sendable {
        public let id: String
        public let before: [UInt8]?
        public let after: [UInt8]?
    }

    var byKind: [String: [Line]] = [:]

    public var isEmpty: Bool { byKind.values.allSatisfy(\.isEmpty) }
    public var count: Int { byKind.values.reduce(0) { $0 + $1.count } }

    /// Adds the records that differ between two versions of one shard. Lines are compared as
    /// bytes and ids read from their first field: a sync of 1,000 movements touches every
    /// shard of a 100k store, and most of each shard's lines are the same on both sides.
    mutating func add(kind: String, old: [UInt8], new: [UInt8]) {
        var lines = byKind[kind] ?? []
        defer { byKind[kind] = lines }
        let oldRanges = Shards.lines(old)
        let newRanges = Shards.lines(new)
        // A shard that only grew (a ledger): its new lines are the tail.
        if new.count > old.count, Shards.same(new[0..<old.count], old[...]) {
            for range in newRanges where range.lowerBound >= old.count {
                guard let id = MergedChanges.id(new[range]) else { continue }
                lines.append(Line(id: id, before: nil, after: Array(new[range])))
            }
            return
        }
        // By id (read from each line's first field), comparing a record's two lines as bytes:
        // no hashing of whole lines.
        var before = [String: ArraySlice<UInt8>]()
        for range in oldRanges {
            if let id = MergedChanges.id(old[range]) { before[id] = old[range] }
        }
        var seen = Set<String>()
        for range in newRanges {
            guard let id = MergedChanges.id(new[range]) else { continue }
            seen.insert(id)
            let was = before[id]
            if let was, Shards.same(was, new[range]) { continue }
            lines.append(Line(id: id, before: was.map { Array($0) }, after: Array(new[range])))
        }
        for (id, was) in before where !seen.contains(id) { lines.append(Line(id: id, before: Array(was), after: nil)) }
    }

    static let idPrefix: [UInt8] = Array(#"{"id":""#.utf8)

    /// A document's id from its first field (`{"id":"…"`, as cs writes every line), else parsed.
    static func id(_ line: ArraySlice<UInt8>) -> String? {
        let prefix = MergedChanges.idPrefix
        if line.starts(with: prefix) {
            let start = line.startIndex + prefix.count
            if let end = line[start...].firstIndex(of: 34), !line[start..<end].contains(92) {
                return String(decoding: line[start..<end], as: UTF8.self)
            }
        }
        return (try? Document(line: line))?.id
    }

    /// The changed records of one kind, decoded (a line that does not decode is left to the doctor).
    public func records<R: Record>(_: R.Type) -> [(before: R?, after: R?)] {
        (byKind[R.kind] ?? []).map { line in
            (
                line.before.flatMap { try? R(document: Document(line: $0[...])) },
                line.after.flatMap { try? R(document: Document(line: $0[...])) }
            )
        }
    }
}
