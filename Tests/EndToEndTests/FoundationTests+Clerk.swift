import Foundation
import XCTest

/// Issue 28: changes made with no clerk known (no --clerk, CS_CLERK or login name) were
/// journalled as "unknown" without a word.
extension FoundationTests {
    func testAChangeWithNoClerkKnownIsSaidOnStderrAndAReadIsNot() throws {
        let cs = try CS.fresh()
        let nobody = ["CS_CLERK": "", "USER": "", "LOGNAME": ""]
        let add = cs.run(
            ["member", "add", "--name", "A", "--phone", "13800000001", "--birthday", "1990-01-01", "-q"], env: nobody)
        XCTAssertEqual(add.status, 0, add.stderr)
        XCTAssertTrue(add.stderr.contains("no clerk known") && add.stderr.contains("CS_CLERK"), add.stderr)
        XCTAssertEqual(add.stdout.split(separator: "\n").count, 1, "stdout is still just the card")
        let list = cs.run(["member", "list"], env: nobody)
        XCTAssertEqual(list.stderr, "", "a read changes nothing and says nothing")
        let zh = cs.run(
            ["--lang", "zh", "member", "earn", "13800000001", "--amount", "5", "--receipt", "R1"], env: nobody)
        XCTAssertTrue(zh.stderr.contains("不知道经办人"), zh.stderr)
        let named = cs.run(["member", "earn", "13800000001", "--amount", "5", "--receipt", "R2"])
        XCTAssertEqual(named.stderr, "")
        let clerks = Set(cs.jsonArray("log").compactMap { $0["clerk"] as? String })
        XCTAssertEqual(clerks, ["unknown", "alice"], "what the warning said is what the journal holds")
    }
}
