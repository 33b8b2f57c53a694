/// The gate every commit from the remote passes before any of it is merged or checked out:
/// each path it writes must be one a desk writes, as a regular file of a size a desk writes,
/// and cs's own `.gitattributes` and `.gitignore` must be cs's text. One refused entry stops
/// the sync before a byte is written here, naming the commit and the path.
extension Sync {
    /// Checks the commits `remote` has that `local` lacks (every commit of `remote` when this
    /// desk has none yet).
    func checkIncoming(from local: String?, to remote: String) throws {
        let range = local.map { ["\($0)..\(remote)"] } ?? [remote]
        let revisions = try git.must(["rev-list"] + range).text
        guard !revisions.isEmpty else { return }
        let list = "\(gitDirectory)/cs-revisions"
        try FileSystem.writeAtomically(list, Array(revisions.utf8))
        defer { try? FileSystem.remove(list) }
        let raw = try git.must(
            [
                "diff-tree", "-r", "-z", "--raw", "--no-renames", "--no-abbrev", "--root", "-m",
                "--stdin",
            ], input: list
        ).text
        let paths = SharedPaths(kinds: kinds, shards: store.shards)
        var sized = [(commit: String, path: String, blob: String, role: SharedPaths.Role)]()
        var commit = ""
        var tokens = raw.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)[...]
        while let token = tokens.popFirst() {
            guard token.hasPrefix(":") else {
                if !token.isEmpty { commit = token }
                continue
            }
            guard let path = tokens.popFirst() else { break }
            let meta = token.dropFirst().split(separator: " ").map(String.init)
            guard meta.count >= 5 else { throw SyncError.refused(commit: commit, path: path, problem: .path) }
            guard let role = paths.role(of: path) else {
                throw SyncError.refused(commit: commit, path: path, problem: .path)
            }
            let removed = meta[1] == "000000"
            if removed {
                // cs owns these two: a peer that drops them drops the merge rules with them.
                if role == .owned { throw SyncError.refused(commit: commit, path: path, problem: .owned) }
                continue
            }
            guard meta[1] == "100644" else { throw SyncError.refused(commit: commit, path: path, problem: .mode) }
            sized.append((commit, path, meta[3], role))
        }
        try checkSizes(sized)
        try checkOwned(sized.filter { $0.role == .owned })
    }

    /// Every blob a commit brings is no bigger than its role allows (read from git's object
    /// headers, without reading the blobs).
    func checkSizes(_ entries: [(commit: String, path: String, blob: String, role: SharedPaths.Role)]) throws {
        guard !entries.isEmpty else { return }
        let list = "\(gitDirectory)/cs-blobs"
        try FileSystem.writeAtomically(list, Array(entries.map { $0.blob + "\n" }.joined().utf8))
        defer { try? FileSystem.remove(list) }
        var sizes = [String: Int]()
        for line in try git.must(["cat-file", "--batch-check"], input: list).lines {
            let parts = line.split(separator: " ")
            if parts.count == 3, let size = Int(parts[2]) { sizes[String(parts[0])] = size }
        }
        for entry in entries where (sizes[entry.blob] ?? Int.max) > SharedPaths.maxBytes(entry.role) {
            throw SyncError.refused(commit: entry.commit, path: entry.path, problem: .tooLarge)
        }
    }

    /// `.gitattributes` and `.gitignore` in a peer's commit are exactly cs's own.
    func checkOwned(_ entries: [(commit: String, path: String, blob: String, role: SharedPaths.Role)]) throws {
        guard !entries.isEmpty else { return }
        var expected = [String: String]()
        for (name, text) in [(".gitattributes", Sync.attributes), (".gitignore", ignoredText)] {
            let file = "\(gitDirectory)/cs-owned"
            try FileSystem.writeAtomically(file, Array(text.utf8))
            defer { try? FileSystem.remove(file) }
            expected[name] = try git.must(["hash-object", "--stdin"], input: file).lines.first
        }
        for entry in entries where expected[entry.path] != entry.blob {
            throw SyncError.refused(commit: entry.commit, path: entry.path, problem: .owned)
        }
    }

    var ignoredText: String { ignored.joined(separator: "\n") + "\n" }

    /// cs's own files as cs writes them, whatever a peer or an older cs left: the merge rules
    /// in `.gitattributes` and also in `.git/info/attributes`, which git reads after any
    /// `.gitattributes` in a tree, so no tree can switch the cs merge off.
    func writeOwnedFiles() throws {
        try writeText(".gitignore", ignoredText)
        try writeText(".gitattributes", Sync.attributes)
        try FileSystem.makeDirectory("\(gitDirectory)/info")
        try writeText(".git/info/attributes", Sync.attributes)
        // The redo log is this desk's own, like its locks, and never shared; kept out of git
        // here rather than in `.gitignore`, which every desk of a chain must hold alike.
        try writeText(".git/info/exclude", "/cs.wal\n")
    }
}
