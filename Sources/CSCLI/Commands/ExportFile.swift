#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSCore

/// `--out FILE`: the file appears whole or not at all, like every other write of cs.
enum ExportFile {
    static func save(_ text: String, to path: String) throws {
        let temp = path + ".tmp-\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreError.io(path: path, operation: "create", reason: String(cString: strerror(errno))) }
        var bytes = Array(text.utf8)
        var off = 0
        while off < bytes.count {
            let n = bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress! + off, $0.count - off) }
            if n < 0 {
                if errno == EINTR { continue }
                let why = String(cString: strerror(errno)); close(fd); unlink(temp)
                throw StoreError.io(path: path, operation: "write", reason: why)
            }
            off += n
        }
        bytes = []
        fsync(fd); close(fd)
        guard rename(temp, path) == 0 else {
            let why = String(cString: strerror(errno)); unlink(temp)
            throw StoreError.io(path: path, operation: "rename", reason: why)
        }
    }
}
