import Foundation
import XCTest

/// Issue 14, SPEC.md "complaint — 投诉" through the real binary, with a fixed clock: intake,
/// every transition and refusal, the 48-hour promise and its pauses, the follow-up call, the
/// overdue check and the monthly review.
final class ComplaintTests: XCTestCase {
    static let now = "2026-11-02T10:00:00+08:00"

    func at(_ time: String) -> [String: String] { ["CS_NOW": time] }

    /// Records a complaint at `time` and returns its id.
    func new(_ cs: CS, at time: String = ComplaintTests.now, extra: [String] = []) -> String {
        let r = cs.run(
            [
                "complaint", "new", "--customer", "张女士", "--phone", "139 1234 5678", "--matter",
                "包厢空调不制冷", "-q",
            ] + extra, env: at(time))
        XCTAssertEqual(r.status, 0, r.stderr)
        return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func complaint(_ cs: CS, _ id: String) -> [String: Any] {
        let r = cs.run(["complaint", "show", id, "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        return (try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [String: Any] ?? [:]
    }

    func act(_ cs: CS, _ args: [String], at time: String) -> CS.Result {
        cs.run(["complaint"] + args, env: at(time))
    }

    func testEveryTransitionAndEveryRefusalNamesTheStateAndWhatIsPossible() throws {
        let cs = try CS.fresh(now: ComplaintTests.now)
        let id = new(cs, extra: ["--staff", "a07", "--room", "8", "--category", "服务"])
        XCTAssertEqual(id, "C01-1", "ids are the desk and a sequence")
        var c = complaint(cs, id)
        XCTAssertEqual(c["status"] as? String, "open")
        XCTAssertEqual(c["due"] as? String, "2026-11-04T10:00:00+08:00", "48 hours after it was received")
        XCTAssertEqual(c["staff"] as? String, "A07", "staff numbers are kept in capitals")
        XCTAssertEqual(c["phone"] as? String, "13912345678", "the phone is normalised")
        // From open a follow-up or a reopen is refused, naming the state and what is possible.
        assertRefused(
            act(cs, ["follow-up", id, "--satisfaction", "5"], at: "2026-11-02T11:00:00+08:00"), status: 1,
            mentions: "open", "escalate, wait, resolve")
        assertRefused(
            act(cs, ["reopen", id, "--reason", "x"], at: "2026-11-02T11:00:00+08:00"), status: 1,
            mentions: "open")
        XCTAssertEqual(
            act(cs, ["escalate", "c01-1", "--to", "王经理"], at: "2026-11-02T11:00:00+08:00").status, 0,
            "ids in either case")
        XCTAssertEqual(act(cs, ["wait", id, "--reason", "等顾客发照片"], at: "2026-11-02T12:00:00+08:00").status, 0)
        assertRefused(
            act(cs, ["wait", id, "--reason", "again"], at: "2026-11-02T12:30:00+08:00"), status: 1,
            mentions: "waiting", "resume")
        XCTAssertEqual(
            act(cs, ["note", id, "called, no answer"], at: "2026-11-02T13:00:00+08:00").status, 0,
            "notes in any state")
        let resumed = act(cs, ["resume", id], at: "2026-11-02T15:00:00+08:00")
        XCTAssertEqual(resumed.status, 0, resumed.stderr)
        c = complaint(cs, id)
        XCTAssertEqual(c["status"] as? String, "escalated", "back to the state it waited from")
        XCTAssertEqual(c["due"] as? String, "2026-11-04T13:00:00+08:00", "three hours of waiting move the promise")
        XCTAssertEqual(act(cs, ["resolve", id, "--resolution", "退还包厢费"], at: "2026-11-03T10:00:00+08:00").status, 0)
        c = complaint(cs, id)
        XCTAssertEqual(c["hoursTaken"] as? String, "21.00", "24 h less 3 h waiting")
        XCTAssertEqual(c["onTime"] as? Bool, true)
        assertRefused(
            act(cs, ["escalate", id, "--to", "x"], at: "2026-11-03T11:00:00+08:00"), status: 1,
            mentions: "resolved", "follow-up, reopen")
        let zh = cs.run(["--lang", "zh", "complaint", "resolve", id, "--resolution", "x"])
        XCTAssertEqual(zh.status, 1)
        XCTAssertTrue(zh.stderr.contains("当前状态为 resolved"), zh.stderr)
        for bad in ["0", "6", "4.5", "五"] {
            assertRefused(
                act(cs, ["follow-up", id, "--satisfaction", bad], at: "2026-11-04T10:00:00+08:00"),
                status: 2, mentions: "--satisfaction")
        }
        XCTAssertEqual(complaint(cs, id)["status"] as? String, "resolved", "a refused score changes nothing")
        XCTAssertEqual(
            act(
                cs, ["follow-up", id, "--satisfaction", "4", "--note", "满意"],
                at: "2026-11-04T10:00:00+08:00"
            ).status, 0)
        c = complaint(cs, id)
        XCTAssertEqual(c["status"] as? String, "closed")
        XCTAssertEqual(c["satisfaction"] as? Int, 4)
        // Reopened: a fresh promise from now, the old resolution kept in the timeline.
        XCTAssertEqual(act(cs, ["reopen", id, "--reason", "空调又坏了"], at: "2026-11-05T09:00:00+08:00").status, 0)
        c = complaint(cs, id)
        XCTAssertEqual(c["status"] as? String, "open")
        XCTAssertEqual(c["due"] as? String, "2026-11-07T09:00:00+08:00")
        XCTAssertTrue(c["satisfaction"] is NSNull && c["onTime"] is NSNull, "the new promise has no outcome yet")
        let timeline = try XCTUnwrap(c["timeline"] as? [[String: Any]])
        XCTAssertEqual(
            timeline.map { $0["action"] as? String },
            ["received", "escalated", "waiting", "note", "resumed", "resolved", "followed-up", "reopened"])
        XCTAssertEqual(timeline[5]["text"] as? String, "退还包厢费")
        XCTAssertEqual(timeline[1]["to"] as? String, "王经理")
        // The table shows the timeline beneath the record, in Chinese under --lang zh.
        let shown = cs.run(["--lang", "zh", "complaint", "show", id])
        XCTAssertTrue(
            shown.stdout.contains("升级  → 王经理") && shown.stdout.contains("重新打开  空调又坏了"),
            shown.stdout)
        assertRefused(cs.run("complaint", "show", "C01-99"), status: 1, mentions: "C01-99", "C01-7")
    }

    /// Issue 28: a complaint resolved five days before it was received counted "on time". A
    /// change dated before the record's last one is refused, in the clerk's language, and
    /// changes nothing; the same change at the right time goes through.
    func testAChangeDatedBeforeTheRecordsLastOneIsRefused() throws {
        let cs = try CS.fresh(now: ComplaintTests.now)
        let id = new(cs)
        let early = act(cs, ["resolve", id, "--resolution", "换了包厢"], at: "2026-10-28T10:00:00+08:00")
        assertRefused(early, status: 1, mentions: id, "2026-11-02T10:00:00+08:00", "CS_NOW")
        XCTAssertEqual(complaint(cs, id)["status"] as? String, "open", "nothing was changed")
        let zh = cs.run(
            ["--lang", "zh", "complaint", "resolve", id, "--resolution", "换了包厢"],
            env: at("2026-10-28T10:00:00+08:00"))
        assertRefused(zh, status: 1, mentions: "晚于现在")
        XCTAssertEqual(act(cs, ["resolve", id, "--resolution", "换了包厢"], at: "2026-11-02T12:00:00+08:00").status, 0)
        XCTAssertEqual(complaint(cs, id)["onTime"] as? Bool, true)
    }

    func testThe48HourBoundaryAndAPauseThatMovesIt() throws {
        let cs = try CS.fresh(now: ComplaintTests.now)
        let late = new(cs)
        let onTime = new(cs)
        let paused = new(cs)
        // 47 h: nothing overdue yet; 12 h ahead, all three are due soon.
        let h47 = "2026-11-04T09:00:00+08:00"
        XCTAssertEqual(act(cs, ["wait", paused, "--reason", "顾客出差"], at: "2026-11-02T11:00:00+08:00").status, 0)
        XCTAssertEqual(act(cs, ["overdue"], at: h47).status, 0)
        let soon = act(cs, ["overdue", "--within", "12", "--csv"], at: h47)
        XCTAssertEqual(soon.status, 4, "due within the next hours: cron mails it")
        XCTAssertTrue(soon.stdout.contains(late) && soon.stdout.contains(onTime), soon.stdout)
        XCTAssertFalse(soon.stdout.contains(paused), "a waiting complaint's clock is stopped")
        XCTAssertEqual(act(cs, ["resolve", onTime, "--resolution", "ok"], at: h47).status, 0)
        XCTAssertEqual(complaint(cs, onTime)["onTime"] as? Bool, true)
        XCTAssertEqual(complaint(cs, onTime)["hoursTaken"] as? String, "47.00")
        // 49 h: past the promise; the list says by how much, exit 4.
        let h49 = "2026-11-04T11:00:00+08:00"
        let overdue = act(cs, ["overdue", "--json"], at: h49)
        XCTAssertEqual(overdue.status, 4)
        let lines = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(overdue.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(lines.map { $0["id"] as? String }, [late])
        XCTAssertEqual(lines.first?["minutesLate"] as? Int, 60)
        XCTAssertEqual(act(cs, ["list", "--overdue", "--field", "id"], at: h49).stdout, "\(late)\n")
        XCTAssertEqual(act(cs, ["resolve", late, "--resolution", "late"], at: h49).status, 0)
        XCTAssertEqual(complaint(cs, late)["onTime"] as? Bool, false)
        // The paused one: waited 1 h 00 → 3 days later; its promise moves by the whole wait.
        XCTAssertEqual(act(cs, ["resume", paused], at: "2026-11-05T11:00:00+08:00").status, 0)
        XCTAssertEqual(complaint(cs, paused)["due"] as? String, "2026-11-07T10:00:00+08:00")
        XCTAssertEqual(act(cs, ["overdue"], at: "2026-11-05T12:00:00+08:00").status, 0, "not overdue after the pause")
        XCTAssertEqual(act(cs, ["resolve", paused, "--resolution", "ok"], at: "2026-11-07T09:59:00+08:00").status, 0)
        let p = complaint(cs, paused)
        XCTAssertEqual(p["onTime"] as? Bool, true)
        XCTAssertEqual(p["hoursTaken"] as? String, "47.98", "2879 minutes net of 72 h waiting")
    }

    /// A prepared month whose every figure is worked out by hand.
    func testTheMonthlyReportFiguresAreExact() throws {
        let cs = try CS.fresh(now: ComplaintTests.now)
        // Hours to resolve: 2, 5, 10, 20, 30, 47, 50 (the last late); one left open; one in December.
        let hours = [2, 5, 10, 20, 30, 47, 50]
        let scores = [5, 4, 2, 1, 5, 3, 4]
        var ids = [String]()
        for (n, h) in hours.enumerated() {
            let staff = n < 3 ? "A07" : (n < 5 ? "B02" : "C09")
            let category = n % 2 == 0 ? "服务" : "卫生"
            let id = new(
                cs, at: "2026-11-0\(n + 1)T08:00:00+08:00",
                extra: ["--staff", staff, "--category", category, "--channel", n == 6 ? "on-site" : "hotline"])
            ids.append(id)
            let resolvedAt = Date(timeIntervalSince1970: 1_793_491_200 + Double(n) * 86_400 + Double(h) * 3600)
            XCTAssertEqual(act(cs, ["resolve", id, "--resolution", "ok"], at: iso(resolvedAt)).status, 0)
            XCTAssertEqual(
                act(
                    cs, ["follow-up", id, "--satisfaction", String(scores[n])],
                    at: iso(resolvedAt.addingTimeInterval(3600))
                ).status, 0)
        }
        _ = new(cs, at: "2026-11-20T08:00:00+08:00", extra: ["--staff", "A07", "--severity", "high"])
        _ = new(cs, at: "2026-12-01T08:00:00+08:00", extra: ["--staff", "A07"])
        let r = cs.run(["complaint", "report", "--month", "2026-11", "--json"], env: at("2026-12-02T10:00:00+08:00"))
        XCTAssertEqual(r.status, 0, r.stderr)
        let report = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(report["received"] as? Int, 8, "December's is not November's")
        XCTAssertEqual(report["resolved"] as? Int, 7)
        XCTAssertEqual(report["onTime"] as? Int, 6)
        XCTAssertEqual(report["onTimeRate"] as? String, "85.7", "6 of 7")
        XCTAssertEqual(report["medianHours"] as? String, "20.00")
        XCTAssertEqual(report["p90Hours"] as? String, "50.00", "nearest rank: the 7th of 7")
        XCTAssertEqual(report["meanSatisfaction"] as? String, "3.43", "24 / 7")
        XCTAssertEqual(report["lowSatisfactionShare"] as? String, "28.6", "2 of 7 scored 1–2")
        XCTAssertEqual(report["byStaff"] as? [String: Int], ["A07": 4, "B02": 2, "C09": 2])
        XCTAssertEqual(report["repeatedStaff"] as? [String: Int], ["A07": 4, "B02": 2, "C09": 2])
        XCTAssertEqual(report["byCategory"] as? [String: Int], ["服务": 4, "卫生": 3, "": 1])
        XCTAssertEqual(report["byChannel"] as? [String: Int], ["hotline": 7, "on-site": 1])
        XCTAssertEqual((report["byStatus"] as? [String: Int])?["closed"], 7)
        // An even count: the median is the mean of the middle two.
        XCTAssertEqual(act(cs, ["resolve", "C01-8", "--resolution", "ok"], at: "2026-11-20T09:30:00+08:00").status, 0)
        let even = cs.run(["complaint", "report", "--month", "2026-11", "--field", "medianHours"])
        XCTAssertEqual(even.stdout, "15.00\n", "(10 + 20) / 2")
        // The sheet for a person, in Chinese; the threshold is a setting.
        XCTAssertEqual(cs.run("config", "set", "complaint.repeatThreshold", "4").status, 0)
        let zh = cs.run(["--lang", "zh", "complaint", "report", "--month", "2026-11"])
        XCTAssertTrue(zh.stdout.contains("按时 7 件") || zh.stdout.contains("按时"), zh.stdout)
        XCTAssertTrue(zh.stdout.contains("多次被投诉(4 次及以上):A07 4"), zh.stdout)
        XCTAssertFalse(zh.stdout.contains("B02 2 —"), zh.stdout)
        let csv = cs.run(["complaint", "report", "--month", "2026-11", "--csv"])
        XCTAssertTrue(
            csv.stdout.hasPrefix("month,received,resolved,onTime,onTimeRate,medianHours,p90Hours"), csv.stdout)
        let empty = cs.run(["complaint", "report", "--month", "2025-01", "--json"])
        XCTAssertTrue(empty.stdout.contains("\"medianHours\":null"), empty.stdout)
    }

    func testAMemberIsLinkedByCardOrPhoneAndShowListsTheirComplaints() throws {
        let cs = try CS.fresh(now: ComplaintTests.now)
        let card = cs.run([
            "member", "add", "--name", "张芳", "--phone", "13912345678", "--birthday", "1990-05-01",
            "-q",
        ]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let byPhone = new(cs)
        XCTAssertEqual(complaint(cs, byPhone)["card"] as? String, card, "a member's phone links the member")
        let byCard = cs.run([
            "complaint", "new", "--customer", "张芳", "--phone", "13800000000", "--matter", "x",
            "--card", card, "-q",
        ]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(complaint(cs, byCard)["card"] as? String, card)
        let shown = cs.run("member", "show", card)
        XCTAssertTrue(shown.stdout.contains("complaints: \(byPhone) open"), shown.stdout)
        XCTAssertTrue(shown.stdout.contains(byCard), shown.stdout)
        XCTAssertEqual(
            cs.run("complaint", "list", "--card", "139-1234-5678", "--field", "id").stdout,
            "\(byPhone)\n\(byCard)\n", "a member's complaints, by the member's phone")
        assertRefused(
            cs.run([
                "complaint", "new", "--customer", "x", "--phone", "13800000000", "--matter", "x",
                "--card", "999999",
            ]), status: 1, mentions: "999999")
        assertRefused(
            cs.run(["complaint", "new", "--customer", "x", "--phone", "12ab", "--matter", "x"]), status: 2,
            mentions: "--phone")
        assertRefused(
            cs.run(["complaint", "new", "--customer", "x", "--phone", "13800000000"]), status: 2,
            mentions: "--matter")
        XCTAssertEqual(
            cs.run("complaint", "list", "--field", "id").stdout, "C01-1\nC01-2\n",
            "the refused ones recorded nothing")
    }

    func testListExportAndTheManPageAgree() throws {
        let cs = try CS.fresh(now: ComplaintTests.now)
        _ = new(cs, extra: ["--staff", "A07", "--room", "VIP3"])
        _ = new(cs, extra: ["--staff", "B02"])
        XCTAssertEqual(cs.run("complaint", "list", "--staff", "a07", "--field", "id").stdout, "C01-1\n")
        XCTAssertEqual(cs.run("complaint", "list", "--search", "vip3", "--field", "id").stdout, "C01-1\n")
        XCTAssertEqual(cs.run("complaint", "list", "--search", "空调", "--field", "id").stdout, "C01-1\nC01-2\n")
        let export = cs.run("export", "complaints", "--csv")
        XCTAssertEqual(export.status, 0, export.stderr)
        let header = try XCTUnwrap(export.stdout.split(separator: "\n").first).split(separator: ",").map(String.init)
        let man = try ManFieldsTests.manPage("cs-complaint.1")
        for field in header { XCTAssertTrue(man.contains(field), "man/cs-complaint.1 lacks \(field)") }
        let narrow = cs.run(["complaint", "list"], env: ["COLUMNS": "80"])
        XCTAssertEqual(narrow.status, 0, narrow.stderr)
        for line in narrow.lines { XCTAssertLessThanOrEqual(columns(line), 80, line) }
        XCTAssertTrue(narrow.stdout.contains("C01-1") && narrow.stdout.contains("C01-2"), "ids are never cut")
    }

    /// Terminal columns: CJK and full-width characters take two.
    func columns(_ line: String) -> Int { line.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) } }

    func iso(_ d: Date) -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
        return f.string(from: d).replacingOccurrences(of: "Z", with: "+08:00")
    }
}
