import Foundation
import XCTest

/// Issue 15: `cs today`, the shift board. Each desk's section appears when that desk has
/// something due and disappears when it has not; exit 4 only when something is overdue.
final class TodayTests: XCTestCase {
    static let now = "2026-11-23T10:00:00+08:00"

    func board(_ cs: CS, at time: String = TodayTests.now, lang: String = "en") -> CS.Result {
        cs.run(["--lang", lang, "today"], env: ["CS_NOW": time])
    }

    func data(_ cs: CS, at time: String = TodayTests.now) throws -> [String: Any] {
        let r = cs.run(["today", "--json"], env: ["CS_NOW": time])
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    func testAnEmptyDeskIsAQuietBoardWithEverySectionInTheData() throws {
        let cs = try CS.fresh(now: TodayTests.now)
        let r = board(cs)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("nothing due"), r.stdout)
        let titles = [
            "Birthdays", "Complaints", "Lost and found", "Invoices", "Lending", "Left luggage", "Call-backs",
            "Enquiries",
        ]
        for title in titles {
            XCTAssertFalse(r.stdout.contains(title), "\(title) shown with nothing in it:\n\(r.stdout)")
        }
        let d = try data(cs)
        XCTAssertEqual(
            Set(d.keys),
            ["at", "overdue", "birthday", "lostfound", "invoice", "complaint", "lend", "keep", "followup", "ask"])
        XCTAssertEqual(d["overdue"] as? Int, 0)
        XCTAssertTrue(board(cs, lang: "zh").stdout.contains("交班看板"))
    }

    func testTheComplaintSectionComesWithin12HoursAndGoesWhenResolved() throws {
        let cs = try CS.fresh(now: TodayTests.now)
        let id = cs.run(["complaint", "new", "--customer", "张", "--phone", "13900000000", "--matter", "空调", "-q"])
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertFalse(board(cs).stdout.contains("Complaints"), "due in 48 h: not yet")
        let soon = board(cs, at: "2026-11-24T23:00:00+08:00")
        XCTAssertEqual(soon.status, 0, "due within 12 h is not overdue")
        XCTAssertTrue(soon.stdout.contains("Complaints") && soon.stdout.contains(id), soon.stdout)
        let late = board(cs, at: "2026-11-25T11:00:00+08:00")
        XCTAssertEqual(late.status, 4, "past the promise: cron mails the board")
        XCTAssertTrue(late.stdout.contains("1 h late"), late.stdout)
        XCTAssertEqual(
            cs.run(
                ["complaint", "resolve", id, "--resolution", "ok"],
                env: ["CS_NOW": "2026-11-25T11:00:00+08:00"]
            ).status, 0)
        let after = board(cs, at: "2026-11-25T11:00:00+08:00")
        XCTAssertEqual(after.status, 0)
        XCTAssertTrue(after.stdout.contains("call 张 back"), "resolved: the call back waits\n" + after.stdout)
        XCTAssertEqual(
            cs.run(
                ["complaint", "follow-up", id, "--satisfaction", "5"], env: ["CS_NOW": "2026-11-25T12:00:00+08:00"]
            ).status, 0)
        let called = board(cs, at: "2026-11-25T12:00:00+08:00")
        XCTAssertFalse(called.stdout.contains("Complaints"), called.stdout)
    }

    func testTheOverdueLineIsRedOnlyWhenColourIsWanted() throws {
        let cs = try CS.fresh(now: TodayTests.now)
        XCTAssertEqual(
            cs.run(["complaint", "new", "--customer", "张", "--phone", "13900000000", "--matter", "x"])
                .status, 0)
        let late = "2026-11-25T11:00:00+08:00"
        let piped = cs.run(["today"], env: ["CS_NOW": late])
        XCTAssertFalse(piped.stdout.contains("\u{1B}["), "a pipe or a cron mail gets no escape codes")
        let coloured = cs.run(["today", "--color", "always"], env: ["CS_NOW": late])
        XCTAssertTrue(coloured.stdout.contains("\u{1B}[31m"), coloured.stdout)
        let json = cs.run(["today", "--json", "--color", "always"], env: ["CS_NOW": late])
        XCTAssertFalse(json.stdout.contains("\u{1B}["), "data is never coloured")
    }

