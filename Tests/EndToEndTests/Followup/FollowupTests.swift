import Foundation
import XCTest

/// Issue 30: `cs followup` through the binary, as the desk and cron use it.
final class FollowupTests: XCTestCase {
    var cs: CS!

    override func setUpWithError() throws { cs = try CS.fresh(now: "2026-11-23T10:00:00+08:00") }

    func add(_ args: String...) -> String {
        let r = cs.run(["followup", "add"] + args + ["-q"])
        XCTAssertEqual(r.status, 0, r.stderr)
        return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func testADischargeListIsReadWholeThenCalledThreeTimesAtMost() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cs-fu-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let bad = dir.appendingPathComponent("bad.csv")
        try "姓名,电话,出院日期\n王五,13700001111,2026-11-20\n赵六,12,2026-11-21\n".write(
            to: bad, atomically: true, encoding: .utf8)
        let refused = cs.run("followup", "plan", "--from", bad.path)
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.stderr.contains("line 3") && refused.stderr.contains("'12'"), refused.stderr)
        XCTAssertEqual(cs.jsonArray("followup", "list").count, 0)
        let good = dir.appendingPathComponent("good.csv")
        try "\u{FEFF}姓名,电话,病区,出院日期\r\n王五,13700001111,骨科,2026-11-14\r\n".write(
            to: good, atomically: true, encoding: .utf8)
        XCTAssertEqual(cs.run("followup", "plan", "--from", good.path).status, 0)
        XCTAssertTrue(cs.run("followup", "plan", "--from", good.path).stdout.contains("0 call(s) listed"))
        let due = cs.run("followup", "due")
        XCTAssertEqual(due.status, 4, "a call is owed")
        XCTAssertTrue(due.stdout.contains("2026-11-21") && due.stdout.contains("late"), due.stdout)
        XCTAssertEqual(cs.run("today").status, 4, "due before today is overdue on the board")
        let id = cs.jsonArray("followup", "list").first?["id"] as? String ?? ""
        for n in 1...3 {
            let r = cs.run("followup", "call", id, "--no-answer")
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertTrue(r.stdout.contains("call \(n)"), r.stdout)
        }
        XCTAssertEqual(cs.json("followup", "show", id)["status"] as? String, "unreached")
        assertRefused(cs.run("followup", "call", id, "--reached"), status: 1, mentions: "unreached")
        XCTAssertEqual(cs.run("followup", "due").status, 0)
    }

    func testAReachedCallIsScoredReportedAndALowScoreBecomesAComplaint() {
        let id = add("--name", "李四", "--phone", "13900001111", "--ward", "心内科", "--staff", "D12")
        assertRefused(cs.run("followup", "call", id, "--reached", "--scores", "5,9,3"), status: 2, mentions: "--scores")
        assertRefused(
            cs.run("followup", "call", id, "--reached", "--scores", "5,4"), status: 2, mentions: "followup.questions")
        assertRefused(
            cs.run("followup", "call", id, "--no-answer", "--satisfaction", "3"), status: 2, mentions: "--reached")
        assertRefused(cs.run("followup", "call", id), status: 2, mentions: "--no-answer")
        let r = cs.run(
            "followup", "call", id, "--reached", "--satisfaction", "2", "--scores", "5,1,3", "--comment", "护士态度差")
        XCTAssertEqual(r.status, 0, r.stderr)
        let shown = cs.run("--lang", "zh", "followup", "show", id).stdout
        XCTAssertTrue(shown.contains("各项评分:服务态度 5 · 环境卫生 1 · 等候时间 3") && shown.contains("已接通"), shown)
        let report = cs.json("followup", "report", "--json")
        XCTAssertEqual(report["reached"] as? Int, 1)
        XCTAssertEqual(report["lowShare"] as? String, "100.0")
        let zh = cs.run("--lang", "zh", "followup", "report")
        XCTAssertTrue(zh.stdout.contains("环境卫生:平均 1.00 分") && zh.stdout.contains("护士态度差"), zh.stdout)
        let made = cs.run("followup", "complain", id, "-q")
        XCTAssertEqual(made.status, 0, made.stderr)
        let complaint = made.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(cs.json("complaint", "show", complaint)["staff"] as? String, "D12")
        assertRefused(cs.run("followup", "complain", id), status: 1, mentions: complaint)
        XCTAssertEqual(cs.run("undo", "--yes").status, 0)
        assertRefused(cs.run("complaint", "show", complaint), status: 1, mentions: complaint)
        XCTAssertNil(cs.json("followup", "show", id)["complaint"] as? String, "undo takes both back")
        XCTAssertEqual(cs.run("doctor").status, 0)
    }

    func testListingsFitANarrowTerminalAndCallsOwedComplete() {
        let a = add("--name", "欧阳娜娜", "--phone", "13800138000", "--ward", "心血管内科二病区", "--reason", "术后回访")
        let b = add("--name", "张三", "--phone", "13900001111")
        _ = cs.run("followup", "call", b, "--reached")
        for language in ["en", "zh"] {
            let list = cs.run(["followup", "list", "--lang", language], env: ["COLUMNS": "80"])
            for line in list.stdout.split(separator: "\n") {
                XCTAssertLessThanOrEqual(line.terminalColumns, 80, String(line))
            }
        }
        XCTAssertEqual(cs.run("__complete", "followup", "call", "").stdout, a + "\n", "only the calls owed")
        XCTAssertEqual(cs.run("export", "followups", "--csv").lines.count, 3)
        XCTAssertEqual(cs.shell("\(CS.binary.path) followup due --csv > /dev/full").status, 3)
        assertRefused(cs.run("followup", "plan"), status: 2, mentions: "--lapsed")
        assertRefused(cs.run("followup", "add", "--from", "list.csv"), status: 2, mentions: "followup plan --from")
    }
}
