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
        let edits = try shardEdits(txn)
        var plan = try plan(edits, txn, throughLog: throughLog)
        try planFiles(txn, &plan)
        if let at = txn.journalAt {
            let journalFile = journalPath(for: at)
            plan.undo.journal = (journalFile, Int64(FileSystem.size(journalFile) ?? 0))
        }
        if throughLog {
            let record = logRecord(txn, shards: edits.all, files: plan.files, journalSize: plan.undo.journal?.size)
            var logged = plan
            try committing { () throws(StoreError) in
                // An export that pinned its shards reads them after letting go of the lock: it
                // must find the bytes it pinned, so while one runs, shards are rewritten.
                if !logged.overwrites.isEmpty, try pinnedByReaders() { logged.rewriteInstead() }
                // A shard rewritten keeps its old inode under a second name until the change is
                // written: taking the change back is then a rename, which needs no free space.
                for r in logged.rewrites where !logged.undo.created.contains(r.path) {
                    logged.undo.kept.append((r.path, "\(root)/.tmp-\(getpid())-keep-\(logged.undo.kept.count)"))
                }
                try commitThroughLog(record, undo: logged.undo) { () throws(StoreError) in
                    for k in logged.undo.kept { try FileSystem.link(k.path, to: k.keep) }
                    try write(logged, txn)
                }
            }
            plan = logged
        } else {
            let record = plan.undo.encoded(root: root) { shardPath(kind: $0, shardCount: $1, key: $2) }
            let written =
                plan.rewrites.map(\.path) + plan.appends.map(\.path) + plan.files.map { "\(root)/\($0.path)" }
                + (txn.journalAt.map { [journalPath(for: $0)] } ?? [])
            let undoable = plan
            try committing { () throws(StoreError) in
                try underUndoRecord(record, flushing: written) { () throws(StoreError) in
                    try write(undoable, txn)
                }
            }
        }
        for k in plan.undo.kept { try? FileSystem.remove(k.keep) }
    }

    /// The change's lines grouped by shard, with the lines a bulk change staged on disk.
    func shardEdits(_ txn: Transaction) throws(StoreError) -> ShardEdits {
        var edits = ShardEdits()
        for c in txn.recordChanges {
            let path = shardPath(kind: c.kind, shardCount: c.shardCount, key: c.shardKey)
            let i = edits.index(of: path) { ShardEdit(kind: c.kind, shards: c.shardCount, key: c.shardKey) }
            if edits.all[i].edit.changes.updateValue(c.line, forKey: c.id) == nil {
                edits.all[i].edit.order.append(c.id)
            }
            if !c.isNew { edits.all[i].edit.allNew = false }
        }
        guard let spill = txn.spill else { return edits }
        for (path, s) in spill.shards.sorted(by: { $0.key < $1.key }) {
            let i = edits.index(of: path) { ShardEdit(kind: s.kind, shards: s.shardCount, key: s.shardKey) }
            edits.all[i].edit.staged = s.file
            // A staged record written again since: the shard's lines are merged in memory.
            let maybe = edits.all[i].edit.order.filter {
                spill.keys.mayContain(Transaction.key(s.kind, $0).hashValue)
            }
            if !maybe.isEmpty, !Set(try spill.lines(path).map(\.id)).isDisjoint(with: maybe) {
                try edits.all[i].edit.unstage(spill, path: path)
            }
        }
        edits.sortByPath()
        return edits
    }

    /// For each shard: append its lines or rewrite it, and what the undo record must keep.
    func plan(_ edits: ShardEdits, _ txn: Transaction, throughLog: Bool) throws(StoreError) -> CommitPlan {
        var plan = CommitPlan(undo: UndoRecord(txn: txn.id))
        // A shard a sync replaced whole and then changed again: rewritten from the new bytes
        // (its reads' cache), never appended to the old file.
        let replaced = Set(txn.files.map { "\(root)/\($0.path)" })
        for (path, edit) in edits.all {
            let size = replaced.contains(path) ? nil : FileSystem.size(path)
            let appendable = size.map { FileSystem.endsWithNewline(path, size: $0) } ?? false
            // Only new lines, to a shard that ends in a newline: append them (the shard's old
            // length goes in the undo record) instead of reading and rewriting the whole shard —
            // a long history costs an earn nothing.
            if edit.allNew && edit.staged == nil && appendable, let size {
                let bytes = edit.newLines()
                if !bytes.isEmpty {
                    plan.appends.append((path, nil, bytes))
                    plan.undo.appended.append((path, Int64(size)))
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
                plan.rewrites.append((path, edit))
                plan.undo.created.append(path)
                continue
            }
            if replaced.contains(path) {
                plan.rewrites.append((path, edit))
                continue
            }
            // A bulk change whose records turn out to be new to this shard appends too.
            var ids = Set(edit.order)
            if edit.staged != nil { ids.formUnion(try txn.spill?.lines(path).map(\.id) ?? []) }
            if appendable, let size, !Shards.holdsAny(existing, of: ids) {
                plan.appends.append((path, edit.staged, edit.newLines()))
                plan.undo.appended.append((path, Int64(size)))
                continue
            }
            try planReplacing(edit, in: existing, path: path, txn, throughLog: throughLog, &plan)
        }
        return plan
    }

    /// An existing shard whose lines are replaced: written in place when nothing moves (through
    /// the log), else rewritten.
    func planReplacing(
        _ planned: ShardEdit, in existing: [UInt8], path: String, _ txn: Transaction, throughLog: Bool,
        _ plan: inout CommitPlan
    ) throws(StoreError) {
        var edit = planned
        // Each staged id goes in the undo record.
        try edit.unstage(txn.spill, path: path)
        // Checked to parse either way (a damaged line is never replaced).
        let old = try replacedLines(shard: existing, path: path, changes: edit.changes)
        if throughLog, let writes = Store.overwrites(edit, of: old) {
            plan.overwrites.append((path, edit, writes))
            let before = writes.map { w in (w.offset, Array(existing[w.offset..<(w.offset + w.bytes.count)])) }
            plan.undo.overwritten.append((path, before))
            return
        }
        plan.rewrites.append((path, edit))
        // Only the undo record keeps the old lines' text — the log's rollback renames the old
        // inode back instead.
        guard !throughLog else { return }
        for id in edit.order {
            plan.undo.records.append(
                UndoRecord.LineChange(
                    kind: edit.kind, shards: edit.shards, key: edit.key, id: id,
                    old: old[id].map { Array(existing[$0]) }))
        }
    }

    /// A change's files, journal included, written without a flush: the redo log's record or
    /// the undo record's final flush makes them durable.
    func write(_ plan: CommitPlan, _ txn: Transaction) throws(StoreError) {
        try apply(plan.rewrites, cache: txn.cache, files: plan.files, spill: txn.spill, sync: false)
        for o in plan.overwrites {
            if faults.failWrite(o.path) {
                throw StoreError.io(path: o.path, operation: "write", reason: "injected fault")
            }
            try FileSystem.overwrite(o.path, o.writes)
        }
        for a in plan.appends {
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

}
