#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the redo log needs of the file system: one durable append, a flush of a file written
/// earlier, and the identity of this boot of the machine.
extension FileSystem {
    /// Appends `bytes` to the log at `path` — after `header` when the log is empty — and
    /// flushes it once (`fdatasync`: the data and the size, not the times). Returns the length
    /// before and the bytes written; on any failure the file is cut back, so a failed commit
    /// leaves no record behind. Never writes through a link or into anything but a regular file.
    static func appendDurably(
        _ path: String, _ record: [UInt8], startingWith header: [UInt8],
        faults: FaultPlan
    ) throws(StoreError) -> (before: Int64, count: Int) {
        // A log this append creates is a new name in the directory, which the file's own flush
        // does not make durable: the directory is flushed too, or a power cut could lose the
        // whole log after its command said "done".
        var created = false
        var fd = open(path, O_RDWR | O_CLOEXEC | O_NOFOLLOW)
        if fd < 0 && errno == ENOENT {
            fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, fileMode)
            created = fd >= 0
        }
        guard fd >= 0 else { throw ioError(path, "open for append") }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw ioError(path, "stat") }
        guard st.st_mode & S_IFMT == S_IFREG else {
            throw StoreError.io(path: path, operation: "open for append", reason: "not a regular file")
        }
        let before = Int64(st.st_size)
        let bytes = before == 0 ? header + record : record
        do throws(StoreError) {
            guard lseek(fd, off_t(before), SEEK_SET) >= 0 else { throw ioError(path, "seek") }
            if faults.failWrite(path) {
                try writeAll(fd, Array(bytes.prefix(bytes.count / 2)), path: path)
                throw StoreError.io(path: path, operation: "write", reason: "injected fault")
            }
            try writeAll(fd, bytes, path: path)
            try flushData(fd, path: path)
            if created { try fsyncDirectory(parentOf(path)) }
        } catch {
            _ = ftruncate(fd, off_t(before))
            _ = fsync(fd)
            throw error
        }
        return (before, bytes.count)
    }

    /// The data of an open file on the disk (and its length, which finding the data needs).
    static func flushData(_ fd: Int32, path: String) throws(StoreError) {
        #if os(Linux)
            guard fdatasync(fd) == 0 else { throw ioError(path, "fdatasync") }
        #else
            guard fsync(fd) == 0 else { throw ioError(path, "fsync") }
        #endif
    }

    /// Writes each run of bytes at its offset of an existing file, without a flush (the redo
    /// log's record is what makes the change durable). A link is not written through.
    static func overwrite(_ path: String, _ writes: [(offset: Int, bytes: [UInt8])]) throws(StoreError) {
        let fd = open(path, O_WRONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { throw ioError(path, "open for writing") }
        defer { close(fd) }
        for w in writes {
            if let code = SystemCall.writeAll(fd, w.bytes, at: w.offset) { throw ioError(path, "write", code) }
        }
    }

    /// Flushes a file written earlier without a flush of its own (a checkpoint); absent is fine.
    static func flush(_ path: String) throws(StoreError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        if fd < 0 {
            if errno == ENOENT { return }
            throw ioError(path, "open")
        }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw ioError(path, "fsync") }
    }

    /// At most the first `limit` bytes of a file, or nil when it does not exist.
    static func read(_ path: String, limit: Int) throws(StoreError) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw ioError(path, "open")
        }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: limit)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, limit, 0) }
        guard n >= 0 else { throw ioError(path, "read") }
        return Array(buffer[0..<n])
    }

    /// Which boot of the machine this is: a log started in another boot may hold changes whose
    /// files never reached the disk. Linux's `boot_id`; elsewhere the boot time.
    static func bootIdentity() -> String {
        #if os(Linux)
            // A /proc file has no size: read at most what a boot id takes (a whole-file read of
            // an unknown size zeroes a 64 KB buffer, a tenth of a millisecond at every start).
            if let bytes = try? read("/proc/sys/kernel/random/boot_id", limit: 64) {
                return String(decoding: bytes.filter { $0 > 32 }, as: UTF8.self)
            }
            return "unknown"
        #else
            var time = timeval()
            var size = MemoryLayout<timeval>.size
            guard sysctlbyname("kern.boottime", &time, &size, nil, 0) == 0 else { return "unknown" }
            return "\(time.tv_sec).\(time.tv_usec)"
        #endif
    }
}
