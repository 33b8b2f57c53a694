import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The locks of the data directory, as `flock`s: the kernel drops one when its holder dies,
/// so a killed command never leaves a lock that blocks the next one.
///
/// - `cs.lock`, exclusive: every change holds it for its whole read-modify-write. Its text
///   (pid, clerk, since) is only there to tell a waiting clerk who is holding it.
/// - `cs.commit.lock`: a writer holds it exclusively while it applies a commit (from writing
///   the undo record to removing it); readers hold it shared while they read, so a reader
///   never sees a commit half-applied.
struct DirectoryLock {
    enum Mode {
        case exclusive
        case shared

        var operation: Int32 { self == .exclusive ? LOCK_EX : LOCK_SH }
    }

    let fd: Int32
    /// The previous holder died while holding the lock (its text was still there): its temp
    /// files are orphans to sweep. Only meaningful for `cs.lock`.
    let previousHolderDied: Bool

    /// Polls for the first two milliseconds (most waits end there, and a blocked waiter costs
    /// a wake-up), then blocks in the kernel until the lock is free or the time is up: two
    /// hundred clerks waiting must not spin on two cores and starve the holder.
    static func acquire(
        path: String, holder: String?, mode: Mode = .exclusive,
        timeoutMilliseconds: Int
    ) throws(StoreError) -> DirectoryLock {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, FileSystem.fileMode)
        guard fd >= 0 else { throw FileSystem.ioError(path, "open lock") }
        var acquired = false
        for _ in 0..<8 {
            if try tryLock(fd, mode, path: path) {
                acquired = true
                break
            }
            if timeoutMilliseconds == 0 { break }
            usleep(250)
        }
        if !acquired && timeoutMilliseconds > 2 {
            acquired = blockingLock(fd, mode, timeoutMilliseconds: timeoutMilliseconds - 2)
            if !acquired {
                // `fd` now belongs to the waiting thread's kernel call; a late grant is released
                // when that call returns on the closed descriptor.
                throw StoreError.lockTimeout(
                    path: path, holder: holderText(path, mode: mode),
                    waitedSeconds: (timeoutMilliseconds + 999) / 1000)
            }
        }
        guard acquired else {
            close(fd)
            throw StoreError.lockTimeout(
                path: path, holder: holderText(path, mode: mode),
                waitedSeconds: (timeoutMilliseconds + 999) / 1000)
        }
        var died = false
        if let holder {
            var probe = [UInt8](repeating: 0, count: 1)
            died = probe.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 1, 0) } == 1
            // Who holds it now; not durable on purpose (it dies with us, the flock is the truth).
            let bytes = Array(holder.utf8) + [10]
            _ = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
            _ = ftruncate(fd, off_t(bytes.count))
        }
        return DirectoryLock(fd: fd, previousHolderDied: died)
    }

    static func tryLock(_ fd: Int32, _ mode: Mode, path: String) throws(StoreError) -> Bool {
        guard SystemCall.retryingInterrupts({ flock(fd, mode.operation | LOCK_NB) }) != 0 else { return true }
        let code = errno
        guard code == EWOULDBLOCK else {
            close(fd)
            throw FileSystem.ioError(path, "lock", code)
        }
        return false
    }

    /// The outcome of a blocking `flock` made on another thread.
    final class Grant: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        var granted = false
    }

    /// Blocks on another thread, through a duplicate of the descriptor, so that the wait can
    /// end at the timeout. The lock belongs to the open file both descriptors share: the
    /// thread closes its duplicate when its call returns, so a grant that comes after the
    /// timeout (when `fd` is already closed here) is released at once.
    static func blockingLock(_ fd: Int32, _ mode: Mode, timeoutMilliseconds: Int) -> Bool {
        let grant = Grant()
        let operation = mode.operation
        let waiting = dup(fd)
        guard waiting >= 0 else { return false }
        DispatchQueue.global().async {
            grant.granted = SystemCall.retryingInterrupts { flock(waiting, operation) } == 0
            close(waiting)
            grant.done.signal()
        }
        let deadline = DispatchTime.now() + .milliseconds(timeoutMilliseconds)
        if grant.done.wait(timeout: deadline) == .success { return grant.granted }
        close(fd)
        return false
    }

    /// The holder's text, read a few times: it is empty for an instant while a holder takes
    /// or gives up the lock.
    static func holderText(_ path: String, mode: Mode) -> String {
        guard path.hasSuffix("/cs.lock") else { return "readers of the data directory" }
        for _ in 0..<20 {
            if let bytes = try? FileSystem.read(path), let text = String(validating: bytes, as: UTF8.self),
                !text.trimmingSpaces.isEmpty
            {
                return text.trimmingSpaces
            }
            usleep(1000)
        }
        return "a cs process that has just let go"
    }

    func release(clearingHolder: Bool = true) {
        if clearingHolder { _ = ftruncate(fd, 0) }
        flock(fd, LOCK_UN)
        close(fd)
    }
}
