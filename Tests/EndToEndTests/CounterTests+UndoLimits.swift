import Foundation
import XCTest

/// Issue 28: repeated `cs undo` took back a two-day-old escalation, at once. An undo takes back
/// only a recent change (`undo.withinHours`, a shift by default); older ones are corrected by
/// their own command. `--yes` is accepted everywhere undo runs (a script is never asked).
extension CounterTests {
    func testUndoTakesBackOnlyChangesOfTheLastHours() throws {
        let cs = try CS.fresh(now: "2026-11-02T10:00:00+08:00")
        let card = cs.addMember("Ann", phone: "13900000001")
        XCTAssertEqual(cs.run("member", "earn", card, "--amount", "100", "--receipt", "R1").status, 0)
        let nextMorning = ["CS_NOW": "2026-11-02T23:00:00+08:00"]
        assertRefused(
            cs.run(["undo", "--yes"], env: nextMorning), status: 1, mentions: "member earn", "undo.withinHours")
        assertRefused(cs.run(["--lang", "zh", "undo"], env: nextMorning), status: 1, mentions: "12 小时")
        XCTAssertEqual(cs.json("member", "show", card)["points"] as? Int, 100, "nothing changed")
        XCTAssertEqual(cs.run("--clerk", "boss", "config", "set", "undo.withinHours", "24").status, 0)
        let undo = cs.run(["undo", "--yes"], env: nextMorning)
        XCTAssertEqual(undo.status, 0, undo.stderr)
        XCTAssertEqual(cs.json("member", "show", card)["points"] as? Int, 0)
        XCTAssertEqual(cs.run("doctor").status, 0)
    }
}
