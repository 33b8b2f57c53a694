/// The changes of one command, gathered under the lock and committed all-or-nothing.
///
/// Reads see the transaction's own pending writes. Nothing touches the data directory until
/// `Store.commit`. Pending documents are kept as the encoded lines they will be written as,
/// so a 100k-row import holds bytes, not trees.
public struct Transaction: Sendable {
    public let store: Store
    public let clock: Clock
    public let clerk: String
    public let command: String
    public let id: String
    let cache = ShardCache()

    struct RecordChange: Sendable {
        let kind: String
        let shardCount: Int
        let shardKey: String
        let id: String
        var line: [UInt8]?  // nil: delete
        /// Known to be absent from the data directory (a new ledger entry): a shard that only
        /// gains such lines is appended to, not rewritten.
        var isNew = false
    }

    var order: [String] = []
    var changes: [String: RecordChange] = [:]
    /// Whole files replaced, relative to the root, with their new bytes.
    private(set) var files: [(path: String, bytes: [UInt8])] = []
    /// Of `files`, those a sync merged: kept by a hard link on rollback, appended to when they
    /// only grew.
    private(set) var merged: Set<String> = []
    /// The journal lines, encoded as they are made: a 100k-row import holds their bytes, not
    /// 200k JSON trees (issue 16: memory). All carry the transaction's one time.
    var journalLines: [UInt8] = []
    private(set) var journalAt: Instant?
    /// Set in an undo: the transaction it takes back, recorded on each of its journal lines.
    public var undoes: String?
    /// Where new lines wait on disk once they outgrow `Store.spillBytes` (a bulk import): nil
    /// for every ordinary change.
    var spill: SpillArea?
    /// About how many records a bulk change will write (an import knows after its first
    /// pass): sizes the filter of staged keys.
    public var expectedRecords: Int?
    /// The bytes of lines (and journal) written in memory since the last spill.
    var heldBytes = 0

    init(store: Store, clock: Clock, clerk: String, command: String, id: String) {
        self.store = store
        self.clock = clock
        self.clerk = clerk
        self.command = command
        self.id = id
    }

    public var isEmpty: Bool { order.isEmpty && files.isEmpty && spill == nil }

    static func key(_ kind: String, _ id: String) -> String { kind + "\u{0}" + id }

    static func decode<R: Record>(_: R.Type, _ line: [UInt8]) throws -> R {
        do { return try R(document: Document(line: line[...])) } catch let e as DocumentError {
            throw StoreError.corrupt(path: "(pending) \(R.kind)", line: 0, reason: e.reason)
        } catch let e as JSONParser.Failure {
            throw StoreError.corrupt(path: "(pending) \(R.kind)", line: 0, reason: e.reason)
        }
    }

    /// The record as this transaction sees it.
    public func get<R: Record>(_: R.Type, id: String) throws -> R? {
        if let c = changes[Transaction.key(R.kind, id)] {
            guard let line = c.line else { return nil }
            return try Transaction.decode(R.self, line)
        }
        if let line = try spilledLine(R.self, id: id) { return try Transaction.decode(R.self, line) }
        return try store.get(R.self, id: id, cache: cache)
    }

    /// Whether the record exists as this transaction sees it, without decoding it.
    public func has<R: Record>(_: R.Type, id: String) throws -> Bool {
        if let c = changes[Transaction.key(R.kind, id)] { return c.line != nil }
        if try spilledLine(R.self, id: id) != nil { return true }
        return try store.has(R.self, id: id, cache: cache)
    }

