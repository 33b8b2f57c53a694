import CSCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `--out FILE`: a new or replaced regular file appears whole or not at all, like every other
/// write of cs; a device or a pipe is written directly; nothing else is ever replaced.
enum ExportFile {
    /// What is at the path now.
    enum Target {
        case absent
        case regular
        case stream  // character device, FIFO, socket: written in place
        case other(String)
    }

    static func target(_ path: String) -> Target {
        var st = stat()
        guard lstat(path, &st) == 0 else { return .absent }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFCHR, S_IFIFO, S_IFSOCK: return .stream
        case S_IFLNK: return .other("a symbolic link")
        case S_IFDIR: return .other("a directory")
        default: return .other("a special file")
        }
    }

    /// Streams the export to `path`. An existing regular file is replaced only with `force`;
    /// a symbolic link, a directory or a block device never.
    static func save<T>(
        to path: String, force: Bool,
        _ body: (_ write: ([UInt8]) throws -> Void) throws -> T
    ) throws -> T {
        switch target(path) {
        case .other(let what): throw ExportFileError.notRegular(path: path, what: what)
        case .regular where !force: throw ExportFileError.exists(path: path)
        case .stream: return try writeDirectly(path, body)
        case .absent, .regular: return try writeAtomically(path, replacing: force, body)
        }
    }

    static func failure(_ path: String, _ code: Int32 = errno) -> OutputError {
        OutputError(path: path, reason: String(cString: strerror(code)))
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        if let code = SystemCall.writeAll(fd, bytes) { throw failure(path, code) }
    }

    static func writeDirectly<T>(_ path: String, _ body: (_ write: ([UInt8]) throws -> Void) throws -> T) throws -> T {
        let fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path) }
        defer { close(fd) }
        return try body { bytes in try writeAll(fd, bytes, path: path) }
    }

    /// Into a temp file beside `path`, fsynced; then linked into place, which fails if a file
    /// appeared meanwhile (never a silent overwrite), or renamed over it when replacing.
    static func writeAtomically<T>(
        _ path: String, replacing: Bool,
        _ body: (_ write: ([UInt8]) throws -> Void) throws -> T
    ) throws -> T {
        let temp = path + ".tmp-\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure(path) }
        let result: T
        do {
            result = try body { bytes in try writeAll(fd, bytes, path: path) }
            guard fsync(fd) == 0 else { throw failure(path) }
        } catch {
            close(fd)
            unlink(temp)
            throw error
        }
        close(fd)
        let placed = replacing ? rename(temp, path) : link(temp, path)
        let code = errno
        unlink(temp)
        if placed != 0 {
            if code == EEXIST { throw ExportFileError.exists(path: path) }
            throw failure(path, code)
        }
        return result
    }
}

/// `--out` refused before anything is written.
enum ExportFileError: Failure, Equatable {
    case exists(path: String)
    case notRegular(path: String, what: String)

    var status: ExitStatus { .refused }
    var messageKey: MessageKey {
        switch self {
        case .exists: .housekeeping(.exportFileExists)
        case .notRegular: .housekeeping(.exportFileNotRegular)
        }
    }
    var messageArguments: [String] {
        switch self {
        case .exists(let p): [p]
        case .notRegular(let p, let w): [p, w]
        }
    }
}
