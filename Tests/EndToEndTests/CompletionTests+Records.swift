import Foundation
import XCTest

/// Issue 28: TAB after a record command offers the records a clerk means — complaints not yet
/// closed, lost items still held, gifts prepared — read from the desk, through bash itself.
extension CompletionTests {
    func testRecordIdsAreCompletedFromTheDesk() throws {
        let cs = try CS.fresh()
        func new(_ args: [String]) -> String {
            let r = cs.run(args + ["-q"])
            XCTAssertEqual(r.status, 0, r.stderr)
            return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let complaint = ["complaint", "new", "--customer", "张", "--phone", "13900000000", "--matter"]
        let open = new(complaint + ["空调"])
        let done = new(complaint + ["音响"])
        cs.run("complaint", "resolve", done, "--resolution", "换了音响")
        cs.run("complaint", "follow-up", done, "--satisfaction", "5")
        XCTAssertEqual(cs.json("complaint", "show", done)["status"] as? String, "closed")
        XCTAssertEqual(bash("cs complaint resolve ", in: cs), [open], "a closed complaint is not offered")
        XCTAssertEqual(bash("cs complaint note \(open.lowercased().prefix(2))", in: cs), [open], "typed in lower case")

        let item = ["lostfound", "add", "--where", "大堂", "--handed-in-by", "小李", "--supervisor", "王经理", "--item"]
        let held = new(item + ["雨伞"])
        let claimed = new(item + ["水杯"])
        let claim = cs.run(
            "lostfound", "claim", claimed, "--claimant", "王五", "--phone", "13900000001", "--id-number",
            "110101199003074514", "--described", "白色水杯", "--supervisor", "王经理")
        XCTAssertEqual(claim.status, 0, claim.stderr)
        XCTAssertEqual(bash("cs lostfound claim ", in: cs), [held], "a claimed item is not offered")

        let ann = cs.addMember("Ann", phone: "13800000001", birthday: "1990-11-30")
        let bo = cs.addMember("Bo", phone: "13800000002", birthday: "1991-11-30")
        let waiting = new(["birthday", "gift", "prepare", ann, "--item", "毛巾"])
        let given = new(["birthday", "gift", "prepare", bo, "--item", "蛋糕"])
        cs.run("birthday", "gift", "give", given)
        XCTAssertEqual(bash("cs birthday gift give ", in: cs), [waiting], "a gift handed over is not offered")

        let elsewhere = try CS.fresh()
        XCTAssertEqual(
            bash("cs --data-dir \(cs.dataDirectory.path) complaint show ", in: elsewhere), [open],
            "the desk named on the command line")
        XCTAssertEqual(bash("cs complaint show ", in: elsewhere), [], "an empty desk offers nothing")
    }
}
