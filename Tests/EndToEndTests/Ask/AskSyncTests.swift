import Foundation
import XCTest

/// Issue 30: an enquiry handed to two clerks at two desks apart keeps one whole state (owner with
/// status and answer) and is a `state` conflict for a clerk; both hand-overs are kept.
final class AskSyncTests: XCTestCase {
    func testAnEnquiryHandedToTwoClerksAtTwoDesksIsAStateConflict() throws {
        let (remote, d) = try SyncHarness.desks(2)
        SyncHarness.join(d, remote)
        let taken = d[0].run("ask", "new", "--name", "王女士", "--topic", "预约", "--text", "周六大包", "-q")
        XCTAssertEqual(taken.status, 0, taken.stderr)
        let id = taken.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(d[0].run("sync").status, 0)
        XCTAssertEqual(d[1].run("sync").status, 0)
        XCTAssertEqual(d[0].run("ask", "pass", id, "--to", "ann").status, 0)
        XCTAssertEqual(d[1].run("ask", "pass", id, "--to", "mei").status, 0)
        XCTAssertEqual(d[0].run("sync").status, 0)
        let found = d[1].run("sync")
        XCTAssertEqual(found.status, 4, found.stdout + found.stderr)
        XCTAssertEqual(SyncHarness.openConflicts(d[1]), ["state"])
        let e = d[1].json("ask", "show", id)
        XCTAssertTrue(["ann", "mei"].contains(e["owner"] as? String ?? ""), "\(e)")
        XCTAssertEqual((e["handovers"] as? [[String: Any]])?.count, 2, "both hand-overs are kept")
        XCTAssertEqual(d[1].run("doctor").status, 0)
    }
}
