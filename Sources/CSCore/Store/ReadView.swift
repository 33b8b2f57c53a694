#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A reading command's consistent view of the data directory.
///
/// The argument: a writer changes files only between writing `txn.json` and removing it, and
/// holds `cs.commit.lock` exclusively for exactly that span. A reader holds the same lock
/// shared while it reads, so no commit (or rollback, or restore switch) is under way while it
/// reads, and every file it opens is the old or the new state of the whole change — never a
/// mix. If `txn.json` exists while the reader holds the lock, its writer died: the reader
/// first rolls the change back (under the writers' lock, as the next writer would), so it
/// never shows what never committed.
///
/// Long exports pin the files they will read (open descriptors keep the old inode even after
/// a rename replaces it) and let go of the lock at once, so a slow pipe never holds up the
/// desk. Nothing is cached across a change made by the same process: a writer section drops
/// the shared lock, which the next read takes again.
public final class ReadView: @unchecked Sendable {
    let timeoutMilliseconds: Int
    private var lock: DirectoryLock?
    private var writing = 0
    /// Set by a command that reads one collection and streams it (an export).
    public var releasesAfterPinning = false

    public init(timeoutMilliseconds: Int) { self.timeoutMilliseconds = timeoutMilliseconds }

    /// Whether reads must take the shared lock first (not inside this process's own change).
    var needsLock: Bool { lock == nil && writing == 0 }
    var holdsLock: Bool { lock != nil }

    func hold(_ l: DirectoryLock) { lock = l }

    /// Lets go of the shared lock (end of the command, or a pinned export).
    public func end() {
        lock?.release(clearingHolder: false)
        lock = nil
    }

    func enterWriter() {
        end()
        writing += 1
    }

    func exitWriter() { writing -= 1 }
}

extension Store {
    var commitLockPath: String { "\(root)/cs.commit.lock" }
    /// Held shared by an export while it reads the shards it pinned after letting go of the
    /// commit lock: a writer that finds it held rewrites shards instead of writing in place.
    var pinLockPath: String { "\(root)/cs.pin.lock" }

    /// Whether an export is reading pinned shards. Asked under the exclusive commit lock, so
    /// no export can start pinning until the commit is written.
    func pinnedByReaders() throws(StoreError) -> Bool {
        do throws(StoreError) {
            let probe = try DirectoryLock.acquire(path: pinLockPath, holder: nil, timeoutMilliseconds: 0)
            probe.release(clearingHolder: false)
            return false
        } catch {
            guard case .lockTimeout = error else { throw error }
            return true
        }
    }

    /// Takes the shared commit lock for a reading command, finishing first what a dead writer
    /// left. A no-op without a read view (in-process tests, or inside a change).
    func beginReading() throws(StoreError) {
        guard let view = readView, view.needsLock, FileSystem.isDirectory(root) else { return }
        // A restore killed while staging leaves `.restore-*`: tidy it as the next writer would.
        if FileSystem.list(root).contains(where: { $0.hasPrefix(".restore-") }) { try finishInterruptedChange() }
        for _ in 0..<3 {
            let lock = try DirectoryLock.acquire(
                path: commitLockPath, holder: nil, mode: .shared,
                timeoutMilliseconds: view.timeoutMilliseconds)
            guard FileSystem.exists(transactionPath) || logNeedsReplay() else {
                view.hold(lock)
                return
            }
            lock.release(clearingHolder: false)
            try finishInterruptedChange()
        }
        throw StoreError.lockTimeout(
            path: commitLockPath, holder: "writers of the data directory",
            waitedSeconds: (view.timeoutMilliseconds + 999) / 1000)
    }

    /// Rolls back a dead writer's change under the writers' lock, as the next writer would.
    /// Before anything reads the data directory (even config.json): an interrupted change is
    /// finished first. A restore killed mid-switch can leave the root without its config.json
    /// until it is rolled back, so "is this directory set up?" may only be asked after this.
    public func settle() throws(StoreError) {
        guard FileSystem.isDirectory(root) else { return }
        // A killed import's staging can be hundreds of megabytes: gone at the next command.
        let deadStaging = FileSystem.list(root).contains { $0.hasSuffix("-spill") && !Doctor.writerAlive($0) }
        guard FileSystem.exists(transactionPath) || deadStaging || logNeedsReplay() else { return }
        try finishInterruptedChange()
    }

    /// Exactly what the next writer would do first (`tidy`), so that a reader coming first
    /// leaves no less tidied than a writer would. Needs no config.json: it may be what is missing.
    func finishInterruptedChange() throws(StoreError) {
        let lock = try DirectoryLock.acquire(
            path: lockPath, holder: "pid \(getpid()), finishing an interrupted change",
            timeoutMilliseconds: lockTimeoutMilliseconds)
        defer { lock.release() }
        try tidy(after: lock)
    }

    /// `recover`, holding the commit lock exclusively while it changes files (readers wait).
    func recoverUnderCommitLock() throws(StoreError) {
        let staleLog = logNeedsReplay()
        guard FileSystem.exists(transactionPath) || staleLog else { return }
        let commit = try DirectoryLock.acquire(
            path: commitLockPath, holder: nil,
            timeoutMilliseconds: lockTimeoutMilliseconds)
        defer { commit.release(clearingHolder: false) }
        try recover()
        // Replayed already if a "redo" marker was found; a second replay of an empty log reads nothing.
        if staleLog { try replayLog() }
    }

    /// Holds the commit lock exclusively for `body` (a commit, a rollback, a restore switch).
    func committing<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        let commit = try DirectoryLock.acquire(
            path: commitLockPath, holder: nil,
            timeoutMilliseconds: lockTimeoutMilliseconds)
        defer { commit.release(clearingHolder: false) }
        return try body()
    }
}
