import Foundation
import XCTest

/// Issue 28: the seed's registration — the 会员卡 fee (200元) taken and in the day's takings,
/// the charter read and signed, shown on the slip the member signs.
extension MemberTests {
    func testTheCardFeeAndCharterAreRecordedAndTheDaysTakingsAddUp() throws {
        let card = cs.addMember("Ann", phone: "13800000001", extra: ["--charter-signed"])
        let m = cs.json("member", "show", card)
        XCTAssertEqual(m["cardFee"] as? String, "200.00", "the seed's 会员卡 fee")
        XCTAssertEqual(m["charterSigned"] as? Bool, true)
        let stored = cs.addMember("Bo", phone: "13800000002", extra: ["--kind", "stored-value"])
        XCTAssertEqual(cs.json("member", "show", stored)["cardFee"] as? String, "0.00", "a blank in the seed: 0")
        XCTAssertEqual(cs.json("member", "show", stored)["charterSigned"] as? Bool, false)
        _ = cs.addMember("Cy", phone: "13800000003", extra: ["--card-fee", "150"])
        cs.run("member", "topup", stored, "--amount", "3000")
        let t = cs.json("member", "takings")
        XCTAssertEqual(t["cardFees"] as? String, "350.00")
        XCTAssertEqual(t["cardFeeCount"] as? Int, 2)
        XCTAssertEqual(t["topups"] as? String, "3000.00")
        XCTAssertEqual(t["net"] as? String, "3350.00")
        let zh = cs.run(
            "--lang", "zh", "member", "add", "--name", "林", "--phone", "13800000004", "--birthday",
            "1990-01-01", "--charter-signed", "--slip")
        XCTAssertEqual(zh.status, 0, zh.stderr)
        XCTAssertTrue(zh.stdout.contains("会员办理确认单") && zh.stdout.contains("200.00"), zh.stdout)
        XCTAssertTrue(zh.stdout.contains("已阅读签署") && zh.stdout.contains("客户签名"), zh.stdout)
        // An export reads back with the fee and the charter.
        let export = cs.run("export", "members")
        let other = try CS.fresh()
        XCTAssertEqual(other.run("member", "import", "--from", other.write(export.stdout, to: "m.csv")).status, 0)
        XCTAssertEqual(other.json("member", "show", card)["charterSigned"] as? Bool, true)
        XCTAssertEqual(other.json("member", "show", card)["cardFee"] as? String, "200.00")
    }
}