    func testANarrowTerminalGetsLinesCutNotWrapped() throws {
        let cs = try CS.fresh(now: TodayTests.now)
        XCTAssertEqual(
            cs.run([
                "complaint", "new", "--customer", "张", "--phone", "13900000000", "--matter",
                "包厢空调不制冷,服务员两次催促无人处理,顾客要求退还包厢费",
            ]).status, 0)
        let late = "2026-11-25T11:00:00+08:00"
        let wide = cs.run(["today"], env: ["CS_NOW": late])
        XCTAssertTrue(wide.stdout.contains("要求退还包厢费"), "no width known (a pipe): whole lines")
        let narrow = cs.run(["today"], env: ["CS_NOW": late, "COLUMNS": "60"])
        XCTAssertEqual(narrow.status, 4)
        for line in narrow.stdout.split(separator: "\n") {
            let wide: [ClosedRange<UInt32>] = [0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60]
            let columns = line.unicodeScalars.reduce(0) { n, u in n + (wide.contains { $0.contains(u.value) } ? 2 : 1) }
            XCTAssertLessThanOrEqual(columns, 60, String(line))
        }
        XCTAssertTrue(narrow.stdout.contains("…"), narrow.stdout)
    }

    func testTheLostFoundSectionShowsTheSafeAndWhatIsDue() throws {
        let cs = try CS.fresh(now: TodayTests.now)
        let phone = cs.run([
            "lostfound", "add", "--item", "手机", "--where", "8", "--handed-in-by", "a", "--supervisor",
            "b", "-q",
        ]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let r = board(cs)
        XCTAssertEqual(r.status, 0, "a valuable in the safe is not overdue")
        XCTAssertTrue(r.stdout.contains("in the safe  \(phone)"), r.stdout)
        let umbrella = cs.run([
            "lostfound", "add", "--item", "雨伞", "--where", "8", "--handed-in-by", "a",
            "--supervisor", "b", "-q",
        ]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let night = board(cs, at: "2026-11-23T23:30:00+08:00")
        XCTAssertEqual(night.status, 4, "the desk's items are due to the center after closing")
        XCTAssertTrue(night.stdout.contains(umbrella) && night.stdout.contains("service center"), night.stdout)
        for id in [phone, umbrella] {
            let claim = cs.run([
                "lostfound", "claim", id, "--claimant", "张三", "--phone", "13912345678",
                "--id-number", "110101199001011234", "--described", "x", "--supervisor", "王",
            ])
            XCTAssertEqual(claim.status, 0, claim.stderr)
        }
        XCTAssertFalse(board(cs, at: "2026-11-23T23:30:00+08:00").stdout.contains("Lost and found"))
    }

    func testTheInvoiceSectionWarnsOfLowStockAndUnexplainedGaps() throws {
        let cs = try CS.fresh(now: TodayTests.now)
        XCTAssertEqual(
            cs.run(
                "invoice", "stock", "add", "--code", "144031900111", "--from", "00000001", "--to",
                "00000100"
            ).status, 0)
        XCTAssertFalse(board(cs).stdout.contains("Invoices"), "100 left, above invoice.lowStock (50)")
        XCTAssertEqual(cs.run("config", "set", "invoice.lowStock", "100").status, 0)
        XCTAssertTrue(board(cs).stdout.contains("only 100 left"), board(cs).stdout)
        XCTAssertEqual(cs.run("config", "set", "invoice.lowStock", "5").status, 0)
        XCTAssertEqual(cs.run("invoice", "issue", "--receipt", "R1", "--amount", "1").status, 0)
        XCTAssertEqual(cs.run("invoice", "issue", "--receipt", "R3", "--amount", "1", "--number", "00000003").status, 0)
        let gap = board(cs)
        XCTAssertEqual(gap.status, 4, "an unexplained number is overdue for the day report")
        XCTAssertTrue(gap.stdout.contains("gap 144031900111-00000002"), gap.stdout)
        XCTAssertEqual(try data(cs)["overdue"] as? Int, 1)
        let nextMorning = board(cs, at: "2026-11-24T09:00:00+08:00")
        XCTAssertTrue(
            nextMorning.stdout.contains("gap 144031900111-00000002"),
            "the morning shift explains what last night's report found:\n\(nextMorning.stdout)")
        XCTAssertEqual(cs.run("invoice", "explain", "00000002", "--reason", "torn").status, 0)
        XCTAssertEqual(board(cs).status, 0)
        XCTAssertFalse(board(cs).stdout.contains("Invoices"))
    }

    func testTheBirthdaySectionShowsTodayAndTomorrowAndTheGiftToCollect() throws {
        let cs = try CS.fresh(now: TodayTests.now)
        let card = cs.addMember("林青霞", phone: "13811112222", birthday: "1970-11-24")
        XCTAssertFalse(board(cs, at: "2026-11-21T10:00:00+08:00").stdout.contains("Birthdays"), "three days ahead")
        let r = board(cs, lang: "zh")
        XCTAssertTrue(r.stdout.contains("明天  林青霞") && r.stdout.contains("礼品未领"), r.stdout)
        XCTAssertEqual(cs.run("birthday", "gift", "prepare", card, "--item", "毛巾", "--picked-up-by", "lily").status, 0)
        let prepared = board(cs)
        XCTAssertFalse(prepared.stdout.contains("no gift yet"), prepared.stdout)
        XCTAssertTrue(prepared.stdout.contains("to hand to 林青霞"), prepared.stdout)
        // Not given two days after the birthday: outstanding, overdue.
        let late = board(cs, at: "2026-11-26T10:00:00+08:00")
        XCTAssertEqual(late.status, 4, late.stdout)
        XCTAssertTrue(late.stdout.contains("neither given nor returned"), late.stdout)
        let d = try data(cs, at: "2026-11-26T10:00:00+08:00")
        XCTAssertEqual(((d["birthday"] as? [String: Any])?["outstandingGifts"] as? [Any])?.count, 1)
    }
}

extension TodayTests {
    /// Issue 28: `-q` is for cron — the overdue count when there is one, nothing otherwise, and
    /// the same exit status; CSV is one flat line per board line, not JSON packed into cells.
    func testQuietPrintsTheOverdueCountAndCSVIsFlat() throws {
        let cs = try CS.fresh(now: TodayTests.now)
        let id = cs.run(["complaint", "new", "--customer", "张", "--phone", "13900000000", "--matter", "空调", "-q"])
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let calm = cs.run(["today", "-q"])
        XCTAssertEqual(calm.status, 0, calm.stderr)
        XCTAssertEqual(calm.stdout, "", "nothing overdue: nothing printed")
        let late = "2026-11-25T11:00:00+08:00"
        let quiet = cs.run(["today", "-q"], env: ["CS_NOW": late])
        XCTAssertEqual(quiet.status, 4)
        XCTAssertEqual(quiet.stdout, "1\n")
        let csv = cs.run(["today", "--csv"], env: ["CS_NOW": late])
        XCTAssertEqual(csv.status, 4)
        let lines = csv.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "section,id,due,overdue,text")
        XCTAssertEqual(lines.count, 2, csv.stdout)
        XCTAssertTrue(lines[1].hasPrefix("complaint,\(id),2026-11-25T10:00:00+08:00,yes,"), lines[1])
        XCTAssertFalse(csv.stdout.contains("{"), "no JSON inside a cell")
    }
}
