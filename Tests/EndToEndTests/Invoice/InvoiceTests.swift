import Foundation
import XCTest

/// Issue 13, SPEC.md "invoice — 发票" through the real binary, with a fixed clock.
final class InvoiceTests: XCTestCase {
    static let now = "2026-11-24T10:00:00+08:00"
    static let code = "144031900111"

    func desk(_ now: String = InvoiceTests.now) throws -> CS {
        let cs = try CS.fresh(now: now)
        XCTAssertEqual(
            cs.run(
                "invoice", "stock", "add", "--code", InvoiceTests.code, "--from", "00000001", "--to",
                "00000003"
            ).status, 0)
        return cs
    }

    func issue(_ cs: CS, _ receipt: String, _ amount: String, _ extra: [String] = [], env: [String: String] = [:])
        -> CS.Result
    {
        cs.run(["invoice", "issue", "--receipt", receipt, "--amount", amount, "-q"] + extra, env: env)
    }

    func object(_ r: CS.Result) -> [String: Any] {
        XCTAssertEqual(r.status, 0, r.stderr)
        return (try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [String: Any] ?? [:]
    }

    func testStockRangesDoNotOverlapAndIssuingCrossesFromOneRangeToTheNext() throws {
        let cs = try desk()
        assertRefused(
            cs.run(
                "invoice", "stock", "add", "--code", InvoiceTests.code, "--from", "00000003", "--to",
                "00000009"), status: 1, mentions: "00000001–00000003")
        XCTAssertEqual(
            cs.run(
                "invoice", "stock", "add", "--code", "144031900222", "--from", "00000003", "--to",
                "00000009"
            ).status, 0, "another code may hold the same numbers")
        assertRefused(
            cs.run("invoice", "stock", "add", "--code", "1440", "--from", "1", "--to", "2"), status: 2,
            mentions: "--code", "10 or 12 digits")
        XCTAssertEqual(
            cs.run(
                "invoice", "stock", "add", "--code", InvoiceTests.code, "--from", "00000004", "--to",
                "00000010"
            ).status, 0)
        let numbers = (1...4).map { issue(cs, "R-\($0)", "10").stdout.trimmingCharacters(in: .whitespacesAndNewlines) }
        XCTAssertEqual(
            numbers, (1...4).map { "\(InvoiceTests.code)-0000000\($0)" },
            "the lowest unused number, across two ranges (leading zeros kept)")
        let stock = cs.jsonArray("invoice", "stock", "list")
        XCTAssertEqual(
            stock.first { $0["from"] as? String == "00000004" && $0["code"] as? String == InvoiceTests.code }?[
                "next"] as? String, "00000005")
        assertRefused(
            issue(cs, "R-9", "1", ["--number", "00000006"]), status: 1, mentions: "more than one code",
            "144031900222-00000006")
        XCTAssertEqual(
            issue(cs, "R-9", "1", ["--number", "144031900222-00000006"]).stdout,
            "144031900222-00000006\n", "CODE-NUMBER says which")
    }

    func testAReceiptIsInvoicedOnceAndAVoidFreesIt() throws {
        let cs = try desk()
        XCTAssertEqual(issue(cs, "r-1001", "588.50").status, 0)
        assertRefused(
            issue(cs, "R-1001", "588.50"), status: 1, mentions: "R-1001", "\(InvoiceTests.code)-00000001",
            "2026-11-24 10:00")
        assertRefused(issue(cs, "R-1002", "0"), status: 2, mentions: "--amount")
        XCTAssertEqual(cs.run("invoice", "void", "00000001", "--reason", "wrong title").status, 0)
        assertRefused(cs.run("invoice", "void", "00000001", "--reason", "again"), status: 1, mentions: "already voided")
        XCTAssertEqual(issue(cs, "R-1001", "588.50").status, 0, "the voided invoice freed the receipt")
        let voided = object(cs.run("invoice", "show", "00000001", "--json"))
        XCTAssertEqual(voided["status"] as? String, "voided")
        XCTAssertEqual(voided["voidReason"] as? String, "wrong title")
        assertRefused(
            cs.run("invoice", "issue", "--receipt", "R-9", "--amount", "1", "--slip", "--json"), status: 2,
            mentions: "--slip")
        XCTAssertEqual(cs.jsonArray("invoice", "list", "--receipt", "R-9").count, 0, "the refusal issued nothing")
        let slip = cs.run("invoice", "issue", "--receipt", "R-9", "--amount", "1", "--room", "8", "--slip")
        XCTAssertTrue(
            slip.stdout.contains("00000003") && slip.stdout.contains("8") && slip.stdout.contains("发票已开"),
            slip.stdout)
        assertRefused(issue(cs, "R-10", "1"), status: 1, mentions: "no invoice numbers left", "stock add")
    }

    func testTheCreditCodeCheckCharacterCatchesATypo() throws {
        let cs = try desk()
        XCTAssertEqual(issue(cs, "R-1", "100", ["--title", "某某公司", "--tax-id", "91440300708461136T"]).status, 0)
        assertRefused(
            issue(cs, "R-2", "100", ["--tax-id", "91440300708461136X"]), status: 2, mentions: "--tax-id",
            "check character")
        assertRefused(issue(cs, "R-2", "100", ["--tax-id", "91440300708461163T"]), status: 2, mentions: "--tax-id")
        XCTAssertEqual(issue(cs, "R-2", "100", ["--tax-id", "440300708461136"]).status, 0, "15 characters: old style")
        assertRefused(issue(cs, "R-3", "100", ["--tax-id", "4403007084611"]), status: 2, mentions: "--tax-id")
    }

    func testVoidIsForTheMonthOfIssueAndARedLetterAfterItOnce() throws {
        let cs = try desk("2026-11-28T10:00:00+08:00")
        XCTAssertEqual(issue(cs, "R-1", "300").status, 0)
        assertRefused(
            cs.run("invoice", "redletter", "00000001", "--reason", "sales-return"), status: 1,
            mentions: "void it")
        let december = ["CS_NOW": "2026-12-02T09:00:00+08:00"]
        assertRefused(
            cs.run(["invoice", "void", "00000001", "--reason", "x"], env: december), status: 1,
            mentions: "2026-11", "redletter")
        let red = object(
            cs.run(["invoice", "redletter", "00000001", "--reason", "sales-return", "--json"], env: december))
        XCTAssertEqual(red["amount"] as? String, "-300.00")
        XCTAssertEqual(red["redLetterOf"] as? String, "\(InvoiceTests.code)-00000001")
        XCTAssertEqual(red["number"] as? String, "00000002", "on the next number")
        XCTAssertEqual(
            object(cs.run("invoice", "show", "00000001", "--json"))["redLetter"] as? String,
            "\(InvoiceTests.code)-00000002")
        assertRefused(
            cs.run(["invoice", "redletter", "00000001", "--reason", "other"], env: december), status: 1,
            mentions: "already has its red letter")
        assertRefused(
            cs.run(["invoice", "redletter", "00000002", "--reason", "other"], env: december), status: 1,
            mentions: "itself a red letter")
    }

    func testANumberSkippedByHandIsAGapUntilExplained() throws {
        let cs = try desk()
        XCTAssertEqual(
            cs.run(
                "invoice", "stock", "add", "--code", InvoiceTests.code, "--from", "00000004", "--to",
                "00000010"
            ).status, 0)
        XCTAssertEqual(issue(cs, "R-1", "0.10").status, 0)
        XCTAssertEqual(issue(cs, "R-2", "0.20", ["--number", "00000004"]).status, 0, "a jump makes gaps 2 and 3")
        // The seed: the numbers are checked before B takes over (issue 28: a gap is explained first).
        assertRefused(
            cs.run("invoice", "handover", "--to", "wang"), status: 1,
            mentions: "\(InvoiceTests.code)-00000002 \(InvoiceTests.code)-00000003", "cs invoice explain")
        XCTAssertEqual(cs.jsonArray("invoice", "handovers").count, 0, "nothing recorded")
        let report = cs.run("invoice", "report")
        XCTAssertEqual(report.status, 4, "a gap: cron mails it")
        XCTAssertTrue(report.stdout.contains("00000002") && report.stdout.contains("explain"), report.stdout)
        XCTAssertEqual(cs.run("invoice", "explain", "00000002", "--reason", "torn").status, 0)
        assertRefused(cs.run("invoice", "explain", "00000001", "--reason", "x"), status: 1, mentions: "already")
        XCTAssertEqual(issue(cs, "R-3", "0.10").status, 0)
        let third = cs.jsonArray("invoice", "list", "--receipt", "R-3")
        XCTAssertEqual(third.first?["number"] as? String, "00000003", "the explained number is never issued")
        let sheet = object(cs.run("invoice", "handover", "--to", "wang", "--json"))
        XCTAssertEqual(sheet["gaps"] as? [String], [])
        XCTAssertEqual(sheet["total"] as? String, "0.40", "exact in fen")
        XCTAssertEqual(sheet["from"] as? String, "alice")
        XCTAssertEqual(sheet["to"] as? String, "wang")
        XCTAssertEqual(sheet["shift"] as? String, "A")
        XCTAssertEqual(cs.run("invoice", "report").status, 0)
        XCTAssertEqual(cs.run("doctor").status, 0)
    }

    /// Issue 28: repeated `cs undo` erased an issued invoice. A tax record is never deleted or
    /// rewritten by an undo; the refusal says how to take it back (void, or red letter).
    func testUndoNeverDeletesOrUnvoidsAnInvoice() throws {
        let cs = try desk()
        XCTAssertEqual(issue(cs, "R-1", "10.00").status, 0)
        assertRefused(cs.run("undo"), status: 1, mentions: "00000001", "cs invoice void")
        XCTAssertEqual(object(cs.run("invoice", "show", "00000001", "--json"))["status"] as? String, "issued")
        XCTAssertEqual(cs.run("invoice", "void", "1", "--reason", "typo").status, 0)
        assertRefused(cs.run("--lang", "zh", "undo"), status: 1, mentions: "税务凭证")
        XCTAssertEqual(object(cs.run("invoice", "show", "1", "--json"))["status"] as? String, "voided")
        XCTAssertEqual(cs.run("doctor").status, 0)
    }

    func testTheDayReportCoversAnAToBHandoverAndDigitalInvoices() throws {
        let cs = try desk("2026-11-24T09:00:00+08:00")
        XCTAssertEqual(issue(cs, "R-1", "0.10").status, 0)
        XCTAssertEqual(issue(cs, "R-E", "99.99", ["--electronic", "--number", "24442000000012345678"]).status, 0)
        let a = object(
            cs.run(
                ["invoice", "handover", "--to", "bob", "--json"],
                env: ["CS_NOW": "2026-11-24T15:00:00+08:00"]))
        XCTAssertEqual(a["shift"] as? String, "A")
        XCTAssertEqual(a["electronic"] as? Int, 1)
        XCTAssertEqual(a["total"] as? String, "100.09")
        let pm = ["CS_NOW": "2026-11-24T18:00:00+08:00", "CS_CLERK": "bob"]
        XCTAssertEqual(issue(cs, "R-2", "0.20", env: pm).status, 0)
        let b = object(
            cs.run(
                ["invoice", "handover", "--to", "carol", "--json"],
                env: ["CS_NOW": "2026-11-24T23:00:00+08:00", "CS_CLERK": "bob"]))
        XCTAssertEqual(b["shift"] as? String, "B")
        XCTAssertEqual(b["issued"] as? Int, 1, "only what came since A handed over")
        XCTAssertEqual(b["total"] as? String, "0.20")
        let day = object(cs.run(["invoice", "report", "--json"], env: ["CS_NOW": "2026-11-24T23:30:00+08:00"]))
        XCTAssertEqual(day["issued"] as? Int, 3)
        XCTAssertEqual(day["total"] as? String, "100.29", "0.10 + 99.99 + 0.20, exact")
        XCTAssertEqual(cs.jsonArray("invoice", "list", "--shift", "B").compactMap { $0["receipt"] as? String }, ["R-2"])
        assertRefused(
            cs.run("invoice", "void", "24442000000012345678", "--reason", "x"), status: 1,
            mentions: "digital")
        let zh = cs.run(["--lang", "zh", "invoice", "report"], env: ["CS_NOW": "2026-11-24T23:30:00+08:00"])
        XCTAssertTrue(zh.stdout.contains("发票日报") && zh.stdout.contains("合计 100.29"), zh.stdout)
    }

    func testEveryJSONFieldIsInTheManPage() throws {
        let cs = try desk()
        XCTAssertEqual(issue(cs, "R-1", "1").status, 0)
        let man = try ManFieldsTests.manPage("cs-invoice.1")
        for args in [
            ["invoice", "show", "00000001"], ["invoice", "list"], ["invoice", "stock", "list"],
            ["invoice", "report"], ["export", "invoices"],
            ["invoice", "handover", "--to", "x", "--petty-cash", "500", "--finance", "f", "--remark", "r"],
            ["invoice", "handovers"], ["invoice", "sheet", "H01-1"], ["export", "handovers"],
        ] {
            for key in ManFieldsTests.keys(cs, args) {
                XCTAssertTrue(
                    man.contains(key), "cs-invoice.1 lacks the field \(key) of \(args.joined(separator: " "))")
            }
        }
    }
}
