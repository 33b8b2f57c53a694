import Foundation
import XCTest

/// Issue 30: calls made to one person at two desks apart both count (the calls list is only ever
/// added to), so the third try closes the follow-up wherever it is made.
final class FollowupSyncTests: XCTestCase {
    func testCallsMadeAtTwoDesksApartAreBothKept() throws {
        let (remote, d) = try SyncHarness.desks(2)
        SyncHarness.join(d, remote)
        let added = d[0].run("followup", "add", "--name", "李四", "--phone", "13900001111", "-q")
        XCTAssertEqual(added.status, 0, added.stderr)
        let id = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(d[0].run("sync").status, 0)
        XCTAssertEqual(d[1].run("sync").status, 0)
        XCTAssertEqual(d[0].run("followup", "call", id, "--no-answer").status, 0)
        XCTAssertEqual(d[1].run("followup", "call", id, "--no-answer", "--note", "关机").status, 0)
        XCTAssertEqual(d[0].run("sync").status, 0)
        let merged = d[1].run("sync")
        XCTAssertEqual(merged.status, 0, merged.stdout + merged.stderr)
        XCTAssertEqual((d[1].json("followup", "show", id)["calls"] as? [[String: Any]])?.count, 2)
        let third = d[1].run("followup", "call", id, "--no-answer")
        XCTAssertTrue(third.stdout.contains("closed unreached"), third.stdout + third.stderr)
        XCTAssertEqual(d[1].run("doctor").status, 0)
    }
}
