#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The data directory: sharded JSON Lines collections, `config.json`, the journal and the lock.
///
/// Readers never lock (every file is replaced by rename, so they see the old or the new whole
/// file); every change goes through `change`, which holds the lock for the whole
/// read-modify-write.
public struct Store: Sendable {
    public let root: String
    public var lockTimeoutMilliseconds: Int
    public var faults: FaultPlan
    /// Shards per collection (`store.shards`, fixed when the data directory is created):
    /// 256 keeps shards at 50–500 KB up to ~250k records; 4096 does the same at a million.
    public var shards: Int = 256

    public func shardCount<R: Record>(_: R.Type) -> Int { R.fixedShardCount ?? shards }

    public init(root: String, lockTimeoutMilliseconds: Int = 10_000, faults: FaultPlan = .none) {
        var r = root
        while r.count > 1 && r.hasSuffix("/") { r.removeLast() }
        self.root = r
        self.lockTimeoutMilliseconds = lockTimeoutMilliseconds
        self.faults = faults
    }

    public var configPath: String { "\(root)/config.json" }
    var lockPath: String { "\(root)/cs.lock" }
    var transactionPath: String { "\(root)/txn.json" }

    public var isInitialized: Bool { FileSystem.exists(configPath) }

    public func requireInitialized() throws(StoreError) {
        guard isInitialized else { throw StoreError.notInitialized(path: root) }
    }

    func collectionDirectory(_ kind: String) -> String { "\(root)/\(kind)" }

    func shardPath(kind: String, shardCount: Int, key: String) -> String {
        "\(root)/\(kind)/\(Shards.shardName(id: key, shardCount: shardCount))"
    }

    /// A record's document line: id, schema, the record's fields, updatedAt.
    static func line<R: Record>(of record: R, updatedAt: Instant) -> [UInt8] {
        var o = JSONObject()
        o.add("id", record.id)
        o.add("schema", R.schemaVersion)
        record.write(into: &o)
        o.add("updatedAt", updatedAt.iso)
        var out = [UInt8]()
        out.reserveCapacity(512)
        JSON.object(o).encode(into: &out)
        return out
    }

    // MARK: reading

    /// One record by id: reads one shard and parses one line.
    public func get<R: Record>(_: R.Type, id: String) throws(StoreError) -> R? { try get(R.self, id: id, cache: nil) }

    func get<R: Record>(_: R.Type, id: String, cache: ShardCache?) throws(StoreError) -> R? {
        let path = shardPath(kind: R.kind, shardCount: shardCount(R.self), key: R.shardKey(forID: id))
        guard let bytes = try read(path, cache) else { return nil }
        let prefix = Shards.linePrefix(id: id)
        for (n, range) in Shards.lines(bytes).enumerated() where Shards.hasPrefix(bytes, range, prefix) {
            return try decode(R.self, bytes, range, path: path, line: n + 1)
        }
        return nil
    }

    func decode<R: Record>(_: R.Type, _ bytes: [UInt8], _ range: Range<Int>, path: String, line: Int) throws(StoreError) -> R {
        let document: Document
        do { document = try Document(line: bytes[range]) } catch { throw StoreError.corrupt(path: path, line: line, reason: error.reason) }
        do { return try R(document: document) } catch { throw StoreError.corrupt(path: path, line: line, reason: error.reason) }
    }

    func parseObject(_ bytes: [UInt8], _ range: Range<Int>, path: String, line: Int) throws(StoreError) -> JSONObject {
        let value: JSON
        do {
            value = try bytes.withUnsafeBufferPointer { b throws(JSONParser.Failure) in try JSONParser.parse(UnsafeBufferPointer(rebasing: b[range])) }
        } catch { throw StoreError.corrupt(path: path, line: line, reason: error.reason) }
        guard let o = value.object else { throw StoreError.corrupt(path: path, line: line, reason: "not a JSON object") }
        return o
    }

    /// The records sharing a shard key (one account's ledger): one file read.
    /// `idPrefix`: only lines whose id starts so are parsed (one account's entries among the
    /// few hundred accounts that share its shard).
    public func records<R: Record>(_: R.Type, shardKey: String, idPrefix: String? = nil, where keep: (R) -> Bool) throws(StoreError) -> ScanResult<R> {
        try records(R.self, shardKey: shardKey, idPrefix: idPrefix, cache: nil, where: keep)
    }

