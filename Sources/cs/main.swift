import CSCLI
import CSCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes all of `bytes` to a file descriptor (stdout may be a pipe that takes it in pieces).
/// Returns the system's reason when a write fails.
func emit(_ bytes: [UInt8], to fd: Int32) -> String? {
    SystemCall.writeAll(fd, bytes).map { String(cString: strerror($0)) }
}

/// Reads the environment once, runs, prints, exits with the status. A failed write to
/// standard output is an error (exit 3, one line on stderr): `> /dev/full` must not look done.
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
    let arguments = Array(CommandLine.arguments.dropFirst())
    let result = Runner().run(arguments, environment: environment, prompter: .standard()) { bytes in
        if let reason = emit(bytes, to: 1) { throw OutputError(path: nil, reason: reason) }
    }
    if let reason = emit(Array(result.stdout.utf8), to: 1) {
        _ = emit(
            Array(
                (result.stderr
                    + Runner.outputFailure(
                        reason, arguments: arguments,
                        environment: environment)).utf8), to: 2)
        exit(3)  // ExitStatus.dataDirectory
    }
    _ = emit(Array(result.stderr.utf8), to: 2)
    exit(result.status)
}

main()
