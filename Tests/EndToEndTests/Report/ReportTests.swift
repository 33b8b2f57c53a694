import Foundation
import XCTest

/// Issue 28: the VIP director's weekly summary (每周工作总结), `cs report --week`, across the
/// desks from the journal: changes per command and clerk, undone ones not counted.
final class ReportTests: XCTestCase {
    func testTheWeeklySummaryCountsEachCommandsChangesAndLeavesOutWhatWasUndone() throws {
        // Monday 23 November 2026.
        let cs = try CS.fresh(now: "2026-11-23T10:00:00+08:00")
        let ann = cs.addMember("Ann", phone: "13800000001")
        _ = cs.addMember("Bo", phone: "13800000002")
        XCTAssertEqual(cs.run("member", "earn", ann, "--amount", "10", "--receipt", "R1").status, 0)
        let wed = ["CS_NOW": "2026-11-25T10:00:00+08:00", "CS_CLERK": "bob"]
        XCTAssertEqual(cs.run(["member", "earn", ann, "--amount", "20", "--receipt", "R2"], env: wed).status, 0)
        XCTAssertEqual(cs.run(["member", "earn", ann, "--amount", "30", "--receipt", "R3"], env: wed).status, 0)
        XCTAssertEqual(cs.run(["undo", "--yes"], env: wed).status, 0)
        XCTAssertEqual(
            cs.run(
                ["lostfound", "add", "--item", "雨伞", "--where", "大厅", "--handed-in-by", "保安", "--supervisor", "王"],
                env: wed
            ).status, 0)
        // The next week's Monday: not this week's.
        let next = ["CS_NOW": "2026-11-30T10:00:00+08:00"]
        XCTAssertEqual(cs.run(["member", "earn", ann, "--amount", "5", "--receipt", "R4"], env: next).status, 0)
        let rows = cs.jsonArray("report", "--week", "2026-11-26")
        func changes(_ command: String) -> Int? {
            rows.first { $0["command"] as? String == command }?["changes"] as? Int
        }
        XCTAssertEqual(changes("member add"), 2)
        XCTAssertEqual(changes("member earn"), 2, "R3 was undone; R4 is next week's")
        XCTAssertEqual(changes("lostfound add"), 1)
        XCTAssertEqual(rows.first { $0["command"] as? String == "member earn" }?["clerks"] as? String, "alice,bob")
        let zh = cs.run(["--lang", "zh", "report", "--week", "last"], env: next)
        XCTAssertEqual(zh.status, 0, zh.stderr)
        XCTAssertTrue(zh.stdout.contains("每周工作总结 2026-11-23 — 2026-11-29"), zh.stdout)
        XCTAssertTrue(zh.stdout.contains("办理会员卡") && zh.stdout.contains("1 项变更已被 cs undo 撤销"), zh.stdout)
        let thisWeek = cs.run(["report", "--csv"], env: next)
        XCTAssertEqual(thisWeek.lines, ["command,changes,clerks", "member earn,1,alice"], "this week: Monday the 30th")
        assertRefused(cs.run("report", "--week", "next"), status: 2, mentions: "--week", "last")
        let page = try ManFieldsTests.manPage("cs-report.1")
        for key in ManFieldsTests.keys(cs, ["report", "--week", "2026-11-26"]) {
            XCTAssertTrue(page.contains(key), "cs-report(1) lacks the field \(key)")
        }
        let full = cs.shell("'\(CS.binary.path)' report > /dev/full")
        XCTAssertNotEqual(full.status, 0)
    }
}