    func records<R: Record>(_: R.Type, shardKey: String, idPrefix: String?, cache: ShardCache?, where keep: (R) -> Bool) throws(StoreError) -> ScanResult<R> {
        var result = ScanResult<R>(records: [], problems: [])
        let path = shardPath(kind: R.kind, shardCount: shardCount(R.self), key: shardKey)
        guard let bytes = try read(path, cache) else { return result }
        let head = idPrefix.map { Array("{\"id\":\"\($0)".utf8) }
        for (n, range) in Shards.lines(bytes).enumerated() {
            if let head, range.count <= head.count || !bytes[range.lowerBound..<(range.lowerBound + head.count)].elementsEqual(head) { continue }
            do {
                let r = try decode(R.self, bytes, range, path: path, line: n + 1)
                if keep(r) { result.records.append(r) }
            } catch {
                if case .corrupt(let p, let l, let why) = error { result.problems.append(DocumentProblem(path: p, line: l, reason: why)) } else { throw error }
            }
        }
        return result
    }

    /// Every record of a kind. A line that does not parse is reported, not fatal: one damaged
    /// shard must not take the rest of the desk down.
    public func scan<R: Record>(_: R.Type, where lineFilter: (@Sendable (ArraySlice<UInt8>) -> Bool)? = nil) throws -> ScanResult<R> {
        var result = ScanResult<R>(records: [], problems: [])
        result.problems = try forEachShard(R.self, where: lineFilter) { records in result.records.append(contentsOf: records) }
        return result
    }

    /// Hands over the records one shard at a time, so an export of a million members never
    /// holds more than one shard's worth. Returns the lines that could not be read.
    ///
    /// Shards are read and decoded a few at a time on every core (a scan is CPU-bound once the
    /// files are in the page cache), and handed over in order.
    public func forEachShard<R: Record>(_: R.Type, where lineFilter: (@Sendable (ArraySlice<UInt8>) -> Bool)? = nil,
                                        _ body: ([R]) throws -> Void) throws -> [DocumentProblem] {
        var problems = [DocumentProblem]()
        let dir = collectionDirectory(R.kind)
        let paths = FileSystem.list(dir).filter { $0.hasSuffix(".jsonl") && !$0.hasPrefix(".") }.map { "\(dir)/\($0)" }
        let batch = ParallelShards.width * 2
        var start = 0
        while start < paths.count {
            let group = Array(paths[start..<min(start + batch, paths.count)])
            let results = ParallelShards.map(group) { path in self.decodeShard(R.self, path: path, lineFilter: lineFilter) }
            for r in results {
                switch r {
                case .success(let shard):
                    problems += shard.problems
                    try body(shard.records)
                case .failure(let e): throw e
                }
            }
            start += batch
        }
        return problems
    }

    func decodeShard<R: Record>(_: R.Type, path: String, lineFilter: (@Sendable (ArraySlice<UInt8>) -> Bool)?) -> Result<ScanResult<R>, StoreError> {
        var out = ScanResult<R>(records: [], problems: [])
        do throws(StoreError) {
            guard let bytes = try FileSystem.read(path) else { return .success(out) }
            for (n, range) in Shards.lines(bytes).enumerated() {
                if let lineFilter, !lineFilter(bytes[range]) { continue }
                do { out.records.append(try decode(R.self, bytes, range, path: path, line: n + 1)) } catch {
                    guard case .corrupt(let p, let l, let r) = error else { throw error }
                    out.problems.append(DocumentProblem(path: p, line: l, reason: r))
                }
            }
            return .success(out)
        } catch {
            return .failure(error)
        }
    }

    // MARK: changing

