#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A bulk change (an import of a million members) must not hold every line it writes in memory
/// until its commit. Once the lines and journal held exceed `Store.spillBytes`, they move to
/// staging files in a `.tmp-<pid>-spill` directory inside the data directory: same disk, same
/// permissions, and removed like any temp file if the process dies. Nothing in it is part of
/// the store until the commit copies it in under the undo record, so a killed import still
/// leaves the old state.
///
/// Lines are staged by bucket of neighbouring shards (each line prefixed by its shard's file
/// name), not one file per shard: at a million members a spill would otherwise append a few
/// hundred bytes to each of 20,480 files. The commit goes through the shards in order and
/// reads each bucket once, split by shard.
final class SpillArea: @unchecked Sendable {
    struct Staged {
        /// The bucket file holding the shard's staged lines.
        let file: String
        let kind: String
        let shardCount: Int
        /// Any record key of the shard: it names the shard for the commit and the undo record.
        let shardKey: String
        /// The shard's file name: the prefix of its staged lines.
        let name: String
    }

    let directory: String
    /// Per shard path, where its lines are staged.
    var shards: [String: Staged] = [:]
    /// The keys staged: a read or write of one that may be staged looks in the staging file;
    /// any other costs a filter lookup.
    var keys: KeyFilter
    var journal: String { "\(directory)/journal.jsonl" }
    var hasJournal = false
    /// The last bucket read, split by shard path: the commit reads each bucket once.
    private var cached: (file: String, byShard: [String: [UInt8]])?

    init(directory: String, expectedRecords: Int) {
        self.directory = directory
        keys = KeyFilter(expected: expectedRecords)
    }

    /// The bucket file of a shard: buckets of up to 64 neighbouring shards of a kind.
    func bucketFile(kind: String, shardCount: Int, name: String) -> String {
        let index = Int(name.prefix { $0 != "." }, radix: 16) ?? 0
        let size = max(1, shardCount / 64)
        return "\(directory)/\(kind)-\(index / size).jsonl"
    }

    /// Appends lines already prefixed to a bucket; the cached split is stale after.
    func stage(_ bytes: [UInt8], in file: String) throws(StoreError) {
        if cached?.file == file { cached = nil }
        try FileSystem.append(file, bytes, sync: false)
    }

    /// The staged lines of one shard, each ending in a newline, in the order staged.
    func content(_ path: String) throws(StoreError) -> [UInt8] {
        guard let s = shards[path] else { return [] }
        if cached?.file != s.file {
            var byShard = [String: [UInt8]]()
            let bytes = try FileSystem.read(s.file) ?? []
            let dir = FileSystem.parentOf(path)
            for r in Shards.lines(bytes) {
                guard let tab = bytes[r].firstIndex(of: 9) else { continue }
                let name = String(decoding: bytes[r.lowerBound..<tab], as: UTF8.self)
                byShard["\(dir)/\(name)", default: []].append(contentsOf: bytes[(tab + 1)..<r.upperBound])
                byShard["\(dir)/\(name)", default: []].append(10)
            }
            cached = (s.file, byShard)
        }
        return cached?.byShard[path] ?? []
    }

    /// Every line staged for one shard with its id, in the order staged.
    func lines(_ path: String) throws(StoreError) -> [(id: String, line: [UInt8])] {
        let bytes = try content(path)
        return Shards.lines(bytes).compactMap { r in Shards.lineID(bytes, r).map { ($0, Array(bytes[r])) } }
    }

    func discard() {
        cached = nil
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
            area = SpillArea(
                directory: "\(store.root)/.tmp-\(getpid())-spill",
                expectedRecords: expectedRecords ?? 1_000_000)
            FileSystem.removeTree(area.directory)
            try FileSystem.makeDirectory(area.directory)
            spill = area
        }
        var byBucket = [String: [UInt8]]()
        var kept = [String]()
        kept.reserveCapacity(order.count / 4)
        for k in order {
            guard let c = changes[k], let line = c.line, !area.keys.mayContain(k.hashValue) else {
                kept.append(k)
                continue
            }
            let path = store.shardPath(kind: c.kind, shardCount: c.shardCount, key: c.shardKey)
            let staged: SpillArea.Staged
            if let known = area.shards[path] {
                staged = known
            } else {
                let name = String(path.split(separator: "/").last ?? "")
                staged = SpillArea.Staged(
                    file: area.bucketFile(
                        kind: c.kind, shardCount: c.shardCount,
                        name: name),
                    kind: c.kind, shardCount: c.shardCount, shardKey: c.shardKey,
                    name: name)
                area.shards[path] = staged
            }
            byBucket[staged.file, default: []].append(contentsOf: staged.name.utf8)
            byBucket[staged.file, default: []].append(9)
            byBucket[staged.file, default: []].append(contentsOf: line)
            byBucket[staged.file, default: []].append(10)
            area.keys.insert(k.hashValue)
            changes[k] = nil
        }
        order = kept
        for (file, bytes) in byBucket {
            try area.stage(bytes, in: file)
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
