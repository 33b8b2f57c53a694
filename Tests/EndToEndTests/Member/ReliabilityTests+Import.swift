import CSCore
import Foundation
import XCTest

/// Issue 16: an import streams its file and stages what it writes, so its memory does not grow
/// with the file — and it is still all or nothing, whenever it is killed.
final class ImportScaleTests: XCTestCase {
    /// A members file of `rows` rows, each about `padding` bytes longer through its free text.
    func membersFile(rows: Int, padding: Int = 0, in dir: URL) throws -> String {
        let url = dir.appendingPathComponent("members-\(rows)-\(padding).csv")
        var text = "card,name,phone,birthday,points,balance,address,note\n"
        let half = String(repeating: "号", count: min(padding / 2, 490) / 3)
        for i in 0..<rows {
            text +=
                "9901\(String(format: "%07d", i)),会员\(i),13\(String(format: "%09d", i)),"
                + "19\(60 + i % 40)-\(String(format: "%02d", 1 + i % 12))-\(String(format: "%02d", 1 + i % 28)),"
                + "\(i % 500),\(i % 7).50,上海市\(half),\(half)\n"
        }
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func members(_ cs: CS) -> Int {
        let r = cs.run("export", "members", "--csv")
        XCTAssertEqual(r.status, 0, r.stderr)
        return max(0, r.lines.count - 1)
    }

    /// The import's committed state, without the journal's times: two complete imports of
    /// the same file give the same answer.
    func state(_ cs: CS) -> [String] {
        ["members", "ledger"].flatMap { kind in cs.run("export", kind, "--jsonl").lines.sorted() }
    }

    func leftovers(_ cs: CS) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cs.dataDirectory.path)) ?? [])
            .filter { $0.hasPrefix(".tmp-") || $0 == "txn.json" }
    }

    func testAnImportKilledAtRandomMomentsLeavesTheDirectoryUnchangedOrFullyImported() throws {
        var rng = SeededRandom(seed: Campaign.seed)
        let rows = Campaign.size(3_000, 100_000)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("cs-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = try membersFile(rows: rows, in: scratch)
        // A small staging budget: the import stages and appends many times, as a large one would.
        let staging = ["CS_FAULT_SPILL_BYTES": "65536"]
        func seeded() throws -> CS {
            let cs = try CS.fresh()
            _ = cs.addMember("老会员", phone: "13800138000")
            return cs
        }
        // The whole import, timed: the kills fall inside it.
        let reference = try seeded()
        let started = Date()
        let full = reference.run(["member", "import", "--from", file], env: staging)
        let took = Date().timeIntervalSince(started)
        XCTAssertEqual(full.status, 0, full.stderr)
        let whole = state(reference)
        XCTAssertEqual(members(reference), rows + 1)

        var cs = try seeded()
        let before = state(cs)
        var unchanged = 0
        var imported = 0
        var inCommit = 0
        for _ in 0..<Campaign.size(5, 12) {
            let p = cs.start(["member", "import", "--from", file], env: staging)
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            // Half the kills fall anywhere; half inside the commit: once the undo record is
            // on disk, after a few milliseconds more or less.
            if Bool.random(using: &rng) {
                usleep(UInt32(Double.random(in: 0...took, using: &rng) * 1_000_000))
            } else {
                let deadline = Date().addingTimeInterval(took * 2)
                while !FileManager.default.fileExists(atPath: cs.path("txn.json")) && p.isRunning && Date() < deadline {
                    usleep(200)
                }
                usleep(UInt32.random(in: 0...30_000, using: &rng))
            }
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            if FileManager.default.fileExists(atPath: cs.path("txn.json")) { inCommit += 1 }
            // The next command finishes what the dead one left: its undo record, its staging.
            let doctor = cs.run("doctor")
            XCTAssertEqual(doctor.status, 0, doctor.stdout + doctor.stderr)
            XCTAssertEqual(leftovers(cs), [], "no undo record or staging left behind")
            let now = state(cs)
            if now == before {
                unchanged += 1
            } else {
                XCTAssertEqual(now.count, whole.count, "all or nothing: \(now.count) lines, not \(whole.count)")
                imported += 1
                cs = try seeded()
            }
        }
        XCTAssertGreaterThan(unchanged, 0, "some kills land before the commit point")
        XCTAssertGreaterThan(inCommit, 0, "some kills land while the undo record is on disk")
        Campaign.report(
            "killed imports: \(rows) rows, \(inCommit) killed inside the commit, \(unchanged) left "
                + "unchanged, \(imported) fully imported, doctor clean every time")
    }

    func testAnImportLargerThanItsMemoryLimitStillSucceeds() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("cs-ulimit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let cs = try CS.fresh()
        // What the process needs doing nothing much, then a file larger than the headroom given.
        let headroomKB = 16 * 1024
        let rows = Campaign.size(20_000, 120_000)
        let file = try membersFile(rows: rows, padding: 980, in: scratch)
        let size = try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int)
        XCTAssertGreaterThan(size / 1024, headroomKB, "the file is larger than the memory given")
        let limit = try minimumVirtualMemoryKB(cs) + headroomKB
        // Staging at 1 MB (the default is 8) so that the limit can sit well below the file's size.
        let r = cs.shell(
            "ulimit -v \(limit); CS_FAULT_SPILL_BYTES=1048576 exec '\(CS.binary.path)' member import "
                + "--from '\(file)'")
        XCTAssertEqual(r.status, 0, "under ulimit -v \(limit) KB: " + r.stderr)
        XCTAssertEqual(members(cs), rows)
        Campaign.report("import under ulimit -v \(limit) KB: \(rows) rows, \(size >> 20) MB file, imported")
    }

    /// The smallest address-space limit under which cs runs a command that reads the directory.
    func minimumVirtualMemoryKB(_ cs: CS) throws -> Int {
        var low = 1024
        var high = 1 << 22
        while high - low > 1024 {
            let mid = (low + high) / 2
            if cs.shell("ulimit -v \(mid); exec '\(CS.binary.path)' member list >/dev/null").status == 0 {
                high = mid
            } else {
                low = mid
            }
        }
        return high
    }
}
