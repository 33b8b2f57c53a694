import Foundation
import XCTest

/// What a durable change costs the disk, read off the system calls (strace): one flush of the
/// redo log's append, and never a whole-filesystem sync, whose cost other programs' writes set.
final class FlushCountTests: XCTestCase {
    static let strace = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The flush-family calls `args` made, one line each, with the path of the file flushed (`-y`).
    func flushes(_ cs: CS, _ args: [String]) throws -> [String] {
        guard let strace = FlushCountTests.strace else { throw XCTSkip("strace is not installed") }
        let trace = cs.dataDirectory.path + "-trace"
        let calls = "fsync,fdatasync,syncfs,sync,sync_file_range,msync"
        let quoted = args.map { "'\($0)'" }.joined(separator: " ")
        let r = cs.shell("\(strace) -f -y -qq -e trace=\(calls) -o '\(trace)' '\(CS.binary.path)' \(quoted)")
        XCTAssertEqual(r.status, 0, r.stderr)
        let text = try String(contentsOfFile: trace, encoding: .utf8)
        return text.split(separator: "\n").map(String.init).filter { !$0.contains("+++") && !$0.contains("---") }
    }

    func testADurableChangeIsOneFlushOfTheLogAndNeverASyncOfTheFilesystem() throws {
        let cs = try CS.fresh()
        let card = cs.addMember("王芳", phone: "13800000001")
        XCTAssertEqual(cs.run("member", "topup", card, "--amount", "500").status, 0)
        let earn = try flushes(cs, ["member", "earn", card, "--amount", "120", "--receipt", "R-1"])
        XCTAssertEqual(earn.count, 1, earn.joined(separator: "\n"))
        XCTAssertTrue(earn.allSatisfy { $0.contains("fdatasync(") && $0.contains("/cs.wal>") }, "\(earn)")
        XCTAssertEqual(
            cs.run(
                "invoice", "stock", "add", "--code", "044001900111", "--from", "00000001",
                "--to", "00000050"
            ).status, 0)
        let issue = try flushes(cs, ["invoice", "issue", "--receipt", "R-1001", "--amount", "588.50"])
        XCTAssertFalse(issue.contains { $0.contains("syncfs(") || $0.contains(" sync(") }, "\(issue)")
        XCTAssertEqual(issue.count, 1, issue.joined(separator: "\n"))
        XCTAssertEqual(cs.json("member", "show", card)["points"] as? Int, 120, "the change is there")
    }

    func testTheChangeThatStartsTheLogAlsoFlushesItsDirectory() throws {
        let cs = try CS.fresh()
        let card = cs.addMember("王芳", phone: "13800000001")
        // A checkpoint empties the log; setting it aside (as doctor --repair does) removes it.
        try FileManager.default.removeItem(atPath: cs.path("cs.wal"))
        let calls = try flushes(cs, ["member", "topup", card, "--amount", "500"])
        XCTAssertTrue(calls.contains { $0.hasPrefix("fdatasync(") || $0.contains(" fdatasync(") }, "\(calls)")
        let directory = calls.filter { $0.contains("fsync(") && $0.contains("<\(cs.dataDirectory.path)>") }
        XCTAssertEqual(directory.count, 1, "the new log's name made durable: \(calls)")
        XCTAssertEqual(calls.count, 2, calls.joined(separator: "\n"))
    }
}
