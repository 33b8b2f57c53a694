import Foundation
import XCTest

/// Issue 25, the business conflicts a merge used to settle silently.
final class SyncStateConflictTests: XCTestCase {
    func testOneItemClaimedAtTwoDesksIsAnOpenConflictWithIDNumbersMasked() throws {
        let (remote, d) = try SyncHarness.desks(2)
        SyncHarness.join(d, remote)
        let add = d[0].run(
            "lostfound", "add", "--item", "钱包", "--where", "8号包厢", "--handed-in-by", "小王",
            "--supervisor", "张经理", "-q")
        XCTAssertEqual(add.status, 0, add.stderr)
        let item = add.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(d[0].run("sync").status, 0)
        XCTAssertEqual(d[1].run("sync").status, 0)
        let ids = ["110101199003071234", "110101198511112345"]
        for (i, desk) in d.enumerated() {
            let r = desk.run(
                "lostfound", "claim", item, "--claimant", "认领人\(i)", "--phone", "1380000000\(i)",
                "--id-number", ids[i], "--described", "黑色钱包", "--supervisor", "张经理",
                env: ["CS_NOW": "2026-11-23T1\(i + 1):00:00+08:00"])
            XCTAssertEqual(r.status, 0, r.stderr)
        }
        XCTAssertEqual(d[0].run("sync").status, 0)
        let found = d[1].run("sync", env: ["CS_NOW": "2026-11-23T13:00:00+08:00"])
        XCTAssertEqual(found.status, 4, found.stdout + found.stderr)
        XCTAssertEqual(SyncHarness.openConflicts(d[1]), ["state"])
        // The claim kept is one side's whole claim, not a mix of the two.
        let shown = d[1].json("lostfound", "show", item, "--reveal")
        let claimant = shown["claimant"] as? String ?? ""
        let kept = claimant == "认领人1" ? ids[1] : ids[0]
        XCTAssertEqual(shown["claimantIdNumber"] as? String, kept, "\(shown)")
        for format in ["--json", "--csv"] {
            let all = d[1].run("sync", "conflicts", "--all", format)
            for id in ids { XCTAssertFalse(all.stdout.contains(id), "\(format): \(all.stdout)") }
        }
        let board = d[1].run("today", env: ["CS_NOW": "2026-11-23T13:00:00+08:00"])
        XCTAssertTrue(board.stdout.contains(item), board.stdout)
    }

    func testAComplaintResolvedAtOneDeskAndEscalatedAtTheOtherKeepsOneWholeState() throws {
        let (remote, d) = try SyncHarness.desks(2)
        SyncHarness.join(d, remote)
        let new = d[0].run(
            "complaint", "new", "--customer", "李女士", "--phone", "13900000001", "--matter", "音响太响",
            "-q")
        XCTAssertEqual(new.status, 0, new.stderr)
        let id = new.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(d[0].run("sync").status, 0)
        XCTAssertEqual(d[1].run("sync").status, 0)
        XCTAssertEqual(
            d[0].run(
                "complaint", "resolve", id, "--resolution", "换了包厢",
                env: ["CS_NOW": "2026-11-23T11:00:00+08:00"]
            ).status, 0)
        XCTAssertEqual(
            d[1].run(
                "complaint", "escalate", id, "--to", "王经理",
                env: ["CS_NOW": "2026-11-23T12:00:00+08:00"]
            ).status, 0)
        XCTAssertEqual(d[0].run("sync").status, 0)
        XCTAssertEqual(d[1].run("sync", env: ["CS_NOW": "2026-11-23T13:00:00+08:00"]).status, 4)
        let c = d[1].json("complaint", "show", id)
        XCTAssertEqual(c["status"] as? String, "escalated", "\(c)")
        XCTAssertNil(c["resolvedAt"] as? String, "\(c)")
        XCTAssertEqual(SyncHarness.openConflicts(d[1]), ["state"])
        // The next step a clerk takes on it settles the conflict.
        XCTAssertEqual(
            d[1].run(
                "complaint", "resolve", id, "--resolution", "经理致歉并换包厢",
                env: ["CS_NOW": "2026-11-23T14:00:00+08:00"]
            ).status, 0)
        XCTAssertEqual(SyncHarness.openConflicts(d[1]), [])
    }
}