    /// Stores `record` and journals the change with the whole document before and after.
    public mutating func put<R: Record>(_ record: R, action: String) throws {
        let before = try get(R.self, id: record.id)
        if before != nil, changes[Transaction.key(R.kind, record.id)] == nil,
            let last = try store.updatedAt(R.self, id: record.id, cache: cache), last > clock.now
        {
            throw ClockError.beforeLastChange(id: record.id, last: last, now: clock.now)
        }
        putQuietly(record, isNew: before == nil)
        if let indexed = R.self as? any Indexed.Type { try updateIndexes(indexed, before: before, after: record) }
        journalChange(R.kind, record.id, action, before: before?.journalDocument, after: record.journalDocument)
        try spillIfOver()
    }

    /// Removes a record (an undone registration), keeping its indexes and journalling it.
    public mutating func remove<R: Record>(_: R.Type, id recordID: String, action: String) throws {
        guard let before = try get(R.self, id: recordID) else { return }
        delete(R.self, id: recordID)
        if let indexed = R.self as? any Indexed.Type { try removeFromIndexes(indexed, before) }
        journalChange(R.kind, recordID, action, before: before.journalDocument, after: nil)
    }

    mutating func journalChange(
        _ kind: String, _ recordID: String, _ action: String, before: JSONObject?,
        after: JSONObject?
    ) {
        let entry = JournalEntry(
            at: clock.now, clerk: clerk, command: command, kind: kind, id: recordID,
            action: action, before: before, after: after, transaction: id, undoes: undoes,
            desk: store.desk)
        if journalAt == nil { journalAt = entry.at }
        let start = journalLines.count
        JSON.object(entry.json).encode(into: &journalLines)
        journalLines.append(10)
        heldBytes += journalLines.count - start
    }

    /// Stores a derived record (an index entry, a counter) without a journal line of its own.
    /// `isNew`: the caller knows the record is not in the data directory (only a pending
    /// change in this transaction can say otherwise, and then it decides).
    public mutating func putQuietly<R: Record>(_ record: R, isNew: Bool = false) {
        let k = Transaction.key(R.kind, record.id)
        let pending = changes[k]
        if pending == nil { order.append(k) }
        let line = Store.line(of: record, updatedAt: clock.now)
        let new = pending?.isNew ?? isNew
        heldBytes += line.count
        changes[k] = RecordChange(
            kind: R.kind, shardCount: store.shardCount(R.self),
            shardKey: R.shardKey(forID: record.id), id: record.id, line: line, isNew: new)
    }

    public mutating func delete<R: Record>(_: R.Type, id: String) {
        let k = Transaction.key(R.kind, id)
        let pending = changes[k]
        if pending == nil { order.append(k) }
        changes[k] = RecordChange(
            kind: R.kind, shardCount: store.shardCount(R.self), shardKey: R.shardKey(forID: id),
            id: id, line: nil, isNew: pending?.isNew ?? false)
    }

    /// Replaces a whole file of the data directory (such as `config.json`) in the same commit.
    /// `changes`: what the journal keeps of it (the keys that changed, before and after).
    public mutating func putFile(
        _ relativePath: String, _ object: JSONObject,
        changes: (before: JSONObject, after: JSONObject), action: String
    ) {
        var out = [UInt8]()
        JSON.object(object).encode(into: &out)
        out.append(10)
        files.removeAll { $0.path == relativePath }
        files.append((relativePath, out))
        journalChange("file", relativePath, action, before: changes.before, after: changes.after)
    }

    /// Replaces a file (a shard, a month's journal, a photo) with bytes a sync merged, in the
    /// same commit and under the same undo record; the change's own reads see the new bytes.
    /// Not journalled: the lines it brings were journalled at the desk that made them.
    public mutating func putMergedFile(_ relativePath: String, _ bytes: [UInt8]) {
        files.removeAll { $0.path == relativePath }
        files.append((relativePath, bytes))
        merged.insert(relativePath)
        cache.files["\(store.root)/\(relativePath)"] = .some(bytes)
    }

