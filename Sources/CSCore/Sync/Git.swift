#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The system `git`, run in the data directory: the one external program cs uses, and only
/// for `cs sync`. Output (stdout and stderr together) is captured for the error that names a
/// failed step; git never prompts (a remote asking for a password fails instead of hanging a
/// cron job).
public struct Git: Sendable {
    public let directory: String
    /// Set for the merge, so the merge driver (`cs sync merge-file`, a child of git) can say
    /// where to record the field conflicts it resolved.
    public var environment: [String: String] = [:]
    /// `-c` settings of this desk's own given on every command line (commit signing).
    public var settings: [String] = []

    public init(directory: String, settings: [String] = []) {
        self.directory = directory
        self.settings = settings
    }

    public struct Output: Sendable {
        public let status: Int32
        /// What git wrote, as bytes (a photo's blob is not text).
        public let bytes: [UInt8]
        public var text: String { String(decoding: bytes, as: UTF8.self) }
        public var ok: Bool { status == 0 }
        public var lines: [String] { text.split(separator: "\n").map(String.init) }
    }

    /// Settings given on every git command line, where no config file can override them: no
    /// hook, file-system monitor or external transport ever runs, a symlink in a tree is checked
    /// out as a plain file, and every object fetched is checked (`.git` and `..` entries are
    /// refused by git itself). What a peer or a damaged `.git/config` says cannot turn them off.
    static let hardening = [
        "-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null", "-c", "core.symlinks=false",
        "-c", "transfer.fsckObjects=true", "-c", "fetch.fsckObjects=true", "-c", "protocol.ext.allow=never",
        "-c", "core.protectNTFS=true", "-c", "core.protectHFS=true",
    ]

    /// Runs `git -C directory args…`; a non-zero exit is returned, not thrown (callers decide).
    /// `input`: a file git reads as its standard input (a list for `cat-file --batch`).
    public func run(_ args: [String], input: String = "/dev/null") throws(SyncError) -> Output {
        let command = ["git", "-C", directory] + Git.hardening + settings + args
        return try Git.spawn(command, input: input, environment: environment)
    }

    /// Runs `program args…` through `sh` with `umask 077` (what it writes is private); stdout
    /// and stderr together. `ssh-keygen` (desk keys) is the one program besides git.
    static func spawn(
        _ command: [String], input: String = "/dev/null",
        environment: [String: String] = [:]
    ) throws(SyncError) -> Output {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw SyncError.gitMissing }
        #if canImport(Glibc)
            var actions = posix_spawn_file_actions_t()
        #else
            var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 2)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Through sh for its umask: what git checks out or writes holds personal data (0600).
        let argv = ["/bin/sh", "-c", "umask 077 && exec \"$@\"", "sh"] + command
        var env = [String: String]()
        var p = environ
        while let entry = p.pointee {
            let s = String(cString: entry)
            if let eq = s.firstIndex(of: "=") { env[String(s[..<eq])] = String(s[s.index(after: eq)...]) }
            p += 1
        }
        env["GIT_TERMINAL_PROMPT"] = "0"
        env["LC_ALL"] = "C"
        for (k, v) in environment { env[k] = v }
        let cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        let cEnv: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in cArgs { free(p) }
            for p in cEnv { free(p) }
        }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, "/bin/sh", &actions, nil, cArgs, cEnv)
        close(fds[1])
        guard rc == 0 else {
            close(fds[0])
            throw SyncError.gitMissing
        }
        var out = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { SystemCall.read(fds[0], into: $0) }
            guard n > 0 else { break }
            out.append(contentsOf: buffer[0..<n])
        }
        close(fds[0])
        var status: Int32 = 0
        _ = SystemCall.retryingInterrupts { waitpid(pid, &status, 0) }
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        // sh's "not found": no git on the PATH.
        if exit == 127 { throw SyncError.gitMissing }
        return Output(status: exit, bytes: out)
    }

    /// Runs a step that must succeed; its failure names the step and git's last line.
    @discardableResult
    public func must(_ args: [String], input: String = "/dev/null") throws(SyncError) -> Output {
        let out = try run(args, input: input)
        guard out.ok else { throw SyncError.gitFailed(step: args.first ?? "", reason: Sync.lastLine(out)) }
        return out
    }
}
