import Foundation
import XCTest

/// Issue 25: an undo of a change the desks already share.
final class SyncUndoTests: XCTestCase {
    func testAChangeAlreadySharedIsNotUndoneAgainAtAnotherDesk() throws {
        let (remote, d) = try SyncHarness.desks(2)
        SyncHarness.join(d, remote)
        let card = d[0].addMember("张三", phone: "13800000001")
        XCTAssertEqual(d[0].run("sync").status, 0)
        XCTAssertEqual(d[0].run("member", "earn", card, "--amount", "100", "--receipt", "R1").status, 0)
        // Offline, not yet sent: still this desk's alone, and undone as before.
        XCTAssertEqual(d[0].run("undo").status, 0)
        XCTAssertEqual(d[0].run("member", "earn", card, "--amount", "100", "--receipt", "R2").status, 0)
        XCTAssertEqual(d[0].run("sync").status, 0)
        XCTAssertEqual(d[1].run("sync").status, 0)
        for desk in d {
            let r = desk.run("undo")
            XCTAssertEqual(r.status, 1, r.stdout)
            XCTAssertTrue(r.stderr.contains("cs member reverse"), r.stderr)
        }
        for desk in [d[0], d[1], d[0]] { XCTAssertEqual(desk.run("sync").status, 0) }
        for desk in d { XCTAssertEqual(desk.json("member", "show", card)["points"] as? Int, 100) }
    }
}
