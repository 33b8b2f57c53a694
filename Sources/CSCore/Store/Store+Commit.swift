#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The commit protocol: one lock, one undo record, atomic file replacement.
extension Store {
    /// Runs `body` under the lock and commits what it changed, all or nothing.
    public func change<T>(
        clerk: String, command: String, clock: Clock,
        _ body: (inout Transaction) throws -> T
    ) throws -> T {
        try withLock(clerk: clerk, clock: clock) { () throws -> T in
            try inTransaction(clerk: clerk, command: command, clock: clock, body)
        }
    }

    /// Holds the lock for `body`, after finishing whatever a dead holder left: its temp files
    /// and its interrupted change.
    func withLock<T>(clerk: String, clock: Clock, _ body: () throws -> T) throws -> T {
        try withLock(
            holder: "pid \(getpid()), clerk \(clerk), since \(Clock.system(offset: clock.now.offset).now.iso)", body)
    }

    func withLock<T>(holder: String, _ body: () throws -> T) throws -> T {
        try requireInitialized()
        readView?.enterWriter()
        defer { readView?.exitWriter() }
        let lock = try DirectoryLock.acquire(
            path: lockPath, holder: holder,
            timeoutMilliseconds: lockTimeoutMilliseconds)
        defer { lock.release() }
        try tidy(after: lock)
        return try body()
    }

    /// What the holder of `cs.lock` does first: finish what a dead holder left — its temp files,
    /// its interrupted change, a restore's staging killed before its undo record.
    func tidy(after lock: DirectoryLock) throws(StoreError) {
        if lock.previousHolderDied { sweepTemporaryFiles() }
        // Under the lock, before this holder stages anything: any staging here is a dead one's.
        for name in FileSystem.list(root) where name.hasPrefix(".tmp-") && name.hasSuffix("-spill") {
            FileSystem.removeTree("\(root)/\(name)")
        }
        try recoverUnderCommitLock()
        guard lock.previousHolderDied else { return }
        for name in FileSystem.list(root) where name.hasPrefix(".restore-") {
            FileSystem.removeTree("\(root)/\(name)")
        }
    }

