#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one exclusive lock every change to the data directory holds for its whole
/// read-modify-write. It is an `flock` on `cs.lock`: the kernel drops it when the holder dies,
/// so a killed command never leaves a lock that blocks the next one. The file's text (pid,
/// clerk, since) is only there to tell a waiting clerk who is holding it.
struct DirectoryLock {
    let fd: Int32
    /// The previous holder died while holding the lock (its text was still there): its temp
    /// files are orphans to sweep.
    let previousHolderDied: Bool

    /// Waiting polls every 0.25 ms: a change holds the lock for a few milliseconds, so a
    /// longer back-off (it was up to 50 ms) left the lock idle while clerks waited, and 8
    /// parallel shells managed only ~130 earns a second.
    static func acquire(path: String, holder: String, timeoutMilliseconds: Int, sleep: (Int) -> Void = { usleep(UInt32($0)) }) throws(StoreError) -> DirectoryLock {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, FileSystem.fileMode)
        guard fd >= 0 else { throw FileSystem.ioError(path, "open lock") }
        var waitedMicroseconds = 0
        let pause = 250
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            guard code == EWOULDBLOCK else { close(fd); throw FileSystem.ioError(path, "lock", code) }
            if waitedMicroseconds >= timeoutMilliseconds * 1000 {
                close(fd)
                let text = (try? FileSystem.read(path)).flatMap { String(validating: $0, as: UTF8.self) } ?? ""
                throw StoreError.lockTimeout(path: path, holder: text.trimmingSpaces.isEmpty ? "?" : text.trimmingSpaces,
                                             waitedSeconds: (timeoutMilliseconds + 999) / 1000)
            }
            sleep(pause)
            waitedMicroseconds += pause
        }
        var probe = [UInt8](repeating: 0, count: 1)
        let died = probe.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 1, 0) } == 1
        // Who holds it now; not durable on purpose (it dies with us, the flock is the truth).
        _ = ftruncate(fd, 0)
        let bytes = Array(holder.utf8) + [10]
        _ = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        return DirectoryLock(fd: fd, previousHolderDied: died)
    }

    func release() {
        _ = ftruncate(fd, 0)
        flock(fd, LOCK_UN)
        close(fd)
    }
}
