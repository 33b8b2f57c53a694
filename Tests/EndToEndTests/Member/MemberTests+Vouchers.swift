import Foundation
import XCTest

/// Issue 28: the seed's yearly voucher — every 1 December points ÷ 10 become a cash voucher of
/// 10–100 yuan, valid to 15 January, used once, worth nothing after.
extension MemberTests {
    func testTheYearlyVoucherIsIssuedOnceUsedOnceAndExpires() throws {
        let ann = cs.addMember("Ann", phone: "13800000001")
        let bo = cs.addMember("Bo", phone: "13800000002")
        let cy = cs.addMember("Cy", phone: "13800000003")
        XCTAssertEqual(cs.run("member", "earn", ann, "--amount", "1500", "--receipt", "R1").status, 0)
        XCTAssertEqual(cs.run("member", "earn", bo, "--amount", "259", "--receipt", "R2").status, 0)
        XCTAssertEqual(cs.run("member", "earn", cy, "--amount", "50", "--receipt", "R3").status, 0)
        let dec1 = ["CS_NOW": "2026-12-01T07:00:00+08:00"]
        let run = cs.run(["--lang", "zh", "member", "vouchers", "issue"], env: dec1)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("已发放现金券 2 张,共 125 元,有效期至 2027-01-15"), run.stdout)
        XCTAssertEqual(points(ann), 500, "100 yuan, the largest, took 1000 points")
        XCTAssertEqual(points(bo), 9, "25 yuan took 250 points")
        XCTAssertEqual(points(cy), 50, "too few points for the smallest voucher")
        let again = cs.run(["member", "vouchers", "issue", "--json"], env: dec1)
        XCTAssertEqual(again.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "[]", "once a year each")
        XCTAssertEqual(points(ann), 500)
        let list = cs.run(["member", "vouchers", "list", "--status", "issued", "--csv"], env: dec1)
        XCTAssertEqual(list.lines.count, 3, list.stdout)
        let id = "V2026-\(ann)"
        let used = cs.run(["member", "vouchers", "use", id.lowercased(), "--receipt", "r-9"], env: dec1)
        XCTAssertEqual(used.status, 0, used.stderr)
        assertRefused(
            cs.run(["member", "vouchers", "use", id, "--receipt", "R-10"], env: dec1), status: 1, mentions: "R-9")
        let late = ["CS_NOW": "2027-01-16T10:00:00+08:00"]
        assertRefused(
            cs.run(["member", "vouchers", "use", "V2026-\(bo)", "--receipt", "R-11"], env: late), status: 1,
            mentions: "2027-01-15")
        let expired = cs.run(["member", "vouchers", "list", "--status", "expired", "--json"], env: late)
        XCTAssertTrue(expired.stdout.contains("V2026-\(bo)") && !expired.stdout.contains(id), expired.stdout)
        assertRefused(
            cs.run(["member", "vouchers", "use", "V2026-1", "--receipt", "R-12"], env: dec1), status: 1,
            mentions: "V2026-1")
        // The run is one change: undo takes every voucher and gives the points back.
        let fresh = try CS.fresh()
        let dee = fresh.addMember("Dee", phone: "13800000004")
        XCTAssertEqual(fresh.run("member", "earn", dee, "--amount", "300", "--receipt", "R1").status, 0)
        XCTAssertEqual(fresh.run(["member", "vouchers", "issue"], env: dec1).status, 0)
        XCTAssertEqual(fresh.json("member", "show", dee)["points"] as? Int, 0)
        XCTAssertEqual(fresh.run(["undo", "--yes"], env: dec1).status, 0)
        XCTAssertEqual(fresh.json("member", "show", dee)["points"] as? Int, 300)
        XCTAssertEqual(fresh.jsonArray("member", "vouchers", "list").count, 0)
    }
}