    func inTransaction<T>(
        clerk: String, command: String, clock: Clock,
        _ body: (inout Transaction) throws -> T
    ) throws -> T {
        var txn = Transaction(
            store: self, clock: clock, clerk: clerk, command: command,
            id: "\(clock.now.epochSeconds)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer { txn.spill?.discard() }
        let result = try body(&txn)
        #if DEBUG
            if faults.holdLockMilliseconds > 0 { usleep(UInt32(faults.holdLockMilliseconds * 1000)) }
        #endif
        try commit(txn)
        return result
    }

    /// One shard's pending line changes, grouped for a one-pass rewrite.
    struct ShardEdit {
        var kind: String
        var shards: Int
        var key: String
        var changes: [String: [UInt8]?] = [:]
        var order: [String] = []
        /// Every line is new to the data directory: the shard can be appended to.
        var allNew = true
        /// New lines staged on disk by a bulk change (`Transaction+Spill`), written before
        /// the ones in `changes`.
        var staged: String?

        /// The lines written, in order, each ending in a newline (removals have nothing to add).
        func newLines() -> [UInt8] {
            var bytes = [UInt8]()
            for id in order {
                guard let line = changes[id] ?? nil else { continue }
                bytes.append(contentsOf: line)
                bytes.append(10)
            }
            return bytes
        }

        /// Takes the staged lines into `changes` (before the pending ones, which came later and
        /// win): when a staged record was written again, or the shard must be rewritten.
        mutating func unstage(_ spill: SpillArea?, path: String) throws(StoreError) {
            guard staged != nil, let spill else { return }
            staged = nil
            var merged = [String: [UInt8]?]()
            var mergedOrder = [String]()
            for (id, line) in try spill.lines(path) where merged.updateValue(line, forKey: id) == nil {
                mergedOrder.append(id)
            }
            for id in order {
                if merged.updateValue(changes[id] ?? nil, forKey: id) == nil { mergedOrder.append(id) }
            }
            changes = merged
            order = mergedOrder
        }
    }

    /// Commits under the lock. First the undo record (`txn.json`: the old text of every line
    /// the change replaces and the journal's length) is made durable; then the shards are
    /// rewritten and the journal appended; removing `txn.json` (durably) is the commit point. A
    /// failure part-way rolls back at once; a crash part-way is rolled back by the next command
    /// that takes the lock, so a change is either wholly there or wholly absent, and never
    /// lands after its command reported failure.
    func commit(_ txn: Transaction) throws(StoreError) {
        guard !txn.isEmpty else { return }
        let throughLog = commitsThroughLog(txn)
        // A change that does not go through the log writes files a later replay must not set back.
        if !throughLog { try checkpoint() }
        var order: [String] = []
        var byShard: [String: ShardEdit] = [:]
        for c in txn.recordChanges {
            let path = shardPath(kind: c.kind, shardCount: c.shardCount, key: c.shardKey)
            if byShard[path] == nil {
                order.append(path)
                byShard[path] = ShardEdit(kind: c.kind, shards: c.shardCount, key: c.shardKey)
            }
            // In place through the defaulted subscript: `byShard[path]!.…` copied the shard's
            // whole change set on every insert (quadratic in a 100k-row import).
            let empty = ShardEdit(kind: c.kind, shards: c.shardCount, key: c.shardKey)
            if byShard[path, default: empty].changes.updateValue(c.line, forKey: c.id) == nil {
                byShard[path, default: empty].order.append(c.id)
            }
            if !c.isNew { byShard[path, default: empty].allNew = false }
        }
        if let spill = txn.spill {
            for (path, s) in spill.shards.sorted(by: { $0.key < $1.key }) {
                if byShard[path] == nil {
                    order.append(path)
                    byShard[path] = ShardEdit(kind: s.kind, shards: s.shardCount, key: s.shardKey)
                }
                byShard[path]!.staged = s.file
                // A staged record written again since: the shard's lines are merged in memory.
                let maybe = byShard[path]!.order.filter {
                    spill.keys.mayContain(Transaction.key(s.kind, $0).hashValue)
                }
                if !maybe.isEmpty, !Set(try spill.lines(path).map(\.id)).isDisjoint(with: maybe) {
                    try byShard[path]!.unstage(spill, path: path)
                }
            }
        }
        // A staged change goes through its shards in path order: staged lines are read a bucket of
        // neighbouring shards at a time.
        if txn.spill != nil { order.sort() }
        var rewrites: [(path: String, edit: ShardEdit)] = []
        var appends: [(path: String, staged: String?, bytes: [UInt8])] = []
        var undo = UndoRecord(txn: txn.id)
        // A shard a sync replaced whole and then changed again: rewritten from the new bytes
        // (its reads' cache), never appended to the old file.
        let replaced = Set(txn.files.map { "\(root)/\($0.path)" })
        for path in order {
            var edit = byShard[path]!
            let size = replaced.contains(path) ? nil : FileSystem.size(path)
            let appendable = size.map { FileSystem.endsWithNewline(path, size: $0) } ?? false
            // Only new lines, to a shard that ends in a newline: append them (the shard's old
            // length goes in the undo record) instead of reading and rewriting the whole shard —
            // a long history costs an earn nothing.
            if edit.allNew && edit.staged == nil && appendable, let size {
                let bytes = edit.newLines()
                if !bytes.isEmpty {
                    appends.append((path, nil, bytes))
                    undo.appended.append((path, Int64(size)))
                }
                continue
            }
            // Only what the undo record needs now (the old text of the lines replaced); the new
            // shard is built and written one at a time once the record is durable, so a bulk
            // load never holds every new shard at once.
            let existing = try peek(path, txn.cache)
            // A shard this change creates is simply removed on rollback (keeps a bulk load's
            // undo record small); its staged lines are copied in as it is written.
            guard let existing else {
                rewrites.append((path, edit))
                undo.created.append(path)
                continue
            }
            if replaced.contains(path) {
                rewrites.append((path, edit))
                continue
            }
            // A bulk change whose records turn out to be new to this shard appends too.
            var ids = Set(edit.order)
            if edit.staged != nil { ids.formUnion(try txn.spill?.lines(path).map(\.id) ?? []) }
            if appendable, let size, !Shards.holdsAny(existing, of: ids) {
                appends.append((path, edit.staged, edit.newLines()))
                undo.appended.append((path, Int64(size)))
                continue
            }
            // An existing shard rewritten: each staged id goes in the undo record.
            try edit.unstage(txn.spill, path: path)
            // Checked to parse either way (a damaged line is never replaced); only the undo
            // record keeps their text — the log's rollback renames the old inode back instead.
            let replaced = try replacedLines(shard: existing, path: path, changes: edit.changes)
            rewrites.append((path, edit))
            for id in edit.order where !throughLog {
                undo.records.append(
                    UndoRecord.LineChange(
                        kind: edit.kind, shards: edit.shards, key: edit.key, id: id,
                        old: replaced[id]))
            }
        }
        var files: [(path: String, bytes: [UInt8])] = []
        for f in txn.files {
            let path = "\(root)/\(f.path)"
            guard txn.merged.contains(f.path) else {
                undo.files.append((f.path, try FileSystem.read(path)))
                files.append(f)
                continue
            }
            let rewritten = rewrites.contains { $0.path == path }
            // A merged shard that only grew (ours first, theirs after) is appended to.
            if !rewritten, FileSystem.parentOf(path) != journalDirectory, path.hasSuffix(".jsonl"),
                let old = try FileSystem.read(path), old.last == 10, f.bytes.count > old.count,
                Shards.same(f.bytes[0..<old.count], old[...])
            {
                appends.append((path, nil, Array(f.bytes[old.count...])))
                undo.appended.append((path, Int64(old.count)))
                continue
            }
            if FileSystem.exists(path) {
                let keep = "\(root)/.tmp-\(getpid())-keep-\(undo.kept.count)"
                try FileSystem.link(path, to: keep)
                undo.kept.append((path, keep))
            } else {
                undo.files.append((f.path, nil))
            }
            if !rewritten { files.append(f) }
        }
        if let at = txn.journalAt {
            let journalFile = journalPath(for: at)
            undo.journal = (journalFile, Int64(FileSystem.size(journalFile) ?? 0))
        }
        if throughLog {
            let record = logRecord(
                txn, shards: order.map { ($0, byShard[$0]!) }, files: files,
                journalSize: undo.journal?.size)
            // A shard rewritten keeps its old inode under a second name until the change is
            // written: taking the change back is then a rename, which needs no free space.
            for r in rewrites where !undo.created.contains(r.path) {
                undo.kept.append((r.path, "\(root)/.tmp-\(getpid())-keep-\(undo.kept.count)"))
            }
            try committing { () throws(StoreError) in
                try commitThroughLog(record, undo: undo) { () throws(StoreError) in
                    for k in undo.kept { try FileSystem.link(k.path, to: k.keep) }
                    try write(rewrites, appends, files, txn)
                }
            }
            for k in undo.kept { try? FileSystem.remove(k.keep) }
            return
        }
        let record = undo.encoded(root: root) { shardPath(kind: $0, shardCount: $1, key: $2) }
        let written =
            rewrites.map(\.path) + appends.map(\.path) + files.map { "\(root)/\($0.path)" }
            + (txn.journalAt.map { [journalPath(for: $0)] } ?? [])
        try committing { () throws(StoreError) in
            try underUndoRecord(record, flushing: written) { () throws(StoreError) in
                try write(rewrites, appends, files, txn)
            }
        }
        for k in undo.kept { try? FileSystem.remove(k.keep) }
    }

    /// A change's files, journal included, written without a flush: the redo log's record or
    /// the undo record's final flush makes them durable.
    func write(
        _ rewrites: [(path: String, edit: ShardEdit)],
        _ appends: [(path: String, staged: String?, bytes: [UInt8])],
        _ files: [(path: String, bytes: [UInt8])], _ txn: Transaction
    ) throws(StoreError) {
        try apply(rewrites, cache: txn.cache, files: files, spill: txn.spill, sync: false)
        for a in appends {
            if faults.failWrite(a.path) {
                throw StoreError.io(path: a.path, operation: "write", reason: "injected fault")
            }
            let staged = a.staged != nil ? try txn.spill?.content(a.path) ?? [] : []
            try FileSystem.append(a.path, staged + a.bytes, sync: false)
        }
        if let at = txn.journalAt {
            let staged = txn.spill.flatMap { $0.hasJournal ? $0.journal : nil }
            try appendJournal(txn.journalLines, at: at, staged: staged, sync: false)
        }
    }

    /// The protocol every change follows, a commit or a restore's switch: the undo record is
    /// made durable, `body` changes the files, and removing the record commits. A failure
    /// part-way is rolled back at once; if even that fails, the error says so (the record
    /// stays and the next command finishes the rollback) — "nothing was changed" would be a lie.
    ///
    /// `flushing`: the files `body` wrote without a flush, flushed (with their directories) after
    /// it and before the record's removal commits — a bulk change's shards are written
    /// back by the kernel meanwhile, not one flush at a time.
    func underUndoRecord(
        _ record: [UInt8], flushing written: [String] = [],
        _ body: () throws(StoreError) -> Void
    ) throws(StoreError) {
        try FileSystem.writeAtomically(transactionPath, record, faults: faults)
        do throws(StoreError) {
            try body()
            var directories = Set<String>([root])
            for path in written {
                try FileSystem.flush(path)
                directories.insert(FileSystem.parentOf(path))
            }
            for dir in directories.sorted() where FileSystem.isDirectory(dir) { try FileSystem.fsyncDirectory(dir) }
            if faults.failWrite(transactionPath + "#commit") {
                throw StoreError.io(path: transactionPath, operation: "remove", reason: "injected fault")
            }
            try FileSystem.remove(transactionPath)
            try FileSystem.fsyncDirectory(root)
        } catch {
            #if DEBUG
                if faults.abandonOnFault { throw error }
            #endif
            do throws(StoreError) { try recover() } catch let rollback {
                throw StoreError.rollbackIncomplete(
                    path: transactionPath, cause: error.summary,
                    rollback: rollback.summary)
            }
            throw error
        }
    }

    /// Builds and writes each new shard in turn, then the files (each atomically), then syncs
    /// their directories once (or leaves every flush to the caller's batch).
    func apply(
        _ shards: [(path: String, edit: ShardEdit)], cache: ShardCache?,
        files: [(path: String, bytes: [UInt8])], spill: SpillArea? = nil,
        sync: Bool = true
    ) throws(StoreError) {
        var directories: [String] = []
        for shard in shards {
            let dir = FileSystem.parentOf(shard.path)
            try FileSystem.makeDirectory(dir)
            let existing = try peek(shard.path, cache)
            var (bytes, _) = try rewrite(
                shard: existing ?? [], path: shard.path, changes: shard.edit.changes,
                order: shard.edit.order)
            // Staged lines are new ids: a created shard holds them first, as they were made.
            if shard.edit.staged != nil, let spill {
                bytes = try spill.content(shard.path) + bytes
            }
            try FileSystem.writeAtomically(shard.path, bytes, sync: sync, syncDirectory: false, faults: faults)
            if !directories.contains(dir) { directories.append(dir) }
        }
        let rewritten = Set(shards.map(\.path))
        for f in files where !rewritten.contains("\(root)/\(f.path)") {
            let path = "\(root)/\(f.path)"
            let dir = FileSystem.parentOf(path)
            try FileSystem.makeDirectory(dir)
            try FileSystem.writeAtomically(path, f.bytes, sync: sync, syncDirectory: false, faults: faults)
            if !directories.contains(dir) { directories.append(dir) }
        }
        for dir in directories where sync { try FileSystem.fsyncDirectory(dir) }
    }

    /// Moves an undo record (or a redo log) that cannot be trusted to
    /// `txn.json.damaged-<time>[-N]` (`cs.wal.damaged-…`), kept for a person to read, so that
    /// changes can go on; returns where it went, or nil when there was none or it was sound.
    /// Under the lock, like any change.
    public func setAsideDamagedUndoRecord(clerk: String, clock: Clock) throws -> String? {
        try requireInitialized()
        let holder = "pid \(getpid()), clerk \(clerk), since \(clock.now.iso)"
        let lock = try DirectoryLock.acquire(
            path: lockPath, holder: holder,
            timeoutMilliseconds: lockTimeoutMilliseconds)
        defer { lock.release() }
        let commit = try DirectoryLock.acquire(
            path: commitLockPath, holder: nil,
            timeoutMilliseconds: lockTimeoutMilliseconds)
        defer { commit.release(clearingHolder: false) }
        var damaged: String?
        do throws(StoreError) {
            if let bytes = try FileSystem.read(transactionPath) { _ = try UndoRecord.decode(bytes, store: self) }
            _ = try readLog()
        } catch {
            guard case .undoRecordDamaged(let path, _) = error else { throw error }
            damaged = path
        }
        guard let damaged else { return nil }
        let base = "\(damaged).damaged-\(clock.now.compactStamp)"
        for n in 1...10_000 {
            let target = n == 1 ? base : "\(base)-\(n)"
            // link, then unlink: never replaces an earlier side copy.
            if link(damaged, target) == 0 {
                try FileSystem.remove(damaged)
                try FileSystem.fsyncDirectory(root)
                return target
            }
            guard errno == EEXIST else { throw FileSystem.ioError(target, "link") }
        }
        throw StoreError.io(path: base, operation: "link", reason: "too many side copies")
    }

    /// Removes the temp files a killed writer left. Only called under the lock, when the lock
    /// file shows its previous holder died holding it: then no temp file belongs to anyone.
    func sweepTemporaryFiles() {
        func sweep(_ dir: String) {
            // A dead sync's kept files are its rollback's: recover() puts them back first.
            let rollingBack = FileSystem.exists(transactionPath)
            for name in FileSystem.list(dir) where !(rollingBack && name.contains("-keep-")) {
                let path = "\(dir)/\(name)"
                if name.hasPrefix(".tmp-") {
                    FileSystem.removeTree(path)  // a file, or a bulk change's staging directory
                } else if FileSystem.isDirectory(path) {
                    sweep(path)
                }
            }
        }
        sweep(root)
    }

    /// Rolls back a change that a crash or a failure interrupted: the lines it touched get
    /// their old text back, the journal its old length. Idempotent, so a crash during the
    /// rollback is finished by the next one. Every step is tried even when one fails, and the
    /// undo record is removed only when all succeeded; the error names each step that failed.
    func recover() throws(StoreError) {
        guard let bytes = try FileSystem.read(transactionPath) else { return }
        let undo = try UndoRecord.decode(bytes, store: self)
        if undo.redo {
            // A change through the log, committed when its record was flushed: finished, not undone.
            try replayLog()
            // Its writer's second names of the shards it rewrote (under the lock, nobody else's).
            for name in FileSystem.list(root) where name.hasPrefix(".tmp-") && name.contains("-keep-") {
                try FileSystem.remove("\(root)/\(name)")
            }
        } else {
            let failures = rollBack(undo)
            guard failures.isEmpty else {
                throw StoreError.rollbackIncomplete(
                    path: transactionPath, cause: nil,
                    rollback: failures.joined(separator: "; "))
            }
        }
        try FileSystem.remove(transactionPath)
        try FileSystem.fsyncDirectory(root)
    }

    /// Puts back what `undo` names, trying every step even when one fails; returns the steps
    /// that failed (none: the files are as they were before the change).
    func rollBack(_ undo: UndoRecord) -> [String] {
        var failures = [String]()
        if let s = undo.restore {
            do throws(StoreError) {
                try FileSystem.makeDirectory("\(root)/\(s.staging)")
                failures += rollBackSwitch(s)
            } catch { failures.append(error.summary) }
        }
        var directories = [String]()
        var byShard: [String: ShardEdit] = [:]
        var order: [String] = []
        for r in undo.records {
            let path = shardPath(kind: r.kind, shardCount: r.shards, key: r.key)
            if byShard[path] == nil {
                order.append(path)
                byShard[path] = ShardEdit(kind: r.kind, shards: r.shards, key: r.key)
            }
            // updateValue, not subscript: assigning nil would drop the key, and an inserted line
            // (old == nil) must be removed, not left in place.
            byShard[path]!.changes.updateValue(r.old, forKey: r.id)
            byShard[path]!.order.append(r.id)
        }
        for path in order {
            do throws(StoreError) {
                if faults.failWrite(path + "#rollback") {
                    throw StoreError.io(path: path, operation: "write", reason: "injected fault")
                }
                let old = try FileSystem.read(path) ?? []
                let edit = byShard[path]!
                let (restored, _) = try rewrite(
                    shard: old, path: path, changes: edit.changes, order: edit.order,
                    keepingDamaged: true)
                try FileSystem.writeAtomically(path, restored, syncDirectory: false)
                let dir = FileSystem.parentOf(path)
                if !directories.contains(dir) { directories.append(dir) }
            } catch { failures.append(error.summary) }
        }
        for path in undo.created {
            do throws(StoreError) { try FileSystem.remove(path) } catch { failures.append(error.summary) }
            let dir = FileSystem.parentOf(path)
            if !directories.contains(dir) { directories.append(dir) }
        }
        for f in undo.files {
            // A file the change created (a sync's new shard or photo) goes again.
            guard let old = f.old else {
                do throws(StoreError) {
                    if FileSystem.exists("\(root)/\(f.path)") { try FileSystem.remove("\(root)/\(f.path)") }
                } catch { failures.append(error.summary) }
                continue
            }
            do throws(StoreError) {
                try FileSystem.writeAtomically("\(root)/\(f.path)", old, syncDirectory: false)
            } catch { failures.append(error.summary) }
            if !directories.contains(root) { directories.append(root) }
        }
        for dir in directories where FileSystem.isDirectory(dir) {
            do throws(StoreError) { try FileSystem.fsyncDirectory(dir) } catch { failures.append(error.summary) }
        }
        for a in undo.appended {
            do throws(StoreError) { try FileSystem.truncate(a.path, to: a.size) } catch {
                failures.append(error.summary)
            }
        }
        // A file a sync replaced whole gets its old inode back (a rename: atomic, no copy).
        for k in undo.kept where FileSystem.exists(k.keep) {
            do throws(StoreError) {
                if faults.failsRollback {
                    throw StoreError.io(path: k.path, operation: "rename", reason: "injected fault")
                }
                try FileSystem.rename(k.keep, to: k.path)
                // Not yet replaced, the file and its keep are one inode: rename(2) does nothing.
                if FileSystem.exists(k.keep) { try FileSystem.remove(k.keep) }
                try FileSystem.fsyncDirectory(FileSystem.parentOf(k.path))
            } catch { failures.append(error.summary) }
        }
        if let j = undo.journal {
            do throws(StoreError) {
                try FileSystem.truncate(j.path, to: j.size)
            } catch { failures.append(error.summary) }
        }
        return failures
    }

    /// A shard's bytes as this transaction read them, else from disk without keeping them.
    func peek(_ path: String, _ cache: ShardCache?) throws(StoreError) -> [UInt8]? {
        if let hit = cache?.files[path] { return hit }
        return try FileSystem.read(path)
    }

    /// The old text of every line of the shard that `changes` replaces or removes, each checked
    /// to parse (a damaged line is never replaced).
    func replacedLines(
        shard old: [UInt8], path: String,
        changes: [String: [UInt8]?]
    ) throws(StoreError) -> [String: [UInt8]] {
        var replaced = [String: [UInt8]]()
        for (n, range) in Shards.lines(old).enumerated() {
            if let id = Shards.lineID(old, range), changes[id] != nil, replaced[id] == nil {
                _ = try parseObject(old, range, path: path, line: n + 1)
                replaced[id] = Array(old[range])
            }
        }
        return replaced
    }

    /// The shard with the given lines replaced (or removed, for nil), and new ids appended in
    /// `order`; one pass over the old lines. Returns the old text of every line replaced. Lines
    /// that do not parse are kept byte for byte (nothing is ever thrown away); replacing one is
    /// refused unless rolling back.
    func rewrite(
        shard old: [UInt8], path: String, changes: [String: [UInt8]?], order: [String],
        keepingDamaged: Bool = false
    ) throws(StoreError) -> (bytes: [UInt8], replaced: [String: [UInt8]]) {
        var out = [UInt8]()
        out.reserveCapacity(old.count + changes.count * 400)
        var replaced = [String: [UInt8]]()
        for (n, range) in Shards.lines(old).enumerated() {
            if let id = Shards.lineID(old, range), let change = changes[id], replaced[id] == nil {
                if !keepingDamaged { _ = try parseObject(old, range, path: path, line: n + 1) }
                replaced[id] = Array(old[range])
                if let line = change {
                    out.append(contentsOf: line)
                    out.append(10)
                }
            } else {
                out.append(contentsOf: old[range])
                out.append(10)
            }
        }
        for id in order where replaced[id] == nil {
            if let line = changes[id] ?? nil {
                out.append(contentsOf: line)
                out.append(10)
            }
        }
        return (out, replaced)
    }
}
