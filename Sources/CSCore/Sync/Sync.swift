#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `cs sync`: several desks share one member base through a git remote, offline-first. The data
/// directory is the git working tree; a merge is computed in a second working tree inside
/// `.git` (with cs as the merge driver) and only then applied to the data directory, as one
/// ordinary transaction under the lock — so a sync killed at any instant leaves the old state
/// or the merged one, never half of a merge, and readers never see one.
///
/// Shared: every record kind whose `MergeRule` is shared, the journal, `config.json`, the
/// photos, the desk register (`desks.jsonl`). Local: the lock, the undo record, temp files,
/// indexes, summaries and counters (rebuilt from the shared records), this desk's `desk.json`.
public struct Sync: Sendable {
    public let context: DeskContext
    public let kinds: [KindDescriptor]
    /// The merge driver git runs: this very executable, by absolute path.
    public let executable: String

    static let branch = "main"
    static let registry = "desks.jsonl"
    static let remoteBranch = "refs/remotes/origin/main"
    /// How many times a push that lost the race to another desk is merged and tried again.
    static let attempts = 5

    public init(context: DeskContext, kinds: [KindDescriptor], executable: String) {
        self.context = context
        self.kinds = kinds
        self.executable = executable
    }

    var store: Store { context.store }
    /// The data directory by absolute path: git runs in it and in the merge tree inside it
    /// (`--data-dir shop` would otherwise name a second tree relative to the first).
    var root: String {
        guard !store.root.hasPrefix("/") else { return store.root }
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return store.root }
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self) + "/" + store.root
    }
    var git: Git { Git(directory: root, settings: signing) }
    var gitDirectory: String { "\(root)/.git" }
    var mergeTree: String { "\(gitDirectory)/cs-merge" }
    var conflictLog: String { "\(gitDirectory)/cs-field-conflicts.jsonl" }
    var syncLockPath: String { "\(store.root)/cs.sync.lock" }
    var desk: String { context.config.deskID }

    public var isSynced: Bool { FileSystem.isDirectory(gitDirectory) }

    func requireSynced() throws {
        try store.requireInitialized()
        guard isSynced else { throw SyncError.notSynced(root: store.root) }
    }

    /// What git must never carry: this desk's own files and everything rebuilt from records.
    var ignored: [String] {
        [
            "/cs.lock", "/cs.commit.lock", "/cs.pin.lock", "/cs.sync.lock", "/txn.json", "/txn.json.*", ".tmp-*",
            "/.restore-*",
            "/desk.json",
        ] + kinds.filter { !$0.merge.shared }.map { "/\($0.name)/" }
    }

    /// Shards and the config go through `cs sync merge-file`; photos are named by their
    /// content and never differ.
    static let attributes = "*.jsonl merge=cs\nconfig.json merge=cs\n"

    /// Writes one of cs's own small files unless it already holds `text` (no flush for nothing).
    func writeText(_ name: String, _ text: String) throws {
        let path = "\(store.root)/\(name)"
        let bytes = Array(text.utf8)
        if FileSystem.isRegularFile(path), try FileSystem.read(path) == bytes { return }
        try FileSystem.writeAtomically(path, bytes)
    }

    /// Removes the lock files a git left when the sync that ran it was killed. Under the sync
    /// lock no other sync runs git here, but a killed sync's git may still be finishing its
    /// step: a lock younger than `staleSeconds` is given that long to go by itself.
    func clearStaleGitLocks() {
        var locks = [String]()
        func sweep(_ dir: String) {
            for name in FileSystem.list(dir) where name != "objects" {
                let path = "\(dir)/\(name)"
                if FileSystem.isDirectory(path) {
                    if path != mergeTree { sweep(path) }
                } else if name.hasSuffix(".lock") {
                    locks.append(path)
                }
            }
        }
        sweep(gitDirectory)
        for path in locks {
            var waited = 0
            while FileSystem.exists(path), let age = FileSystem.ageSeconds(path), age < Sync.staleSeconds,
                waited < Sync.staleSeconds * 20
            {
                usleep(50_000)
                waited += 1
            }
            try? FileSystem.remove(path)
        }
    }

    static let staleSeconds = 10

    func withSyncLock<T>(_ body: () throws -> T) throws -> T {
        let holder = "pid \(getpid()), clerk \(context.clerk), cs sync"
        let lock = try DirectoryLock.acquire(
            path: syncLockPath, holder: holder,
            timeoutMilliseconds: store.lockTimeoutMilliseconds)
        defer { lock.release() }
        clearStaleGitLocks()
        return try body()
    }

    /// The desk ids the shared register holds at a revision.
    func registeredDesks(at revision: String) throws -> [String] {
        let out = try git.run(["show", "\(revision):\(Sync.registry)"])
        guard out.ok else { return [] }
        return out.lines.compactMap { line in
            (try? JSONParser.parse(line))?.object?["id"]?.string
        }.filter { $0.utf8.count == 2 }
    }

    /// Whether this data directory holds any shared record (a store that already trades).
    func holdsRecords() -> Bool {
        for kind in kinds where kind.merge.shared {
            let dir = "\(store.root)/\(kind.name)"
            let shards = FileSystem.list(dir).filter { $0.hasSuffix(".jsonl") }
            if shards.contains(where: { (FileSystem.size("\(dir)/\($0)") ?? 0) > 0 }) { return true }
        }
        return false
    }
}
