import Foundation
import XCTest

/// Issue 28: the seed's yearly VIP review (审核期1年) — each member falls due a year after
/// joining, then a year after each review; the desk lists who is due.
extension MemberTests {
    func testTheYearlyReviewFallsDueIsListedAndRecorded() throws {
        let ann = cs.addMember("Ann", phone: "13800000001")
        let bo = cs.addMember("Bo", phone: "13800000002")
        XCTAssertEqual(cs.json("member", "show", ann)["reviewDue"] as? String, "2027-11-23", "a year after joining")
        XCTAssertEqual(cs.jsonArray("member", "reviews").count, 0, "nobody due yet")
        let later = ["CS_NOW": "2027-11-01T10:00:00+08:00"]
        let due = cs.run(["member", "reviews", "--json"], env: later)
        XCTAssertEqual(due.status, 0, due.stderr)
        XCTAssertTrue(due.stdout.contains(ann) && due.stdout.contains(bo), due.stdout)
        XCTAssertEqual(cs.run(["member", "reviews", "--within", "0", "-q"], env: later).stdout, "", "none due today")
        let r = cs.run(["member", "review", ann], env: later)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("2028-11-01"), r.stdout)
        let after = cs.run(["member", "reviews", "--csv"], env: later)
        XCTAssertFalse(after.stdout.contains(ann), "reviewed: not due again for a year")
        XCTAssertTrue(after.stdout.contains(bo))
        let zh = cs.run(["--lang", "zh", "member", "reviews"], env: later).stdout
        XCTAssertTrue(zh.contains("审核到期") && zh.contains("2027-11-23"), zh)
        XCTAssertEqual(cs.run(["member", "suspend", bo, "--reason", "lost"], env: later).status, 0)
        assertRefused(cs.run(["member", "review", bo], env: later), status: 1, mentions: "suspended")
        XCTAssertFalse(cs.run(["member", "reviews", "--csv"], env: later).stdout.contains(bo), "active cards only")
        // The review date travels with an export and back.
        let export = cs.run(["export", "members"], env: later)
        XCTAssertTrue(export.stdout.contains("reviewedAt") && export.stdout.contains("2027-11-01"))
        let other = try CS.fresh(now: "2027-11-02T10:00:00+08:00")
        let file = other.write(export.stdout, to: "m.csv")
        let imported = other.run("member", "import", "--from", file)
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertEqual(other.json("member", "show", ann)["reviewedAt"] as? String, "2027-11-01")
        XCTAssertEqual(other.json("member", "show", ann)["reviewDue"] as? String, "2028-11-01")
    }
}