    /// Runs `body` under the lock and commits what it changed, all or nothing.
    public func change<T>(clerk: String, command: String, clock: Clock, _ body: (inout Transaction) throws -> T) throws -> T {
        try requireInitialized()
        let holder = "pid \(getpid()), clerk \(clerk), since \(Clock.system(offset: clock.now.offset).now.iso)"
        let lock = try DirectoryLock.acquire(path: lockPath, holder: holder, timeoutMilliseconds: lockTimeoutMilliseconds)
        defer { lock.release() }
        if lock.previousHolderDied { sweepTemporaryFiles() }
        try recover()
        var txn = Transaction(store: self, clock: clock, clerk: clerk, command: command,
                              id: "\(clock.now.epochSeconds)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let result = try body(&txn)
        #if DEBUG
        if faults.holdLockMilliseconds > 0 { usleep(UInt32(faults.holdLockMilliseconds * 1000)) }
        #endif
        try commit(txn)
        return result
    }

    /// Commits under the lock. First the undo record (`txn.json`: the old text of every line
    /// the change replaces and the journal's length) is made durable; then the shards are
    /// rewritten and the journal appended; removing `txn.json` (durably) is the commit point. A
    /// failure part-way rolls back at once; a crash part-way is rolled back by the next command
    /// that takes the lock, so a change is either wholly there or wholly absent, and never
    /// lands after its command reported failure.
    func commit(_ txn: Transaction) throws(StoreError) {
        guard !txn.isEmpty else { return }
        // Group by shard, then compute every new shard (and what it replaces) in memory.
        var order: [String] = []
        var byShard: [String: (changes: [String: [UInt8]?], inserted: [String], meta: Transaction.RecordChange)] = [:]
        for c in txn.recordChanges {
            let path = shardPath(kind: c.kind, shardCount: c.shardCount, key: c.shardKey)
            if byShard[path] == nil { order.append(path); byShard[path] = ([:], [], c) }
            // Mutate in place through the defaulted subscript: `byShard[path]!.…` copied the
            // shard's whole change set on every insert (quadratic in a 100k-row import).
            if byShard[path, default: ([:], [], c)].changes.updateValue(c.line, forKey: c.id) == nil {
                byShard[path, default: ([:], [], c)].inserted.append(c.id)
            }
        }
        var newShards: [(path: String, bytes: [UInt8])] = []
        var undo = [JSON]()
        var createdShards = [JSON]()
        for path in order {
            let entry = byShard[path]!
            let existing = try read(path, txn.cache)
            let (bytes, replaced) = try rewrite(shard: existing ?? [], path: path, changes: entry.changes, order: entry.inserted)
            newShards.append((path, bytes))
            // A shard this change creates is simply removed on rollback (keeps a bulk load's
            // undo record small).
            if existing == nil { createdShards.append(.string(path)); continue }
            for id in entry.inserted {
                undo.append(.object(JSONObject([("kind", .string(entry.meta.kind)), ("shards", .int(Int64(entry.meta.shardCount))),
                                                ("key", .string(entry.meta.shardKey)), ("path", .string(path)), ("id", .string(id)),
                                                ("old", replaced[id].map { .string(String(decoding: $0, as: UTF8.self)) } ?? .null)])))
            }
        }
        var undoFiles = [JSON]()
        for f in txn.files {
            let old = try FileSystem.read("\(root)/\(f.path)")
            undoFiles.append(.object(JSONObject([("path", .string(f.path)), ("old", old.map { .string(String(decoding: $0, as: UTF8.self)) } ?? .null)])))
        }
        let journalFile = txn.journal.first.map { self.journalPath(for: $0.at) }
        let journalSize = journalFile.flatMap { FileSystem.size($0) } ?? 0
        var record = JSONObject()
        record.add("txn", txn.id)
        record.add("records", .array(undo))
        record.add("created", .array(createdShards))
        record.add("files", .array(undoFiles))
        record.add("journal", journalFile.map { JSON.object(JSONObject([("path", .string($0)), ("size", .int(Int64(journalSize)))])) } ?? .null)
        var bytes = [UInt8]()
        JSON.object(record).encode(into: &bytes)
        bytes.append(10)
        try FileSystem.writeAtomically(transactionPath, bytes, faults: faults)
        do throws(StoreError) {
            var directories: [String] = []
            for shard in newShards {
                let dir = FileSystem.parentOf(shard.path)
                try FileSystem.makeDirectory(dir)
                try FileSystem.writeAtomically(shard.path, shard.bytes, syncDirectory: false, faults: faults)
                if !directories.contains(dir) { directories.append(dir) }
            }
            for f in txn.files {
                var out = [UInt8]()
                JSON.object(f.object).encode(into: &out); out.append(10)
                try FileSystem.writeAtomically("\(root)/\(f.path)", out, syncDirectory: false, faults: faults)
                if !directories.contains(root) { directories.append(root) }
            }
            for dir in directories { try FileSystem.fsyncDirectory(dir) }
            try appendJournal(txn.journal)
            if faults.failWrite(transactionPath + "#commit") { throw StoreError.io(path: transactionPath, operation: "remove", reason: "injected fault") }
            try FileSystem.remove(transactionPath)
            try FileSystem.fsyncDirectory(root)
        } catch {
            // Put everything back now; if even that fails, the next command will.
            #if DEBUG
            if faults.abandonOnFault { throw error }
            #endif
            try? recover()
            throw error
        }
    }

    /// Removes the temp files a killed writer left. Only called under the lock, when the lock
    /// file shows its previous holder died holding it: then no temp file belongs to anyone.
    func sweepTemporaryFiles() {
        func sweep(_ dir: String) {
            for name in FileSystem.list(dir) {
                let path = "\(dir)/\(name)"
                if name.hasPrefix(".tmp-") { _ = unlink(path) } else if FileSystem.isDirectory(path) { sweep(path) }
            }
        }
        sweep(root)
    }

    /// Rolls back a change that a crash or a failure interrupted: the lines it touched get
    /// their old text back, the journal its old length. Idempotent, so a crash during the
    /// rollback is finished by the next one.
    func recover() throws(StoreError) {
        guard let bytes = try FileSystem.read(transactionPath) else { return }
        guard let first = Shards.lines(bytes).first else { try FileSystem.remove(transactionPath); return }
        let undo = try parseObject(bytes, first, path: transactionPath, line: 0)
        let bad = { (why: String) in StoreError.corrupt(path: self.transactionPath, line: 0, reason: why) }
        guard let records = undo["records"]?.array, let files = undo["files"]?.array else { throw bad("incomplete undo record") }
        var byShard: [String: (changes: [String: [UInt8]?], order: [String])] = [:]
        var order: [String] = []
        for r in records {
            guard let o = r.object, let kind = o["kind"]?.string, let n = o["shards"]?.int, n > 0, let id = o["id"]?.string,
                  let key = o["key"]?.string, !kind.contains("/"), !kind.hasPrefix(".") else { throw bad("bad record change") }
            let path = shardPath(kind: kind, shardCount: Int(n), key: key)
            if byShard[path] == nil { order.append(path); byShard[path] = ([:], []) }
            // In place (see commit).
            // updateValue, not subscript: assigning nil would drop the key, and an inserted line
            // (old == nil) must be removed, not left in place.
            byShard[path, default: ([:], [])].changes.updateValue(o["old"]?.string.map { Array($0.utf8) }, forKey: id)
            byShard[path, default: ([:], [])].order.append(id)
        }
        var directories = [String]()
        for path in order {
            let old = try FileSystem.read(path) ?? []
            let (restored, _) = try rewrite(shard: old, path: path, changes: byShard[path]!.changes, order: byShard[path]!.order, keepingDamaged: true)
            try FileSystem.writeAtomically(path, restored, syncDirectory: false)
            let dir = FileSystem.parentOf(path)
            if !directories.contains(dir) { directories.append(dir) }
        }
        for created in undo["created"]?.array ?? [] {
            guard let path = created.string, path.hasPrefix(root + "/"), !path.contains("/../") else { throw bad("bad created shard") }
            try FileSystem.remove(path)
            let dir = FileSystem.parentOf(path)
            if !directories.contains(dir) { directories.append(dir) }
        }
        for f in files {
            guard let o = f.object, let rel = o["path"]?.string, !rel.contains("..") else { throw bad("bad file change") }
            if let old = o["old"]?.string { try FileSystem.writeAtomically("\(root)/\(rel)", Array(old.utf8), syncDirectory: false) }
            if !directories.contains(root) { directories.append(root) }
        }
        for dir in directories where FileSystem.isDirectory(dir) { try FileSystem.fsyncDirectory(dir) }
        if let j = undo["journal"]?.object, let path = j["path"]?.string, let size = j["size"]?.int, path.hasPrefix(journalDirectory) {
            try FileSystem.truncate(path, to: size)
        }
        try FileSystem.remove(transactionPath)
        try FileSystem.fsyncDirectory(root)
    }

    /// The shard with the given lines replaced (or removed, for nil), and new ids appended in
    /// `order`; one pass over the old lines. Returns the old text of every line replaced. Lines
    /// that do not parse are kept byte for byte (nothing is ever thrown away); replacing one is
    /// refused unless rolling back.
    func rewrite(shard old: [UInt8], path: String, changes: [String: [UInt8]?], order: [String], keepingDamaged: Bool = false) throws(StoreError) -> (bytes: [UInt8], replaced: [String: [UInt8]]) {
        var out = [UInt8]()
        out.reserveCapacity(old.count + changes.count * 400)
        var replaced = [String: [UInt8]]()
        for (n, range) in Shards.lines(old).enumerated() {
            if let id = Shards.lineID(old, range), let change = changes[id], replaced[id] == nil {
                if !keepingDamaged { _ = try parseObject(old, range, path: path, line: n + 1) }
                replaced[id] = Array(old[range])
                if let line = change { out.append(contentsOf: line); out.append(10) }
            } else {
                out.append(contentsOf: old[range]); out.append(10)
            }
        }
        for id in order where replaced[id] == nil {
            if let line = changes[id] ?? nil { out.append(contentsOf: line); out.append(10) }
        }
        return (out, replaced)
    }
}

/// The shards a transaction has read, kept for the rest of it: under the lock nobody else
/// writes, so an earn reads each of its three shards once instead of three or four times.
/// Used by one transaction on one thread only.
final class ShardCache: @unchecked Sendable {
    var files: [String: [UInt8]?] = [:]
}

extension Store {
    func read(_ path: String, _ cache: ShardCache?) throws(StoreError) -> [UInt8]? {
        guard let cache else { return try FileSystem.read(path) }
        if let hit = cache.files[path] { return hit }
        let bytes = try FileSystem.read(path)
        cache.files[path] = .some(bytes)
        return bytes
    }
}

/// The records of a kind that could be read, and the lines that could not.
public struct ScanResult<R: Record>: Sendable {
    public var records: [R]
    public var problems: [DocumentProblem]
}
