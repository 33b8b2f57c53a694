#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `cs backup` and `cs restore`: a consistent copy taken under the lock (no change can be
/// half-way through it), written beside the target and renamed into place, so a backup
/// directory is either complete or absent.
extension Store {
    /// Every file of the data directory worth copying, relative to the root.
    func dataFiles() -> [String] {
        var out = [String]()
        func walk(_ dir: String, _ prefix: String) {
            for name in FileSystem.list(dir) where !name.hasPrefix(".tmp-") && name != "cs.lock" {
                let path = "\(dir)/\(name)"
                if FileSystem.isDirectory(path) { walk(path, prefix + name + "/") } else { out.append(prefix + name) }
            }
        }
        walk(root, "")
        return out
    }

    static func isEmptyOrAbsent(_ path: String) -> Bool {
        !FileSystem.exists(path) || (FileSystem.isDirectory(path) && FileSystem.list(path).isEmpty)
    }

    /// Copies every file of `from` into a fresh directory `to` (0700, files 0600, fsynced).
    static func copyTree(files: [String], from: String, to: String) throws(StoreError) {
        try FileSystem.makeDirectory(to)
        var dirs = Set<String>([to])
        for rel in files {
            guard let bytes = try FileSystem.read("\(from)/\(rel)") else { continue }
            let target = "\(to)/\(rel)"
            let dir = FileSystem.parentOf(target)
            if !dirs.contains(dir) { try FileSystem.makeDirectory(dir); dirs.insert(dir) }
            try FileSystem.writeAtomically(target, bytes, syncDirectory: false)
        }
        for d in dirs { try FileSystem.fsyncDirectory(d) }
    }

    /// Writes a consistent copy to `directory`, which must not exist or be empty. Returns the
    /// number of files copied.
    public func backup(to directory: String, clerk: String, clock: Clock) throws -> Int {
        var target = directory
        while target.count > 1 && target.hasSuffix("/") { target.removeLast() }
        guard Store.isEmptyOrAbsent(target) else { throw StoreError.notEmpty(path: target) }
        return try change(clerk: clerk, command: "backup", clock: clock) { _ in
            let files = dataFiles()
            let staging = "\(target).tmp-\(getpid())"
            try Store.copyTree(files: files, from: root, to: staging)
            if FileSystem.exists(target) { rmdir(target) }
            guard rename(staging, target) == 0 else { throw FileSystem.ioError(target, "rename") }
            try FileSystem.fsyncDirectory(FileSystem.parentOf(target))
            return files.count
        }
    }

    /// Replaces this data directory's records with the backup's. Refused when the directory
    /// holds data unless `force`; even then the current data is first copied aside to
    /// `<dir>.before-restore-<time>`, so a restore never loses anything.
    public func restore(from source: String, force: Bool, clerk: String, clock: Clock) throws -> (files: Int, savedTo: String?) {
        let backup = Store(root: source)
        try backup.requireInitialized()
        if !Store.isEmptyOrAbsent(root) && !force { throw StoreError.notEmpty(path: root) }
        if !isInitialized {
            // Nothing to lock yet: build the directory from the backup, then take the lock to
            // journal the restore.
            try FileSystem.makeDirectory(root)
            try Store.copyTree(files: backup.dataFiles(), from: source, to: root)
            try change(clerk: clerk, command: "restore", clock: clock) { txn in
                txn.putFile("config.json", try Config.load(from: self).json, summary: (nil, "restored from \(source)"), action: "restore")
            }
            return (backup.dataFiles().count, nil)
        }
        return try change(clerk: clerk, command: "restore", clock: clock) { txn in
            let saved = "\(root).before-restore-\(clock.now.epochSeconds)"
            try Store.copyTree(files: dataFiles(), from: root, to: saved)
            let incoming = backup.dataFiles()
            for rel in dataFiles() where !incoming.contains(rel) && !rel.hasPrefix("journal/") { try FileSystem.remove("\(root)/\(rel)") }
            try Store.copyTree(files: incoming, from: source, to: root)
            txn.putFile("config.json", try Config.load(from: self).json, summary: (nil, "restored from \(source)"), action: "restore")
            return (incoming.count, saved)
        }
    }
}
