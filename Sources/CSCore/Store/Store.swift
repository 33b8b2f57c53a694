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
    /// How many bytes of new lines a change holds in memory before it stages them on disk
    /// (`Transaction+Spill`): what bounds an import's memory, whatever the file's size.
    public var spillBytes: Int = 8 << 20
    /// The size of the redo log at which a commit checkpoints after itself: a few thousand
    /// earns, so a checkpoint's flushes are rare and find most of their pages already written
    /// back by the kernel.
    public var checkpointBytes: Int = 4 << 20
    /// A synced desk (`cs sync`) journals into a file a day: git stores a whole file again
    /// for every version, and a month of a busy desk is tens of megabytes each sync would
    /// hash, compress and send. Readers take either (a name's first seven characters are its
    /// month).
    public var journalByDay: Bool = false
    /// A synced desk's `desk.id`, written on each journal line it writes: a peer takes a line
    /// naming desk 01 only from a commit desk 01 signed.
    public var desk: String?
    /// A reading command's view (shared commit lock); nil in-process, where tests read
    /// without one.
    public var readView: ReadView?

    public func shardCount<R: Record>(_: R.Type) -> Int { R.fixedShardCount ?? shards }

    public init(root: String, lockTimeoutMilliseconds: Int = 10_000, faults: FaultPlan = .none) {
        var r = root
        while r.count > 1 && r.hasSuffix("/") { r.removeLast() }
        self.root = r
        self.lockTimeoutMilliseconds = lockTimeoutMilliseconds
        self.faults = faults
    }

    public var configPath: String { "\(root)/config.json" }
    /// This desk's own settings in a synced data directory (its `desk.id`), never shared.
    public var deskPath: String { "\(root)/desk.json" }
    /// This desk shares its records through `cs sync` (it has its own `desk.json`).
    public var isSyncedDesk: Bool { FileSystem.exists(deskPath) }
    var lockPath: String { "\(root)/cs.lock" }
    var transactionPath: String { "\(root)/txn.json" }

    public var isInitialized: Bool { FileSystem.exists(configPath) }

    /// Set up and readable; otherwise the error says which: absent (run cs init), not a
    /// directory, or not accessible (a permission problem is not fixed by cs init).
    public func requireInitialized() throws(StoreError) {
        var st = stat()
        if stat(root, &st) != 0 {
            guard errno == ENOENT else { throw FileSystem.ioError(root, "open") }
            throw StoreError.notInitialized(path: root)
        }
        guard st.st_mode & S_IFMT == S_IFDIR else { throw StoreError.notADirectory(path: root) }
        if stat(configPath, &st) != 0 {
            guard errno == ENOENT else { throw FileSystem.ioError(configPath, "open") }
            throw StoreError.notInitialized(path: root)
        }
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
    public func get<R: Record>(_: R.Type, id: String) throws(StoreError) -> R? {
        try beginReading()
        return try get(R.self, id: id, cache: nil)
    }

    func get<R: Record>(_: R.Type, id: String, cache: ShardCache?) throws(StoreError) -> R? {
        let path = shardPath(kind: R.kind, shardCount: shardCount(R.self), key: R.shardKey(forID: id))
        guard let bytes = try read(path, cache) else { return nil }
        let prefix = Shards.linePrefix(id: id)
        for (n, range) in Shards.lines(bytes).enumerated() where Shards.hasPrefix(bytes, range, prefix) {
            return try decode(R.self, bytes, range, path: path, line: n + 1)
        }
        return nil
    }

    /// Whether a record with this id is stored, without decoding it or keeping its shard (a
    /// long ledger shard is scanned in pieces); from the transaction's cache when it has the shard.
    func has<R: Record>(_: R.Type, id: String, cache: ShardCache?) throws(StoreError) -> Bool {
        let path = shardPath(kind: R.kind, shardCount: shardCount(R.self), key: R.shardKey(forID: id))
        let prefix = Shards.linePrefix(id: id)
        if let hit = cache?.files[path] {
            guard let bytes = hit else { return false }
            return Shards.lines(bytes).contains { Shards.hasPrefix(bytes, $0, prefix) }
        }
        return try FileSystem.hasLine(path, startingWith: prefix)
    }

    /// The records with these ids, each shard read once (what an index pointed at, checked
    /// against the records themselves). A damaged line among them is reported, not fatal; an
    /// id with no record is simply absent from `found`.
    public func records<R: Record>(_: R.Type, ids: some Sequence<String>) throws(StoreError)
        -> (found: [String: R], problems: [DocumentProblem])
    {
        try documents(R.self, ids: ids) { d throws(DocumentError) in try R(document: d) }
    }

    func decode<R: Record>(
        _: R.Type, _ bytes: [UInt8], _ range: Range<Int>, path: String,
        line: Int
    ) throws(StoreError) -> R {
        let document: Document
        do { document = try Document(line: bytes[range]) } catch {
            throw StoreError.corrupt(
                path: path, line: line,
                reason: error.reason)
        }
        do { return try R(document: document) } catch {
            throw StoreError.corrupt(
                path: path, line: line,
                reason: error.reason)
        }
    }

    func parseObject(_ bytes: [UInt8], _ range: Range<Int>, path: String, line: Int) throws(StoreError) -> JSONObject {
        let value: JSON
        do {
            value = try bytes.withUnsafeBufferPointer { b throws(JSONParser.Failure) in
                try JSONParser.parse(UnsafeBufferPointer(rebasing: b[range]))
            }
        } catch { throw StoreError.corrupt(path: path, line: line, reason: error.reason) }
        guard let o = value.object else {
            throw StoreError.corrupt(path: path, line: line, reason: "not a JSON object")
        }
        return o
    }

    /// The records sharing a shard key (one account's ledger): one file read.
    /// `idPrefix`: only lines whose id starts so are parsed (one account's entries among the
    /// few hundred accounts that share its shard).
    public func records<R: Record>(
        _: R.Type, shardKey: String, idPrefix: String? = nil,
        where keep: (R) -> Bool
    ) throws(StoreError) -> ScanResult<R> {
        try beginReading()
        return try records(R.self, shardKey: shardKey, idPrefix: idPrefix, cache: nil, where: keep)
    }

    func records<R: Record>(
        _: R.Type, shardKey: String, idPrefix: String?, cache: ShardCache?,
        where keep: (R) -> Bool
    ) throws(StoreError) -> ScanResult<R> {
        var result = ScanResult<R>(records: [], problems: [])
        let path = shardPath(kind: R.kind, shardCount: shardCount(R.self), key: shardKey)
        guard let bytes = try read(path, cache) else { return result }
        let head = idPrefix.map { Array("{\"id\":\"\($0)".utf8) }
        for (n, range) in Shards.lines(bytes).enumerated() {
            if let head,
                range.count <= head.count
                    || !bytes[range.lowerBound..<(range.lowerBound + head.count)].elementsEqual(head)
            {
                continue
            }
            do {
                let r = try decode(R.self, bytes, range, path: path, line: n + 1)
                if keep(r) { result.records.append(r) }
            } catch {
                if case .corrupt(let p, let l, let why) = error {
                    result.problems.append(
                        DocumentProblem(
                            path: p,
                            line: l, reason: why))
                } else {
                    throw error
                }
            }
        }
        return result
    }

    /// Every record of a kind. A line that does not parse is reported, not fatal: one damaged
    /// shard must not take the rest of the desk down.
    /// `keep` is a test on the decoded record, run with the decoding on every core.
    public func scan<R: Record>(
        _: R.Type,
        where lineFilter: (@Sendable (ArraySlice<UInt8>) -> Bool)? = nil,
        keep: (@Sendable (R) -> Bool)? = nil
    ) throws -> ScanResult<R> {
        var result = ScanResult<R>(records: [], problems: [])
        result.problems = try forEachShard(R.self, where: lineFilter, keep: keep) { records in
            result.records.append(contentsOf: records)
        }
        return result
    }

    /// Hands over the records one shard at a time, so an export of a million members never
    /// holds more than one shard's worth. Returns the lines that could not be read.
    ///
    /// Shards are read and decoded a few at a time on every core (a scan is CPU-bound once the
    /// files are in the page cache), and handed over in order.
    public func forEachShard<R: Record>(
        _: R.Type, where lineFilter: (@Sendable (ArraySlice<UInt8>) -> Bool)? = nil,
        keep: (@Sendable (R) -> Bool)? = nil,
        _ body: ([R]) throws -> Void
    ) throws -> [DocumentProblem] {
        try forEachShard(R.self, where: lineFilter, keep: keep, map: { $0 }, body)
    }

    /// The same, with `transform` run on the decoding cores too (an export's rows made from
    /// its records: done in order on one core, it was a third of the export).
    public func forEachShard<R: Record, T>(
        _: R.Type, where lineFilter: (@Sendable (ArraySlice<UInt8>) -> Bool)? = nil,
        keep: (@Sendable (R) -> Bool)? = nil,
        map transform: @escaping @Sendable ([R]) -> T,
        _ body: (T) throws -> Void
    ) throws -> [DocumentProblem] {
        try beginReading()
        var problems = [DocumentProblem]()
        let dir = collectionDirectory(R.kind)
        let paths = FileSystem.list(dir).filter { $0.hasSuffix(".jsonl") && !$0.hasPrefix(".") }.map { "\(dir)/\($0)" }
        // An export opens every shard now, under the shared lock, and lets go of it: the
        // descriptors keep this instant's files whatever commits while it streams.
        // A shard that only gains lines is appended to in place, so each is read no further
        // than its length at this instant; while the pin lock is held, no line is written in
        // place (`pinnedByReaders`).
        var pinned = [Int32](repeating: -1, count: paths.count)
        var lengths = [Int?](repeating: nil, count: paths.count)
        var pin: DirectoryLock?
        if let view = readView, view.releasesAfterPinning, view.holdsLock {
            pin = try DirectoryLock.acquire(
                path: pinLockPath, holder: nil, mode: .shared, timeoutMilliseconds: lockTimeoutMilliseconds)
            for (i, path) in paths.enumerated() {
                pinned[i] = open(path, O_RDONLY | O_CLOEXEC)
                var st = stat()
                if pinned[i] >= 0 && fstat(pinned[i], &st) == 0 { lengths[i] = Int(st.st_size) }
            }
            view.end()
        }
        defer {
            for fd in pinned where fd >= 0 { close(fd) }
            pin?.release(clearingHolder: false)
        }
        let batch = ParallelShards.width * 2
        var start = 0
        while start < paths.count {
            let range = start..<min(start + batch, paths.count)
            let group = range.map { (paths[$0], pinned[$0], lengths[$0]) }
            let decode = { @Sendable (item: (String, Int32, Int?)) in
                self.decodeShard(R.self, path: item.0, fd: item.1, limit: item.2, lineFilter: lineFilter, keep: keep)
                    .map { (transform($0.records), $0.problems) }
            }
            // A kind kept in a few small files (invoice stock, counters) is read here: starting
            // the other cores' threads cost more than the reading (a tenth of an invoice issue).
            let results =
                R.fixedShardCount.map { $0 <= 16 } ?? false ? group.map(decode) : ParallelShards.map(group, decode)
            for r in results {
                switch r {
                case .success(let shard):
                    problems += shard.1
                    try body(shard.0)
                case .failure(let e): throw e
                }
            }
            start += batch
        }
        return problems
    }

    func decodeShard<R: Record>(
        _: R.Type, path: String, fd: Int32 = -1, limit: Int? = nil,
        lineFilter: (@Sendable (ArraySlice<UInt8>) -> Bool)?,
        keep: (@Sendable (R) -> Bool)? = nil
    ) -> Result<ScanResult<R>, StoreError> {
        var out = ScanResult<R>(records: [], problems: [])
        do throws(StoreError) {
            let read =
                fd >= 0
                ? try FileSystem.read(descriptor: fd, path: path, limit: limit)
                : try FileSystem.read(path)
            guard let bytes = read else { return .success(out) }
            for (n, range) in Shards.lines(bytes).enumerated() {
                if let lineFilter, !lineFilter(bytes[range]) { continue }
                do {
                    let record = try decode(R.self, bytes, range, path: path, line: n + 1)
                    if keep?(record) ?? true { out.records.append(record) }
                } catch {
                    guard case .corrupt(let p, let l, let r) = error else { throw error }
                    out.problems.append(DocumentProblem(path: p, line: l, reason: r))
                }
            }
            return .success(out)
        } catch {
            // A shard that cannot be read (replaced by a directory, unreadable) is one
            // damaged file: reported like a damaged line, and the rest of the scan goes on.
            if case .io(let p, _, let why) = error {
                out.problems.append(DocumentProblem(path: p, line: 0, reason: why))
                return .success(out)
            }
            return .failure(error)
        }
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
