#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Taking back a change that did not commit: at once after a failure, or by the next holder
/// of the lock after a crash.
extension Store {
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
        var steps = RollbackSteps()
        if let s = undo.restore {
            if steps.attempt({ () throws(StoreError) in try FileSystem.makeDirectory("\(root)/\(s.staging)") }) {
                steps.failures += rollBackSwitch(s)
            }
        }
        restoreLines(undo.records, &steps)
        for path in undo.created {
            steps.attempt { () throws(StoreError) in try FileSystem.remove(path) }
            steps.touched(FileSystem.parentOf(path))
        }
        restoreFiles(undo.files, &steps)
        for dir in steps.directories where FileSystem.isDirectory(dir) {
            steps.attempt { () throws(StoreError) in try FileSystem.fsyncDirectory(dir) }
        }
        for a in undo.appended {
            steps.attempt { () throws(StoreError) in try FileSystem.truncate(a.path, to: a.size) }
        }
        // A file a sync replaced whole gets its old inode back (a rename: atomic, no copy).
        for k in undo.kept where FileSystem.exists(k.keep) {
            steps.attempt { () throws(StoreError) in
                if faults.failsRollback {
                    throw StoreError.io(path: k.path, operation: "rename", reason: "injected fault")
                }
                try FileSystem.rename(k.keep, to: k.path)
                // Not yet replaced, the file and its keep are one inode: rename(2) does nothing.
                if FileSystem.exists(k.keep) { try FileSystem.remove(k.keep) }
                try FileSystem.fsyncDirectory(FileSystem.parentOf(k.path))
            }
        }
        for o in undo.overwritten {
            steps.attempt { () throws(StoreError) in
                if faults.failsRollback {
                    throw StoreError.io(path: o.path, operation: "write", reason: "injected fault")
                }
                try FileSystem.overwrite(o.path, o.writes)
            }
        }
        if let j = undo.journal {
            steps.attempt { () throws(StoreError) in try FileSystem.truncate(j.path, to: j.size) }
        }
        return steps.failures
    }

    /// What a rollback tried and could not do, and the directories whose entries it changed
    /// (flushed once each, at the end).
    struct RollbackSteps {
        var failures: [String] = []
        var directories: [String] = []

        /// Whether the step succeeded; its failure is kept and the rollback goes on.
        @discardableResult
        mutating func attempt(_ step: () throws(StoreError) -> Void) -> Bool {
            do throws(StoreError) {
                try step()
                return true
            } catch {
                failures.append(error.summary)
                return false
            }
        }

        mutating func touched(_ directory: String) {
            if !directories.contains(directory) { directories.append(directory) }
        }
    }

    /// Each shard the change rewrote gets its replaced lines back (and loses the lines it added).
    func restoreLines(_ records: [UndoRecord.LineChange], _ steps: inout RollbackSteps) {
        var edits = ShardEdits()
        for r in records {
            let path = shardPath(kind: r.kind, shardCount: r.shards, key: r.key)
            let i = edits.index(of: path) { ShardEdit(kind: r.kind, shards: r.shards, key: r.key) }
            // updateValue, not subscript: assigning nil would drop the key, and an inserted line
            // (old == nil) must be removed, not left in place.
            edits.all[i].edit.changes.updateValue(r.old, forKey: r.id)
            edits.all[i].edit.order.append(r.id)
        }
        for (path, edit) in edits.all {
            let restored = steps.attempt { () throws(StoreError) in
                if faults.failWrite(path + "#rollback") {
                    throw StoreError.io(path: path, operation: "write", reason: "injected fault")
                }
                let old = try FileSystem.read(path) ?? []
                let (restored, _) = try rewrite(
                    shard: old, path: path, changes: edit.changes, order: edit.order, keepingDamaged: true)
                try FileSystem.writeAtomically(path, restored, syncDirectory: false)
            }
            if restored { steps.touched(FileSystem.parentOf(path)) }
        }
    }

    /// Whole files get their old bytes back; a file the change created (a sync's new shard or
    /// photo) goes again.
    func restoreFiles(_ files: [(path: String, old: [UInt8]?)], _ steps: inout RollbackSteps) {
        for f in files {
            let path = "\(root)/\(f.path)"
            guard let old = f.old else {
                steps.attempt { () throws(StoreError) in
                    if FileSystem.exists(path) { try FileSystem.remove(path) }
                }
                continue
            }
            steps.attempt { () throws(StoreError) in try FileSystem.writeAtomically(path, old, syncDirectory: false) }
            steps.touched(root)
        }
    }
}
