#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSCLI

/// Writes all of `text` to a file descriptor (stdout may be a pipe that takes it in pieces).
func emit(_ text: String, to fd: Int32) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
        let n = bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
        if n < 0 { if errno == EINTR { continue }; return }
        offset += n
    }
    bytes.removeAll()
}

/// Reads the environment once, runs, prints, exits with the status.
func main() -> Never {
    var environment: [String: String] = [:]
    var entry = environ
    while let e = entry.pointee {
        let s = String(cString: e)
        if let eq = s.firstIndex(of: "=") { environment[String(s[..<eq])] = String(s[s.index(after: eq)...]) }
        entry += 1
    }
    signal(SIGPIPE, SIG_DFL)
    // Past a file-size limit a write fails with EFBIG (reported, nothing changed) instead of killing us.
    signal(SIGXFSZ, SIG_IGN)
    let result = Runner().run(Array(CommandLine.arguments.dropFirst()), environment: environment) { bytes in
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(1, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; return }
                offset += n
            }
        }
    }
    emit(result.stdout, to: 1)
    emit(result.stderr, to: 2)
    exit(result.status)
}

main()
