/// The redo log's side of the commit protocol (`WriteAheadLog`): a change is one record
/// appended to `cs.wal` and flushed once; the shards follow without flushes of their own.
///
/// What a crash can leave, and who finishes it:
/// - killed before the record's flush returned: a torn tail, cut by the next replay; the change
///   never happened (its command never said it did);
/// - killed while the shards were being brought up to date: `txn.json` says "redo" (written,
///   unflushed, before the record) and the next command, reader or writer, replays the log;
/// - the machine stopped: the log's header names another boot, so the next command replays it —
///   whatever of the shards never reached the disk is written again.
/// A replay sets each line a record names, so it can run over any state the crash left, and
/// any number of times; it ends with a checkpoint.
extension Store {
    var logPath: String { "\(root)/cs.wal" }

    /// Whether a change goes through the log: every change but a bulk one that stages its lines
    /// on disk and a sync's whole files, which keep the undo record (a redo of them would write
    /// every byte twice).
    func commitsThroughLog(_ txn: Transaction) -> Bool {
        txn.spill == nil && txn.merged.isEmpty
    }

    /// The record of a change: each shard's lines in the order the change made them, the
    /// journal's new lines at the length the journal has now (`journalSize`, read once for the
    /// undo record), whole files.
    func logRecord(
        _ txn: Transaction, shards: [(path: String, edit: ShardEdit)],
        files: [(path: String, bytes: [UInt8])], journalSize: Int64?
    ) -> WriteAheadLog.Record {
        var record = WriteAheadLog.Record(txn: txn.id, operations: [])
        for (path, edit) in shards {
            let lines = edit.order.map { WriteAheadLog.Line(id: $0, text: edit.changes[$0] ?? nil) }
            record.operations.append(.shard(path: relative(path), lines: lines))
        }
        for f in files { record.operations.append(.file(path: f.path, bytes: f.bytes)) }
        if let at = txn.journalAt, !txn.journalLines.isEmpty {
            let path = journalPath(for: at)
            record.operations.append(.journal(path: relative(path), offset: journalSize ?? 0, bytes: txn.journalLines))
        }
        return record
    }

    func relative(_ path: String) -> String { String(path.dropFirst(root.count + 1)) }

    /// The commit proper for a change through the log, under the exclusive commit lock: the
    /// "redo" marker, the record (flushed: the commit point), the shards, the marker's removal.
    /// A failure before the flush changes nothing; one after it puts the files back from what
    /// the change read (`undo`, in memory) and cuts the record off the log, so a change never
    /// lands after its command reported failure.
    func commitThroughLog(_ record: WriteAheadLog.Record, undo: UndoRecord, _ body: () throws(StoreError) -> Void)
        throws(StoreError)
    {
        let marker = UndoRecord(txn: record.txn, redo: true).encoded(root: root) { _, _, _ in "" }
        try FileSystem.writeAtomically(transactionPath, marker, sync: false, syncDirectory: false, faults: faults)
        let bytes = WriteAheadLog.encode(record)
        let appended: (before: Int64, count: Int)
        do throws(StoreError) {
            let header = WriteAheadLog.header(boot: bootIdentity)
            appended = try FileSystem.appendDurably(logPath, bytes, startingWith: header, faults: faults)
        } catch {
            try? FileSystem.remove(transactionPath)
            throw error
        }
        #if DEBUG
            faults.atCommitPoint?()
        #endif
        do throws(StoreError) {
            try body()
            if faults.failWrite(transactionPath + "#commit") {
                throw StoreError.io(path: transactionPath, operation: "remove", reason: "injected fault")
            }
        } catch {
            #if DEBUG
                if faults.abandonOnFault { throw error }
            #endif
            let failures = rollBack(undo)
            guard failures.isEmpty else {
                throw StoreError.commitUnfinished(
                    path: logPath, cause: error.summary,
                    rollback: failures.joined(separator: "; "))
            }
            try FileSystem.truncate(logPath, to: appended.before)
            try FileSystem.remove(transactionPath)
            throw error
        }
        try FileSystem.remove(transactionPath)
        if appended.before + Int64(appended.count) >= Int64(checkpointBytes) {
            // The change is committed whatever happens here: a checkpoint that fails is simply
            // tried again after the next commit.
            try? checkpoint()
        }
    }

    /// The log's records, each operation's path checked to be one a change writes: a log is a
    /// file on disk, and a replay that trusted `../x` would write outside the data directory.
    func readLog() throws(StoreError) -> WriteAheadLog.Contents? {
        guard let bytes = try FileSystem.read(logPath), !bytes.isEmpty else { return nil }
        let contents: WriteAheadLog.Contents
        do { contents = try WriteAheadLog.decode(bytes) } catch {
            throw StoreError.undoRecordDamaged(path: logPath, reason: error.reason)
        }
        for r in contents.records {
            for op in r.operations where !isLogPath(op) {
                throw StoreError.undoRecordDamaged(path: logPath, reason: "\(op.path) is not a file a change writes")
            }
        }
        return contents
    }

