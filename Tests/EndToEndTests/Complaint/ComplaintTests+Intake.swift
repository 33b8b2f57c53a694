import Foundation
import XCTest

/// Issue 28: a walk-in who gives only a surname, a letter that arrived days ago, and resolved
/// complaints waiting for their call back on the shift board.
extension ComplaintTests {
    func testAWalkInNeedsNoPhoneAndALetterIsDatedWhenItArrived() throws {
        let cs = try CS.fresh(now: ComplaintTests.now)
        let walkIn = cs.run(
            [
                "complaint", "new", "--customer", "王先生", "--matter", "挂号排队太久", "--channel", "on-site",
                "--room", "门诊二楼", "--staff", "挂号处", "-q",
            ])
        XCTAssertEqual(walkIn.status, 0, walkIn.stderr)
        let id = walkIn.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertTrue(complaint(cs, id)["phone"] is NSNull, "no phone recorded")
        XCTAssertEqual(complaint(cs, id)["staff"] as? String, "挂号处")
        let letter = new(cs, extra: ["--channel", "letter", "--received", "2026-10-30T09:00:00+08:00"])
        let l = complaint(cs, letter)
        XCTAssertEqual(l["receivedAt"] as? String, "2026-10-30T09:00:00+08:00")
        XCTAssertEqual(l["due"] as? String, "2026-11-01T09:00:00+08:00", "48 h from its arrival: already late")
        XCTAssertEqual(cs.run("complaint", "overdue").status, 4)
        assertRefused(
            cs.run("complaint", "new", "--customer", "x", "--matter", "m", "--received", "2026-11-03T09:00:00+08:00"),
            status: 2, mentions: "--received")
        assertRefused(
            cs.run("--lang", "zh", "complaint", "new", "--customer", "x", "--matter", "m", "--received", "2026-09-01"),
            status: 2, mentions: "--received", "31 天")
        assertRefused(
            cs.run("complaint", "new", "--customer", "x", "--matter", "m", "--phone", "12"), status: 2,
            mentions: "--phone")
    }

    func testAResolvedComplaintWaitsOnTheBoardForItsCallBack() throws {
        let cs = try CS.fresh(now: ComplaintTests.now)
        let id = new(cs)
        XCTAssertEqual(act(cs, ["resolve", id, "--resolution", "换了包厢"], at: "2026-11-02T12:00:00+08:00").status, 0)
        let board = cs.run(["today"], env: at("2026-11-03T10:00:00+08:00"))
        XCTAssertEqual(board.status, 0, "a call to make is not overdue")
        XCTAssertTrue(board.stdout.contains("call 张女士 back on 13912345678"), board.stdout)
        let zh = cs.run(["--lang", "zh", "today"], env: at("2026-11-03T10:00:00+08:00"))
        XCTAssertTrue(zh.stdout.contains("请回访 张女士"), zh.stdout)
        XCTAssertEqual(act(cs, ["follow-up", id, "--satisfaction", "4"], at: "2026-11-03T11:00:00+08:00").status, 0)
        let after = cs.run(["today"], env: at("2026-11-03T11:30:00+08:00"))
        XCTAssertFalse(after.stdout.contains(id), after.stdout)
    }
}
