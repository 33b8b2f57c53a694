#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `cs backup`: a consistent copy taken under the lock (no change can be half-way through
/// it), written beside the target and renamed into place, so a backup directory is either
/// complete or absent. It carries `SHA256SUMS` (the `sha256sum` format), which `cs restore`
/// checks before it replaces anything.
extension Store {
    static let manifestName = "SHA256SUMS"
    /// The data directory's own working files, never copied, restored or shared: its locks, the
    /// undo record and the redo log (a backup is taken checkpointed, its files complete).
    static let ownFiles: Set<String> = [
        "cs.lock", "cs.commit.lock", "cs.pin.lock", "cs.sync.lock", "txn.json", "cs.wal",
    ]

    /// Every file of the data directory worth copying, relative to the root: not the lock,
    /// not temp files, not a restore's staging directory.
    func dataFiles() -> [String] {
        var out = [String]()
        func walk(_ dir: String, _ prefix: String) {
            for name in FileSystem.list(dir) where !name.hasPrefix(".") && !Store.ownFiles.contains(name) {
                let path = "\(dir)/\(name)"
                if FileSystem.isDirectory(path) {
                    walk(path, prefix + name + "/")
                } else {
                    out.append(prefix + name)
                }
            }
        }
        walk(root, "")
        return out
    }

    static func isEmptyOrAbsent(_ path: String) -> Bool {
        !FileSystem.exists(path) || (FileSystem.isDirectory(path) && FileSystem.list(path).isEmpty)
    }

    /// Copies every file of `from` into the directory `to` (0700, files 0600, fsynced) and
    /// returns each file's SHA-256.
    @discardableResult
    static func copyTree(files: [String], from: String, to: String) throws(StoreError) -> [(
        path: String,
        sha256: String
    )] {
        try FileSystem.makeDirectory(to)
        var dirs = Set<String>([to])
        var sums = [(path: String, sha256: String)]()
        for rel in files {
            guard let bytes = try FileSystem.read("\(from)/\(rel)") else { continue }
            let target = "\(to)/\(rel)"
            let dir = FileSystem.parentOf(target)
            if !dirs.contains(dir) {
                try FileSystem.makeDirectory(dir)
                dirs.insert(dir)
            }
            try FileSystem.writeAtomically(target, bytes, syncDirectory: false)
            sums.append((rel, SHA256.hex(bytes)))
        }
        for d in dirs { try FileSystem.fsyncDirectory(d) }
        return sums
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
            let sums = try Store.copyTree(files: files, from: root, to: staging)
            var manifest = [UInt8]()
            for s in sums { manifest += Array("\(s.sha256)  \(s.path)\n".utf8) }
            try FileSystem.writeAtomically("\(staging)/\(Store.manifestName)", manifest)
            if FileSystem.exists(target) { rmdir(target) }
            guard rename(staging, target) == 0 else { throw FileSystem.ioError(target, "rename") }
            try FileSystem.fsyncDirectory(FileSystem.parentOf(target))
            return files.count
        }
    }

    /// The files a backup's manifest lists, after checking each against its SHA-256. Throws
    /// `backupUnverified` naming the first file that is missing, extra or different.
    static func verifiedFiles(of backup: String) throws(StoreError) -> [String] {
        func unverified(_ why: String) -> StoreError { .backupUnverified(path: backup, reason: why) }
        guard let text = try FileSystem.read("\(backup)/\(manifestName)") else {
            throw unverified("it has no \(manifestName)")
        }
        var listed = [String]()
        for line in String(decoding: text, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0].utf8.count == 64, parts[1].hasPrefix(" ") else {
                throw unverified("\(manifestName) has a line that is not '<sha256>  <file>'")
            }
            let rel = String(parts[1].dropFirst())
            guard Store(root: backup).confined(relative: rel) != nil else {
                throw unverified("\(manifestName) names \(rel)")
            }
            guard let bytes = try FileSystem.read("\(backup)/\(rel)") else { throw unverified("\(rel) is missing") }
            guard SHA256.hex(bytes) == parts[0] else { throw unverified("\(rel) has been changed since the backup") }
            listed.append(rel)
        }
        let listedSet = Set(listed)
        let extra = Store(root: backup).dataFiles().filter { $0 != manifestName && !listedSet.contains($0) }
        if let e = extra.first { throw unverified("\(e) is not in \(manifestName)") }
        guard listed.contains("config.json") else { throw unverified("it has no config.json") }
        return listed
    }
}
