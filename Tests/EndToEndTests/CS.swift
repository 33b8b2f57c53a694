import Foundation
import XCTest

/// Runs the real `cs` binary on a temporary data directory, as a clerk or cron would.
struct CS {
    let dataDirectory: URL
    var environment: [String: String]

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        var lines: [String] {
            stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
        }
    }

    /// The repository's root (man pages, examples), from this file's place in it.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `cs` that `swift test` built next to the test bundle.
    static let binary: URL = {
        if let b = ProcessInfo.processInfo.environment["CS_BIN"] { return URL(fileURLWithPath: b) }
        var candidates = [URL]()
        let arg0 = URL(fileURLWithPath: CommandLine.arguments[0])
        candidates.append(arg0.deletingLastPathComponent().appendingPathComponent("cs"))
        for bundle in Bundle.allBundles {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("cs"))
        }
        candidates.append(repository.appendingPathComponent(".build/debug/cs"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    /// A fresh, initialised data directory with a fixed clock.
    static func fresh(now: String = "2026-11-23T10:00:00+08:00", initialize: Bool = true) throws -> CS {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cs-e2e-\(UUID().uuidString)")
        var cs = CS(
            dataDirectory: dir,
            environment: [
                "CS_DATA_DIR": dir.path, "CS_NOW": now, "CS_CLERK": "alice", "LANG": "C", "NO_COLOR": "1",
                "PATH": "/usr/bin:/bin", "HOME": dir.path,
            ])
        if initialize {
            let r = cs.run("init")
            XCTAssertEqual(r.status, 0, r.stderr)
        }
        cs.environment["CS_LOCK_TIMEOUT"] = "20"
        return cs
    }

    func path(_ relative: String) -> String { dataDirectory.appendingPathComponent(relative).path }

    @discardableResult
    func run(_ args: String..., env: [String: String] = [:], stdin: String? = nil) -> Result {
        run(args, env: env, stdin: stdin)
    }

    @discardableResult
    func run(_ args: [String], env: [String: String] = [:], stdin: String? = nil) -> Result {
        let p = start(args, env: env)
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        let input = Pipe()
        p.standardInput = input
        try! p.run()
        if let stdin { input.fileHandleForWriting.write(stdin.data(using: .utf8)!) }
        try? input.fileHandleForWriting.close()
        // Read before waiting so a large output cannot fill the pipe and block the child.
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(
            status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
            stderr: String(decoding: e, as: UTF8.self))
    }

    /// A configured, not yet started process (for concurrency and kill tests).
    func start(_ args: [String], env: [String: String] = [:]) -> Process {
        let p = Process()
        p.executableURL = CS.binary
        p.arguments = args
        p.environment = environment.merging(env) { _, new in new }
        return p
    }

    /// A shell command line with this data directory's environment (pipes, script(1)).
    func shell(_ command: String) -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command]
        p.environment = environment
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try! p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(
            status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
            stderr: String(decoding: e, as: UTF8.self))
    }

    /// Registers a member and returns the card number.
    func addMember(_ name: String, phone: String, birthday: String = "1990-05-17", extra: [String] = []) -> String {
        let r = run(["member", "add", "--name", name, "--phone", phone, "--birthday", birthday, "-q"] + extra)
        XCTAssertEqual(r.status, 0, r.stderr)
        return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func write(_ text: String, to name: String) -> String {
        let url = dataDirectory.deletingLastPathComponent().appendingPathComponent(
            "\(dataDirectory.lastPathComponent)-\(name)")
        try! text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func json(_ args: String...) -> [String: Any] { json(args) }

    func json(_ args: [String]) -> [String: Any] {
        let r = run(args + ["--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        return (try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [String: Any] ?? [:]
    }

    func jsonArray(_ args: String...) -> [[String: Any]] {
        let r = run(args + ["--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        return (try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [[String: Any]] ?? []
    }
}

/// Asserts a refusal: the exit status, one line on stderr, nothing on stdout.
func assertRefused(
    _ r: CS.Result, status: Int32, mentions: String..., file: StaticString = #filePath, line: UInt = #line
) {
    XCTAssertEqual(r.status, status, "stdout: \(r.stdout) stderr: \(r.stderr)", file: file, line: line)
    XCTAssertTrue(r.stderr.hasPrefix("cs: "), r.stderr, file: file, line: line)
    XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, "one line on stderr: \(r.stderr)", file: file, line: line)
    for m in mentions { XCTAssertTrue(r.stderr.contains(m), "'\(m)' not in: \(r.stderr)", file: file, line: line) }
}