    /// A shard (`kind/name.jsonl`), a journal file (`journal/name.jsonl`) or `config.json`.
    func isLogPath(_ op: WriteAheadLog.Operation) -> Bool {
        guard confined(relative: op.path) != nil else { return false }
        let parts = op.path.split(separator: "/")
        switch op {
        case .file: return op.path == "config.json"
        case .journal: return parts.count == 2 && parts[0] == "journal" && isShardName(parts[1])
        case .shard:
            return parts.count == 2 && parts[0] != "journal" && UndoRecord.isCollectionName(String(parts[0]))
                && isShardName(parts[1])
        }
    }

    private func isShardName(_ name: Substring) -> Bool { name.hasSuffix(".jsonl") && !name.hasPrefix(".") }

    /// Whether the log holds changes that may not all be in the files: it was started in
    /// another boot of the machine. (A writer killed on this boot leaves the "redo" marker.)
    /// Every reader asks, so it costs one open and one short read (none when there is no log).
    func logNeedsReplay() -> Bool {
        let head: [UInt8]?
        do { head = try FileSystem.read(logPath, limit: 256) } catch { return true }
        guard let head, !head.isEmpty else { return false }
        return WriteAheadLog.boot(ofHeader: head) != bootIdentity
    }

    /// This boot's identity, read once per process (it cannot change while the process runs).
    var bootIdentity: String { Store.thisBoot }

    private static let thisBoot = FileSystem.bootIdentity()

    /// Brings every file up to date from the log, then checkpoints. Under the writers' lock and
    /// the exclusive commit lock.
    func replayLog() throws(StoreError) {
        guard let contents = try readLog() else { return }
        for r in contents.records {
            for op in r.operations { try redo(op) }
        }
        try checkpoint(contents)
    }

    func redo(_ op: WriteAheadLog.Operation) throws(StoreError) {
        let path = "\(root)/\(op.path)"
        try FileSystem.makeDirectory(FileSystem.parentOf(path))
        switch op {
        case .file(_, let bytes):
            try FileSystem.writeAtomically(path, bytes, sync: false, syncDirectory: false)
        case .journal(_, let offset, let bytes):
            let size = Int64(FileSystem.size(path) ?? 0)
            guard size >= offset else {
                throw StoreError.undoRecordDamaged(path: logPath, reason: "\(op.path) is shorter than the log says")
            }
            try FileSystem.truncate(path, to: offset)
            try FileSystem.append(path, bytes, sync: false)
        case .shard(_, let lines):
            let old = try FileSystem.read(path) ?? []
            let kept = Store.cuttingTornTail(old, written: lines)
            var changes = [String: [UInt8]?]()
            var order = [String]()
            for line in lines where changes.updateValue(line.text, forKey: line.id) == nil { order.append(line.id) }
            let (bytes, _) = try rewrite(shard: kept, path: path, changes: changes, order: order, keepingDamaged: true)
            if bytes != old { try FileSystem.writeAtomically(path, bytes, sync: false, syncDirectory: false) }
        }
    }

    /// A shard whose last line has no newline, when that line is the start of one this record
    /// writes (or only zero bytes): an append the crash cut short, which the redo writes whole.
    /// Anything else after the last newline is kept, as every damaged line is.
    static func cuttingTornTail(_ bytes: [UInt8], written: [WriteAheadLog.Line]) -> [UInt8] {
        guard let last = bytes.last, last != 10 else { return bytes }
        let cut = bytes.lastIndex(of: 10).map { $0 + 1 } ?? 0
        let tail = bytes[cut...]
        let torn = tail.allSatisfy { $0 == 0 } || written.contains { $0.text?.starts(with: tail) ?? false }
        return torn ? Array(bytes[..<cut]) : bytes
    }

    /// Flushes every file the log names and their directories, then empties the log: what it
    /// recorded is on the disk in the files themselves. Under the writers' lock (no record can
    /// be added meanwhile). Before any change that does not go through the log — a bulk one, a
    /// sync, a restore — so that no later replay can set a line back.
    func checkpoint() throws(StoreError) {
        guard let contents = try readLog() else { return }
        try checkpoint(contents)
    }

    func checkpoint(_ contents: WriteAheadLog.Contents) throws(StoreError) {
        var files = Set<String>()
        for r in contents.records {
            for op in r.operations { files.insert("\(root)/\(op.path)") }
        }
        var directories = Set<String>([root])
        for path in files.sorted() {
            try FileSystem.flush(path)
            directories.insert(FileSystem.parentOf(path))
        }
        for dir in directories.sorted() where FileSystem.isDirectory(dir) { try FileSystem.fsyncDirectory(dir) }
        try FileSystem.truncate(logPath, to: 0)
    }
}
