#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSCore

/// `--out FILE`: the file appears whole or not at all, like every other write of cs.
enum ExportFile {
    /// Streams into a temp file beside `path`, then fsyncs and renames it into place.
    static func save<T>(to path: String, _ body: (_ write: ([UInt8]) throws -> Void) throws -> T) throws -> T {
        let temp = path + ".tmp-\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreError.io(path: path, operation: "create", reason: String(cString: strerror(errno))) }
        let result: T
        do {
            result = try body { bytes in
                var off = 0
                while off < bytes.count {
                    let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + off, $0.count - off) }
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw StoreError.io(path: path, operation: "write", reason: String(cString: strerror(errno)))
                    }
                    off += n
                }
            }
            guard fsync(fd) == 0 else { throw StoreError.io(path: path, operation: "fsync", reason: String(cString: strerror(errno))) }
        } catch {
            close(fd); unlink(temp)
            throw error
        }
        close(fd)
        guard rename(temp, path) == 0 else {
            let why = String(cString: strerror(errno)); unlink(temp)
            throw StoreError.io(path: path, operation: "rename", reason: why)
        }
        return result
    }
}