    /// Stores a record as `putQuietly` does but keeping the `updatedAt` it had: a figure a
    /// sync sums again at every desk must come out the same line at each.
    public mutating func putQuietly<R: Record>(_ record: R, keeping updatedAt: Instant) {
        let k = Transaction.key(R.kind, record.id)
        if changes[k] == nil { order.append(k) }
        let line = Store.line(of: record, updatedAt: updatedAt)
        heldBytes += line.count
        changes[k] = RecordChange(
            kind: R.kind, shardCount: store.shardCount(R.self),
            shardKey: R.shardKey(forID: record.id), id: record.id, line: line, isNew: false)
    }

    /// Moves a sequence on to at least `value` (a bulk load that numbered its own records).
    public mutating func advanceSequence(_ sequence: String, to value: Int64) throws {
        let current = try get(Counter.self, id: sequence)?.value ?? 0
        if value > current { putQuietly(Counter(id: sequence, value: value)) }
    }

    /// The next number of a named sequence (card numbers, gift ids), minted under the lock so
    /// two clerks never get the same one.
    public mutating func nextNumber(_ sequence: String) throws -> Int64 {
        let current = try get(Counter.self, id: sequence)?.value ?? 0
        putQuietly(Counter(id: sequence, value: current + 1))
        return current + 1
    }

    var recordChanges: [RecordChange] { order.compactMap { changes[$0] } }
}

/// A named sequence's last issued number.
struct Counter: Record {
    static let kind = "counters"
    static var fixedShardCount: Int? { 1 }
    let id: String
    let value: Int64
    init(id: String, value: Int64) {
        self.id = id
        self.value = value
    }
    init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        value = try d.int("value")
    }
    func write(into fields: inout JSONObject) { fields.add("value", value) }
}

extension Transaction {
    /// The records sharing a shard key as this transaction sees them (stored plus pending).
    public func records<R: Record>(
        _: R.Type, shardKey: String, idPrefix: String? = nil,
        where keep: (R) -> Bool
    ) throws -> [R] {
        let stored = try store.records(R.self, shardKey: shardKey, idPrefix: idPrefix, cache: cache, where: keep)
        if let p = stored.problems.first { throw StoreError.corrupt(path: p.path, line: p.line, reason: p.reason) }
        var byID = [String: Int]()
        var out = stored.records
        for (i, r) in out.enumerated() { byID[r.id] = i }
        let staged = try spilledLines(R.self, shardKey: shardKey).compactMap { try? Transaction.decode(R.self, $0) }
        for r in staged where keep(r) && R.shardKey(forID: r.id) == shardKey {
            if let i = byID[r.id] {
                out[i] = r
            } else {
                byID[r.id] = out.count
                out.append(r)
            }
        }
        for c in recordChanges where c.kind == R.kind && c.shardKey == shardKey {
            if let line = c.line, let r = try? Transaction.decode(R.self, line), keep(r) {
                if let i = byID[r.id] {
                    out[i] = r
                } else {
                    byID[r.id] = out.count
                    out.append(r)
                }
            }
        }
        return out
    }
}

extension Transaction {
    /// Opens the existential so the record's own `updateIndexes` runs.
    mutating func updateIndexes<I: Indexed, R: Record>(_: I.Type, before: R?, after: R) throws {
        guard let after = after as? I else { return }
        try I.updateIndexes(before: before as? I, after: after, in: &self)
    }

    mutating func removeFromIndexes<I: Indexed, R: Record>(_: I.Type, _ before: R) throws {
        guard let before = before as? I else { return }
        try I.updateIndexes(before: before, after: nil, in: &self)
    }

    /// Stores a record the caller knows is new (bulk import), journalled without reading a
    /// "before" that cannot exist.
    public mutating func insert<R: Record>(_ record: R, action: String) throws {
        putQuietly(record, isNew: true)
        if let indexed = R.self as? any Indexed.Type { try updateIndexes(indexed, before: nil as R?, after: record) }
        journalChange(R.kind, record.id, action, before: nil, after: record.journalDocument)
        try spillIfOver()
    }
}
