/// A derived index: one function says which entries a source record implies. Keeping it up to
/// date on every change, rebuilding it (`doctor --repair`) and checking it (`doctor`) all
/// follow from that one function, so no desk keeps an index by hand.
public struct DerivedIndex<Source: Record, Entry: Record & Equatable>: Sendable {
    public let entries: @Sendable (Source) -> [Entry]

    public init(_ entries: @escaping @Sendable (Source) -> [Entry]) { self.entries = entries }

    /// After a source changed from `before` to `after`: its old entries go (unless another
    /// record has written the same id since: only what this source wrote is removed), its new
    /// ones are written. Nothing is written when nothing the index holds changed.
    public func update(before: Source?, after: Source?, in txn: inout Transaction) throws {
        let old = before.map(entries) ?? []
        let new = after.map(entries) ?? []
        guard old != new else { return }
        let newIDs = Set(new.map(\.id))
        for e in old where !newIDs.contains(e.id) {
            if try txn.get(Entry.self, id: e.id) == e { txn.delete(Entry.self, id: e.id) }
        }
        for e in new where !old.contains(e) { txn.putQuietly(e) }
    }

    /// What the index should hold, from every source record.
    func wanted(_ store: Store) throws -> [String: Entry] {
        var want = [String: Entry]()
        for s in try store.scan(Source.self).records {
            for e in entries(s) { want[e.id] = e }
        }
        return want
    }

    /// Rewrites the index from the sources; returns how many entries it holds.
    public func rebuild(_ txn: inout Transaction) throws -> Int {
        let want = try wanted(txn.store)
        for e in try txn.store.scan(Entry.self).records where want[e.id] != e { txn.delete(Entry.self, id: e.id) }
        for (_, e) in want { txn.putQuietly(e) }
        return want.count
    }

    /// Stale and missing entries, each named, for `cs doctor`.
    public func problems(_ store: Store) throws -> [DocumentProblem] {
        let want = try wanted(store)
        let path = "\(store.root)/\(Entry.kind)"
        var problems = [DocumentProblem]()
        var have = Set<String>()
        for e in try store.scan(Entry.self).records {
            have.insert(e.id)
            if want[e.id] != e {
                problems.append(DocumentProblem(path: path, line: 0, Fact(.doctor(.indexEntryStale), [e.id])))
            }
        }
        for id in want.keys.sorted() where !have.contains(id) {
            problems.append(DocumentProblem(path: path, line: 0, Fact(.doctor(.indexEntryMissing), [id])))
        }
        return problems
    }
}

/// A record kind whose changes keep derived indexes up to date: `Transaction.put` and
/// `insert` call `updateIndexes` with the record before and after.
public protocol Indexed: Record {
    static func updateIndexes(before: Self?, after: Self?, in txn: inout Transaction) throws
}
