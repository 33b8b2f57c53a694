#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A bulk change (an import of a million members) must not hold every line it writes in memory
/// until its commit. Once the lines and journal held exceed `Store.spillBytes`, they move
/// to staging files, one per shard, in a `.tmp-<pid>-spill` directory inside the data
/// directory: same disk, same permissions, and removed like any temp file if the process
/// dies. Nothing in it is part of the store until the commit copies it in under the undo
/// record, so a killed import still leaves the old state.
final class SpillArea: @unchecked Sendable {
    struct Staged {
        let file: String
        let kind: String
        let shardCount: Int
        /// Any record key of the shard: it names the shard for the commit and the undo record.
        let shardKey: String
        /// The shard did not exist when staging began: its staging file is a temp file beside
        /// where the shard will be, renamed into place at the commit (no copy, one file made).
        let inPlace: Bool
    }

    let directory: String
    /// Per shard path, its staging file.
    var shards: [String: Staged] = [:]
    /// The keys staged: a read or write of one that may be staged looks in the staging file;
    /// any other costs a filter lookup.
    var keys: KeyFilter
    var journal: String { "\(directory)/journal.jsonl" }
    var hasJournal = false

    init(directory: String, expectedRecords: Int) {
        self.directory = directory
        keys = KeyFilter(expected: expectedRecords)
    }

    /// Every line staged for one shard with its id, in the order staged.
    func lines(_ path: String) throws(StoreError) -> [(id: String, line: [UInt8])] {
        guard let s = shards[path], let bytes = try FileSystem.read(s.file) else { return [] }
        return Shards.lines(bytes).compactMap { r in Shards.lineID(bytes, r).map { ($0, Array(bytes[r])) } }
    }

    func discard() {
        for s in shards.values where s.inPlace { _ = unlink(s.file) }
        FileSystem.removeTree(directory)
    }
}

extension Transaction {
    /// Moves the lines written (not removals) and the journal held in memory to the staging
    /// files when they exceed the store's budget. Called after each journalled write. A record
    /// staged and then written again stays in memory; the commit merges the two.
    mutating func spillIfOver() throws(StoreError) {
        guard heldBytes > store.spillBytes else { return }
        let area: SpillArea
        if let spill {
            area = spill
        } else {
            area = SpillArea(directory: "\(store.root)/.tmp-\(getpid())-spill",
                             expectedRecords: expectedRecords ?? 1_000_000)
            FileSystem.removeTree(area.directory)
            try FileSystem.makeDirectory(area.directory)
            spill = area
        }
        var byPath = [String: [UInt8]]()
        var kept = [String]()
        kept.reserveCapacity(order.count / 4)
        for k in order {
            guard let c = changes[k], let line = c.line, !area.keys.mayContain(k.hashValue) else {
                kept.append(k)
                continue
            }
            let path = store.shardPath(kind: c.kind, shardCount: c.shardCount, key: c.shardKey)
            if area.shards[path] == nil {
                let dir = FileSystem.parentOf(path)
                let inPlace = !FileSystem.exists(path)
                if inPlace { try FileSystem.makeDirectory(dir) }
                let file = inPlace ? "\(dir)/.tmp-\(getpid())-staged-\(path.split(separator: "/").last ?? "")"
                    : "\(area.directory)/\(area.shards.count).jsonl"
                area.shards[path] = SpillArea.Staged(file: file, kind: c.kind, shardCount: c.shardCount,
                                                     shardKey: c.shardKey, inPlace: inPlace)
            }
            byPath[path, default: []].append(contentsOf: line)
            byPath[path, default: []].append(10)
            area.keys.insert(k.hashValue)
            changes[k] = nil
        }
        order = kept
        for (path, bytes) in byPath {
            try FileSystem.append(area.shards[path]!.file, bytes, sync: false)
        }
        if !journalLines.isEmpty {
            try FileSystem.append(area.journal, journalLines, sync: false)
            area.hasJournal = true
            journalLines.removeAll(keepingCapacity: true)
        }
        heldBytes = 0
    }

    /// The staged line of a record, if the record was spilled (the last, should it be twice).
    func spilledLine<R: Record>(_: R.Type, id: String) throws(StoreError) -> [UInt8]? {
        guard let spill, spill.keys.mayContain(Transaction.key(R.kind, id).hashValue) else { return nil }
        let path = store.shardPath(kind: R.kind, shardCount: store.shardCount(R.self), key: R.shardKey(forID: id))
        return try spill.lines(path).last { $0.id == id }?.line
    }

    /// Every staged line of the shard holding `shardKey`.
    func spilledLines<R: Record>(_: R.Type, shardKey: String) throws(StoreError) -> [[UInt8]] {
        guard let spill else { return [] }
        let path = store.shardPath(kind: R.kind, shardCount: store.shardCount(R.self), key: shardKey)
        return try spill.lines(path).map(\.line)
    }
}
