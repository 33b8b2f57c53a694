import CSysShims

#if canImport(Glibc)
    import Glibc
    private let systemRename = Glibc.rename
#elseif canImport(Darwin)
    import Darwin
    private let systemRename = Darwin.rename
#endif

/// The few system calls the store needs, each retried on EINTR and turned into a `StoreError`
/// that names the path and the operating system's reason.
enum FileSystem {
    static let fileMode: mode_t = 0o600
    static let directoryMode: mode_t = 0o700

    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }

    static func ioError(_ path: String, _ operation: String, _ code: Int32 = errno) -> StoreError {
        .io(path: path, operation: operation, reason: reason(code))
    }

    static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Where a symbolic link points; nil when `path` is not a link.
    static func linkTarget(_ path: String) -> String? {
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFLNK else { return nil }
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink(path, &buffer, buffer.count - 1)
        guard n >= 0 else { return "?" }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// A regular file itself, not a link to one.
    static func isRegularFile(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }

    static func mode(_ path: String) -> mode_t? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return st.st_mode & 0o777
    }

    /// Creates a directory (and its parents) readable by the owner only: the data holds
    /// customers' phones, addresses and ID numbers.
    static func makeDirectory(_ path: String) throws(StoreError) {
        if isDirectory(path) { return }
        let parent = parentOf(path)
        if !parent.isEmpty, parent != path, !isDirectory(parent) { try makeDirectory(parent) }
        if mkdir(path, directoryMode) != 0 && errno != EEXIST { throw ioError(path, "create directory") }
        _ = chmod(path, directoryMode)
    }

    static func parentOf(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Whole file contents, or nil when the file does not exist.
    static func read(_ path: String) throws(StoreError) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw ioError(path, "open")
        }
        defer { close(fd) }
        return try read(descriptor: fd, path: path)
    }

    /// The whole file behind an open descriptor, from its start (a pinned shard); `limit`: no
    /// more than its length when it was pinned (a shard appended to since holds later lines).
    static func read(descriptor fd: Int32, path: String, limit: Int? = nil) throws(StoreError) -> [UInt8]? {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw ioError(path, "stat") }
        guard lseek(fd, 0, SEEK_SET) == 0 || errno == ESPIPE else { throw ioError(path, "seek") }
        // Read straight into an array of the file's size (one copy from the page cache); keep
        // reading if the file grew meanwhile.
        let size = Int(st.st_size)
        var failure: Int32 = 0
        var out = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            let n = SystemCall.readFully(fd, into: UnsafeMutableRawBufferPointer(buffer))
            if n < 0 { failure = errno }
            count = max(n, 0)
        }
        if failure != 0 { throw ioError(path, "read", failure) }
        if out.count == size + 1 {
            var chunk = [UInt8](repeating: 0, count: 65_536)
            while true {
                let n = chunk.withUnsafeMutableBytes { SystemCall.read(fd, into: $0) }
                if n < 0 { throw ioError(path, "read") }
                if n == 0 { break }
                out.append(contentsOf: chunk[0..<n])
            }
        }
        if let limit, out.count > limit { out.removeSubrange(limit...) }
        return out
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(StoreError) {
        if let code = SystemCall.writeAll(fd, bytes) { throw ioError(path, "write", code) }
    }

    static func fsyncDirectory(_ path: String) throws(StoreError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw ioError(path, "open directory") }
        defer { close(fd) }
        if fsync(fd) != 0 && errno != EINVAL { throw ioError(path, "fsync directory") }
    }

    /// Replaces `path` with `bytes` so that a crash at any instant leaves the old file or the new
    /// one: temp file in the same directory, fsync, rename over, fsync the directory.
    /// `sync: false` leaves the flush to the caller's one `syncFilesystem` (a commit's batch).
    static func writeAtomically(
        _ path: String, _ bytes: [UInt8], sync: Bool = true, syncDirectory: Bool = true,
        faults: FaultPlan = .none
    ) throws(StoreError) {
        let dir = parentOf(path)
        let name = String(path[path.index(after: path.lastIndex(of: "/") ?? path.startIndex)...])
        let temp = "\(dir)/.tmp-\(getpid())-\(name)"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, fileMode)
        guard fd >= 0 else { throw ioError(temp, "create") }
        do {
            _ = fchmod(fd, fileMode)
            if faults.failWrite(path) {
                try writeAll(fd, Array(bytes.prefix(bytes.count / 2)), path: temp)
                throw StoreError.io(path: path, operation: "write", reason: "injected fault")
            }
            try writeAll(fd, bytes, path: temp)
            guard !sync || fsync(fd) == 0 else { throw ioError(temp, "fsync") }
            close(fd)
        } catch let error as StoreError {
            close(fd)
            unlink(temp)
            throw error
        } catch {
            close(fd)
            unlink(temp)
            throw StoreError.io(path: path, operation: "write", reason: "\(error)")
        }
        guard systemRename(temp, path) == 0 else {
            let code = errno
            unlink(temp)
            throw ioError(path, "rename", code)
        }
        if syncDirectory { try fsyncDirectory(dir) }
    }

    /// Appends whole lines with one write and fsyncs (unless the caller syncs the batch): the
    /// journal's append-only discipline.
    static func append(_ path: String, _ bytes: [UInt8], sync: Bool = true) throws(StoreError) {
        let existed = exists(path)
        // O_NOFOLLOW: a store file that is a link (planted by a peer's commit) is not written through.
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, fileMode)
        guard fd >= 0 else { throw ioError(path, "open for append") }
        defer { close(fd) }
        try writeAll(fd, bytes, path: path)
        guard sync else { return }
        guard fsync(fd) == 0 else { throw ioError(path, "fsync") }
        if !existed { try fsyncDirectory(parentOf(path)) }
    }

    /// Appends a staged file's contents (copied a megabyte at a time, never held whole) and
    /// then `bytes`, syncing once at the end unless the caller syncs the batch.
    static func append(
        _ path: String, copying source: String?, then bytes: [UInt8],
        sync: Bool = true
    ) throws(StoreError) {
        guard let source else { return try append(path, bytes, sync: sync) }
        let existed = exists(path)
        // O_NOFOLLOW: a store file that is a link (planted by a peer's commit) is not written through.
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, fileMode)
        guard fd >= 0 else { throw ioError(path, "open for append") }
        defer { close(fd) }
        let from = open(source, O_RDONLY | O_CLOEXEC)
        guard from >= 0 else { throw ioError(source, "open") }
        defer { close(from) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { SystemCall.read(from, into: $0) }
            if n < 0 { throw ioError(source, "read") }
            if n == 0 { break }
            if let code = chunk.withUnsafeBytes({ SystemCall.writeAll(fd, UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
            ) {
                throw ioError(path, "write", code)
            }
        }
        try writeAll(fd, bytes, path: path)
        guard sync else { return }
        guard fsync(fd) == 0 else { throw ioError(path, "fsync") }
        if !existed { try fsyncDirectory(parentOf(path)) }
    }

    /// Whether a line of the file starts with `prefix`, read in 256 KB pieces through one
    /// buffer: a yes/no about a long shard without copying all of it into memory.
    static func hasLine(_ path: String, startingWith prefix: [UInt8]) throws(StoreError) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return false }
            throw ioError(path, "open")
        }
        defer { close(fd) }
        // A newline before the prefix, so a match starts a line; the file's start counts as one.
        let needle: [UInt8] = [10] + prefix
        // Not zero-filled and under malloc's mmap threshold: a zeroed 256 KB buffer cost an
        // earn 0.4 ms of fresh pages (a shard is ~150 KB: a few reads of 64 KB).
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 65_536 + needle.count, alignment: 1)
        defer { buffer.deallocate() }
        var kept = 1
        buffer[0] = 10
        while true {
            let n = SystemCall.read(fd, into: UnsafeMutableRawBufferPointer(rebasing: buffer[kept...]))
            if n < 0 { throw ioError(path, "read") }
            if n == 0 { return false }
            let filled = kept + n
            let found = needle.withUnsafeBytes { n in
                cs_contains(buffer.baseAddress, UInt(filled), n.baseAddress, UInt(n.count)) != 0
            }
            if found { return true }
            // Keep the tail that could begin a match split across two reads.
            kept = min(needle.count - 1, filled)
            for k in 0..<kept { buffer[k] = buffer[filled - kept + k] }
        }
    }

    /// Whether the file's last byte is a newline (a shard that can take appended lines).
    static func endsWithNewline(_ path: String, size: Int) -> Bool {
        guard size > 0 else { return false }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var byte: UInt8 = 0
        return pread(fd, &byte, 1, off_t(size - 1)) == 1 && byte == 10
    }

    /// Seconds since the file was last modified (nil: it is gone).
    static func ageSeconds(_ path: String) -> Int? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        #if canImport(Darwin)
            return Int(now.tv_sec - st.st_mtimespec.tv_sec)
        #else
            return Int(now.tv_sec - st.st_mtim.tv_sec)
        #endif
    }

    /// A second name for a file (a hard link): the old inode survives the file's replacement.
    static func link(_ path: String, to second: String) throws(StoreError) {
        unlink(second)
        #if canImport(Glibc)
            let made = Glibc.link(path, second)
        #else
            let made = Darwin.link(path, second)
        #endif
        guard made == 0 else { throw ioError(second, "link") }
    }

    static func size(_ path: String) -> Int? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return Int(st.st_size)
    }

    /// Cuts a file back to `size` bytes (a rolled-back journal append) and syncs it.
    static func truncate(_ path: String, to size: Int64) throws(StoreError) {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return }
            throw ioError(path, "open")
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw ioError(path, "stat") }
        guard Int64(st.st_size) > size else { return }
        guard ftruncate(fd, off_t(size)) == 0 else { throw ioError(path, "truncate") }
        guard fsync(fd) == 0 else { throw ioError(path, "fsync") }
    }

    /// Renames within one file system (atomic); the fault plan can fail it for the tests.
    static func rename(_ from: String, to: String, faults: FaultPlan = .none) throws(StoreError) {
        if faults.failWrite(to) { throw StoreError.io(path: to, operation: "rename", reason: "injected fault") }
        guard systemRename(from, to) == 0 else { throw ioError(to, "rename") }
    }

    /// Removes a directory and everything in it (a restore's staging); absent is fine.
    static func removeTree(_ path: String) {
        var st = stat()
        guard lstat(path, &st) == 0 else { return }
        if st.st_mode & S_IFMT == S_IFDIR {
            for name in list(path) { removeTree("\(path)/\(name)") }
            _ = rmdir(path)
        } else {
            _ = unlink(path)
        }
    }

    /// Creates `base`, or `base-2`, `base-3`… — whichever does not exist yet — and returns it.
    /// A side copy never overwrites an earlier one.
    static func makeUniqueDirectory(base: String) throws(StoreError) -> String {
        for n in 1...10_000 {
            let path = n == 1 ? base : "\(base)-\(n)"
            if mkdir(path, directoryMode) == 0 { return path }
            guard errno == EEXIST else { throw ioError(path, "create directory") }
        }
        throw StoreError.io(path: base, operation: "create directory", reason: "10000 side copies already exist")
    }

    static func remove(_ path: String) throws(StoreError) {
        if unlink(path) != 0 && errno != ENOENT { throw ioError(path, "remove") }
    }

    /// Names in a directory, without `.` and `..`; empty when it does not exist.
    static func list(_ path: String) -> [String] {
        guard let d = opendir(path) else { return [] }
        defer { closedir(d) }
        var names = [String]()
        while let e = readdir(d) {
            let name = withUnsafePointer(to: e.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}
