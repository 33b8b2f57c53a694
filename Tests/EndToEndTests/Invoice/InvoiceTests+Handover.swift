import Foundation
import XCTest

/// Issue 28: the handover as the seed runs it (五、发票的撕取): the float drawn from finance and
/// returned, finance's check, B's remark, the safe at closing before security; one sheet per
/// shift (a re-run to read it again records nothing), and every past sheet listed and printed.
extension InvoiceTests {
    func testASheetIsRecordedOnceAndPrintedAgainInEitherLanguage() throws {
        let cs = try desk()
        XCTAssertEqual(issue(cs, "R-1", "88.00").status, 0)
        let at = ["CS_NOW": "2026-11-24T15:00:00+08:00"]
        let a = object(
            cs.run(
                [
                    "invoice", "handover", "--to", "bob", "--petty-cash", "500", "--finance", "李会计", "--remark", "无问题",
                    "--json",
                ], env: at))
        XCTAssertEqual(a["pettyCash"] as? String, "500.00")
        XCTAssertEqual(a["finance"] as? String, "李会计")
        XCTAssertEqual(a["remark"] as? String, "无问题")
        let id = try XCTUnwrap(a["id"] as? String)
        // Run again to read it in Chinese: refused, naming the sheet and how to print it.
        let again = cs.run(
            ["--lang", "zh", "invoice", "handover", "--to", "bob"], env: ["CS_NOW": "2026-11-24T15:05:00+08:00"])
        assertRefused(again, status: 1, mentions: id, "cs invoice sheet")
        XCTAssertEqual(cs.jsonArray("invoice", "handovers").count, 1, "no second, empty sheet")
        let zh = cs.run("--lang", "zh", "invoice", "sheet", id.lowercased())
        XCTAssertEqual(zh.status, 0, zh.stderr)
        for text in ["发票交接 \(id),A 班", "合计 88.00", "备用金已交回财务:500.00", "财务核对:李会计", "备注:无问题"] {
            XCTAssertTrue(zh.stdout.contains(text), "\(text) missing:\n\(zh.stdout)")
        }
        assertRefused(cs.run("invoice", "sheet", "H01-99"), status: 1, mentions: "H01-99", "cs invoice handovers")
        // B's shift: the next sheet is B's, and closing puts the day into the safe before security.
        let pm = ["CS_NOW": "2026-11-24T23:30:00+08:00", "CS_CLERK": "bob"]
        XCTAssertEqual(issue(cs, "R-2", "12.00", env: pm).status, 0)
        assertRefused(cs.run(["invoice", "handover", "--close"], env: pm), status: 2, mentions: "--witness")
        assertRefused(
            cs.run(["invoice", "handover", "--close", "--to", "x", "--witness", "w"], env: pm), status: 2,
            mentions: "--to", "--close")
        let close = object(
            cs.run(["invoice", "handover", "--close", "--witness", "保安张", "--remark", "无问题", "--json"], env: pm))
        XCTAssertEqual(close["shift"] as? String, "B")
        XCTAssertTrue(close["to"] is NSNull, "into the safe, not to a clerk")
        XCTAssertEqual(close["witness"] as? String, "保安张")
        XCTAssertEqual(close["total"] as? String, "12.00")
        let listed = cs.jsonArray("invoice", "handovers", "--date", "2026-11-24")
        XCTAssertEqual(listed.compactMap { $0["shift"] as? String }, ["A", "B"])
        XCTAssertEqual(cs.run("export", "handovers").lines.count, 3, "a header and both sheets")
        let narrow = cs.run(["invoice", "handovers"], env: ["COLUMNS": "80"])
        for line in narrow.stdout.split(separator: "\n") {
            XCTAssertLessThanOrEqual(line.count, 80, String(line))
        }
    }
}
