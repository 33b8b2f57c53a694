import Foundation
import XCTest

/// Issue 11, point 3: `cs undo` takes back the clerk's last change, never rewriting history.
extension CounterTests {
    func testUndoTakesBackAnEarnOnTheWrongCardAndTheReceiptCanBeUsedAgain() throws {
        let cs = try CS.fresh()
        let wrong = cs.addMember("Ann", phone: "13900000001")
        let right = cs.addMember("Bo", phone: "13900000002")
        XCTAssertEqual(cs.run("member", "earn", wrong, "--amount", "3500", "--receipt", "R1").status, 0)
        XCTAssertEqual(cs.json("member", "show", wrong)["tier"] as? String, "silver")
        let undo = cs.run("undo")
        XCTAssertEqual(undo.status, 0, undo.stderr)
        XCTAssertTrue(undo.stdout.contains("member earn"), undo.stdout)
        let ann = cs.json("member", "show", wrong)
        XCTAssertEqual(ann["points"] as? Int, 0)
        XCTAssertEqual(ann["totalSpend"] as? String, "0.00")
        XCTAssertEqual(ann["tier"] as? String, "regular", "the tier the earn gave is taken back too")
        let history = cs.jsonArray("member", "history", wrong)
        XCTAssertEqual(history.count, 2, "the movement is offset, never deleted")
        XCTAssertEqual(history.last?["undoes"] as? String, history.first?["id"] as? String)
        XCTAssertEqual(
            cs.run("member", "earn", right, "--amount", "3500", "--receipt", "R1").status, 0,
            "the receipt is free again")
        XCTAssertEqual(cs.run("doctor").status, 0)

        let log = cs.jsonArray("log")
        let undone = try XCTUnwrap(
            log.first { $0["command"] as? String == "undo" && $0["kind"] as? String == "members" })
        XCTAssertEqual((undone["before"] as? [String: Any])?["tier"] as? String, "silver", "before/after are objects")
        XCTAssertEqual((undone["after"] as? [String: Any])?["tier"] as? String, "regular")
        XCTAssertNotNil(undone["undoes"] as? String)
    }

    func testUndoIsRefusedWhenSomeoneElseChangedTheRecordSince() throws {
        let cs = try CS.fresh()
        let card = cs.addMember("Ann", phone: "13900000001")
        XCTAssertEqual(cs.run("--clerk", "lily", "member", "topup", card, "--amount", "10000").status, 0)
        XCTAssertEqual(cs.run("--clerk", "wang", "member", "pay", card, "--amount", "50", "--receipt", "P1").status, 0)
        assertRefused(cs.run("--clerk", "lily", "undo"), status: 1, mentions: "wang", "member pay")
        XCTAssertEqual(cs.json("member", "show", card)["balance"] as? String, "9950.00", "nothing changed")
        XCTAssertEqual(cs.run("--clerk", "wang", "undo").status, 0)
        XCTAssertEqual(cs.run("--clerk", "lily", "undo").status, 0, "with the later change undone, lily may undo")
        XCTAssertEqual(cs.json("member", "show", card)["balance"] as? String, "0.00")
        assertRefused(cs.run("--clerk", "nobody", "undo"), status: 1, mentions: "nobody")
        XCTAssertEqual(cs.run("doctor").status, 0)
    }

    func testUndoOfAGiftPreparedForTheWrongMemberFreesTheirYear() throws {
        let cs = try CS.fresh()
        let card = cs.addMember("Ann", phone: "13900000001", birthday: "1990-12-01")
        XCTAssertEqual(cs.run("birthday", "gift", "prepare", card, "--item", "cake").status, 0)
        XCTAssertEqual(cs.run("undo").status, 0)
        XCTAssertEqual(cs.jsonArray("birthday", "gift", "list").count, 0)
        XCTAssertEqual(cs.run("birthday", "gift", "prepare", card, "--item", "flowers").status, 0)
        XCTAssertEqual(cs.run("doctor").status, 0)
    }

    /// The journal is never rewritten, so it holds ID numbers masked: an undo keeps the full
    /// number the member has, and refuses to "put back" a number it only knows masked.
    func testTheJournalHoldsIDNumbersMaskedAndUndoNeverWritesAMaskBack() throws {
        let cs = try CS.fresh()
        let full = "110101199001010011"
        let card = cs.addMember("Ann", phone: "13900000001", extra: ["--id-number", full])
        XCTAssertEqual(cs.run("member", "earn", card, "--amount", "100", "--receipt", "R1").status, 0)
        XCTAssertEqual(cs.run("undo").status, 0)
        XCTAssertEqual(
            cs.json("member", "show", card, "--reveal")["idNumber"] as? String, full,
            "the undo kept the full ID number")
        XCTAssertEqual(cs.run("member", "edit", card, "--id-number", "110101199202020022").status, 0)
        assertRefused(cs.run("undo"), status: 1, mentions: "--id-number")
        XCTAssertEqual(
            cs.json("member", "show", card, "--reveal")["idNumber"] as? String, "110101199202020022",
            "nothing changed")
        assertRefused(cs.run("--lang", "zh", "undo"), status: 1, mentions: "身份证号")
        let journal = try FileManager.default.contentsOfDirectory(atPath: cs.path("journal"))
            .map { try String(contentsOfFile: cs.path("journal/\($0)"), encoding: .utf8) }.joined()
        XCTAssertFalse(journal.contains(full) || journal.contains("110101199202020022"), journal)
        XCTAssertEqual(cs.run("doctor").status, 0)
    }
}
