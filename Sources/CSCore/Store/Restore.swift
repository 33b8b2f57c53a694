#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `cs restore`: the backup is checked against its manifest, copied into a staging directory
/// inside the data directory, and then switched in under the lock by renames recorded in the
/// undo record: the current entries move to a side directory (which becomes the safety copy),
/// the staged ones move in, and removing the undo record commits. A kill at any instant
/// leaves the old directory or the new one, whole: the next command rolls an unfinished
/// switch back, entry by entry.
extension Store {
    public struct RestoreResult: Sendable {
        public var files: Int
        /// Where the replaced data now lives (a complete data directory), if there was any.
        public var savedTo: String?
        public var verified: Bool
    }

    /// Replaces this data directory's records with the backup's. Refused when the directory
    /// holds data unless `force`; refused when the backup does not match its manifest unless
    /// `unverified`.
    public func restore(
        from source: String, force: Bool, unverified: Bool, clerk: String,
        clock: Clock
    ) throws -> RestoreResult {
        let backup = Store(root: source)
        try backup.requireInitialized()
        var files: [String]
        var verified = true
        do throws(StoreError) { files = try Store.verifiedFiles(of: source) } catch {
            guard unverified else { throw error }
            files = backup.dataFiles().filter { $0 != Store.manifestName }
            verified = false
        }
        // A backup's own working files are never taken (a redo log would be replayed over it).
        files.removeAll { Store.ownFiles.contains($0) }
        if !Store.isEmptyOrAbsent(root) && !force { throw StoreError.notEmpty(path: root) }
        guard isInitialized else {
            try restoreIntoNew(files: files, from: source)
            try journalRestore(source: source, savedTo: nil, verified: verified, clerk: clerk, clock: clock)
            return RestoreResult(files: files.count, savedTo: nil, verified: verified)
        }
        let saved = try withLock(clerk: clerk, clock: clock) { () throws -> String in
            let id = "\(clock.now.epochSeconds)-\(getpid())"
            let staging = ".restore-\(id)"
            // The log's changes are in the files, flushed, before the files are set aside.
            try checkpoint()
            try Store.copyTree(files: files, from: source, to: "\(root)/\(staging)")
            let aside = try FileSystem.makeUniqueDirectory(base: "\(root).before-restore-\(clock.now.compactStamp)")
            var undo = UndoRecord(txn: id)
            undo.restore = UndoRecord.RestoreSwitch(
                staging: staging, aside: aside, old: switchedEntries(root),
                new: FileSystem.list("\(root)/\(staging)"))
            try committing { () throws(StoreError) in
                try switchIn(
                    undo, source: source, verified: verified,
                    clerk: clerk, clock: clock)
            }
            FileSystem.removeTree("\(root)/\(staging)")
            return aside
        }
        return RestoreResult(files: files.count, savedTo: saved, verified: verified)
    }

    /// Under the exclusive commit lock: the undo record, the switch, the journal line, and the
    /// undo record's removal as the commit point.
    func switchIn(_ undo: UndoRecord, source: String, verified: Bool, clerk: String, clock: Clock) throws(StoreError) {
        guard let restore = undo.restore else { return }
        try underUndoRecord(undo.encoded(root: root) { _, _, _ in "" }) { () throws(StoreError) in
            try switchEntries(restore)
            try appendJournal([
                restoreEntry(
                    source: source, savedTo: restore.aside, verified: verified, clerk: clerk,
                    clock: clock)
            ])
        }
    }

    /// The top-level entries a restore switches: everything but the lock, the undo record and
    /// hidden names (staging, temp files).
    func switchedEntries(_ dir: String) -> [String] {
        FileSystem.list(dir).filter { !$0.hasPrefix(".") && !Store.ownFiles.contains($0) }
    }

    /// Old entries out to the side directory, then the staged ones in.
    func switchEntries(_ s: UndoRecord.RestoreSwitch) throws(StoreError) {
        for name in s.old {
            try FileSystem.rename("\(root)/\(name)", to: "\(s.aside)/\(name)", faults: faults)
        }
        for name in s.new {
            try FileSystem.rename("\(root)/\(s.staging)/\(name)", to: "\(root)/\(name)", faults: faults)
        }
        try FileSystem.fsyncDirectory(s.aside)
        try FileSystem.fsyncDirectory(root)
    }

    /// Undoes an unfinished switch, whatever step it reached: a new entry that moved in goes
    /// back to staging, an old entry that moved out comes back; then staging is removed.
    func rollBackSwitch(_ s: UndoRecord.RestoreSwitch) -> [String] {
        var failures = [String]()
        let staging = "\(root)/\(s.staging)"
        let old = Set(s.old)
        for name in s.new where FileSystem.exists("\(root)/\(name)") {
            // Present in the root and either not an old name or the old one already moved out:
            // it is the new one.
            guard !old.contains(name) || FileSystem.exists("\(s.aside)/\(name)") else { continue }
            do throws(StoreError) { try FileSystem.rename("\(root)/\(name)", to: "\(staging)/\(name)") } catch {
                failures.append(error.summary)
            }
        }
        for name in s.old where FileSystem.exists("\(s.aside)/\(name)") {
            do throws(StoreError) { try FileSystem.rename("\(s.aside)/\(name)", to: "\(root)/\(name)") } catch {
                failures.append(error.summary)
            }
        }
        guard failures.isEmpty else { return failures }
        FileSystem.removeTree(staging)
        rmdir(s.aside)
        do throws(StoreError) { try FileSystem.fsyncDirectory(root) } catch { failures.append(error.summary) }
        return failures
    }

    /// A directory that does not exist yet (or is empty) is built beside and renamed into
    /// place: a kill leaves no half-restored directory where cs would look.
    func restoreIntoNew(files: [String], from source: String) throws(StoreError) {
        let staging = "\(root).restore-\(getpid())"
        FileSystem.removeTree(staging)
        try Store.copyTree(files: files, from: source, to: staging)
        if FileSystem.isDirectory(root) { rmdir(root) }
        try FileSystem.rename(staging, to: root)
        try FileSystem.fsyncDirectory(FileSystem.parentOf(root))
    }

    func restoreEntry(source: String, savedTo: String?, verified: Bool, clerk: String, clock: Clock) -> JournalEntry {
        var after = JSONObject()
        after.add("restoredFrom", source)
        after.add("verified", verified)
        after.add("previousDataIn", savedTo)
        return JournalEntry(
            at: clock.now, clerk: clerk, command: "restore", kind: "file", id: "data directory",
            action: "restore", before: nil, after: after,
            transaction: "\(clock.now.epochSeconds)-\(getpid())")
    }

    func journalRestore(source: String, savedTo: String?, verified: Bool, clerk: String, clock: Clock) throws {
        try withLock(clerk: clerk, clock: clock) { () throws in
            try appendJournal([
                restoreEntry(
                    source: source, savedTo: savedTo, verified: verified, clerk: clerk,
                    clock: clock)
            ])
        }
    }
}
