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

    /// Adds the records that differ between two versions of one shard.
    mutating func add(kind: String, old: [UInt8], new: [UInt8]) {
        let before = MergedChanges.byID(old)
        let after = MergedChanges.byID(new)
        var lines = byKind[kind] ?? []
        for (id, line) in after where before[id] != line { lines.append(Line(id: id, before: before[id], after: line)) }
        for (id, line) in before where after[id] == nil { lines.append(Line(id: id, before: line, after: nil)) }
        byKind[kind] = lines
    }

    static func byID(_ bytes: [UInt8]) -> [String: [UInt8]] {
        var out = [String: [UInt8]]()
        for range in Shards.lines(bytes) {
            guard let d = try? Document(line: bytes[range]), let id = d.id else { continue }
            out[id] = Array(bytes[range])
        }
        return out
    }

    /// The changed records of one kind, decoded (a line that does not decode is left to the doctor).
    public func records<R: Record>(_: R.Type) -> [(before: R?, after: R?, updatedAt: Instant?)] {
        (byKind[R.kind] ?? []).map { line in
            let before = line.before.flatMap { try? R(document: Document(line: $0[...])) }
            let doc = line.after.flatMap { try? Document(line: $0[...]) }
            let after = doc.flatMap { try? R(document: $0) }
            let at = doc?.updatedAt.flatMap { Instant(parsing: $0, defaultOffset: .utc) }
            return (before, after, at)
        }
    }
}
