import Foundation
import XCTest

/// Issue 30: `cs ask` through the binary — first-ask ownership, paging, the shift log on the board.
final class AskTests: XCTestCase {
    var cs: CS!

    override func setUpWithError() throws {
        cs = try CS.fresh(now: "2026-11-23T10:00:00+08:00")
        cs.environment["CS_CLERK"] = "lily"
    }

    func take(_ args: String..., clerk: String = "lily") -> String {
        let r = cs.run(["--clerk", clerk, "ask", "new"] + args + ["-q"])
        XCTAssertEqual(r.status, 0, r.stderr)
        return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func testTheTakerOwnsTheEnquiryUntilAnsweredAndHandOversAreRecorded() {
        let id = take("--name", "王女士", "--phone", "138 0013 8000", "--topic", "预约", "--text", "周六大包")
        assertRefused(
            cs.run("--clerk", "mei", "ask", "answer", id, "--answer", "有"), status: 1, mentions: "lily")
        let zh = cs.run("--clerk", "mei", "--lang", "zh", "ask", "answer", id, "--answer", "有")
        XCTAssertTrue(zh.stderr.contains("由 lily 负责"), zh.stderr)
        assertRefused(
            cs.run("ask", "new", "--name", "x", "--topic", "停车", "--text", "y"), status: 2, mentions: "ask.topics")
        assertRefused(cs.run("ask", "answer", id, "--answer", "x", "--found"), status: 2, mentions: "--found")
        let passed = cs.json("--clerk", "lily", "ask", "pass", id, "--to", "mei", "--note", "等价格")
        XCTAssertEqual(passed["owner"] as? String, "mei")
        XCTAssertEqual((passed["handovers"] as? [[String: Any]])?.first?["note"] as? String, "等价格")
        XCTAssertTrue(cs.run("ask", "show", id).stdout.contains("lily → mei  (passed by lily)  等价格"))
        XCTAssertEqual(
            cs.json("--clerk", "mei", "ask", "answer", id, "--answer", "已预留")["status"] as? String, "answered")
        assertRefused(cs.run("undo", "--yes"), status: 1, mentions: "mei")
        XCTAssertEqual(cs.run("--clerk", "mei", "undo", "--yes").status, 0)
        XCTAssertEqual(cs.json("ask", "show", id)["status"] as? String, "open", "undo reopens it")
        XCTAssertEqual(cs.run("--clerk", "mei", "ask", "list", "--open", "--mine", "--field", "id").lines, [id])
        XCTAssertEqual(cs.run("ask", "list", "--open", "--mine", "--field", "id").lines, [])
        XCTAssertEqual(cs.run("doctor").status, 0)
    }

    func testOpenEnquiriesAndTheShiftLogAreTheBoardsHandOver() {
        let paging = take("--channel", "on-site", "--name", "李先生", "--topic", "寻人", "--text", "找红衣男孩")
        XCTAssertEqual(cs.run("ask", "note", "--text", "3 号包厢空调坏了").status, 0)
        let soon = cs.run(["today"], env: ["CS_NOW": "2026-11-23T10:10:00+08:00"])
        XCTAssertEqual(soon.status, 0, "open 10 minutes is not yet overdue")
        XCTAssertTrue(soon.stdout.contains(paging) && soon.stdout.contains("3 号包厢空调坏了"), soon.stdout)
        let late = cs.run(["today", "--lang", "zh"], env: ["CS_NOW": "2026-11-23T10:31:00+08:00"])
        XCTAssertEqual(late.status, 4, "open past ask.staleMinutes")
        XCTAssertTrue(late.stdout.contains("咨询与值班记录") && late.stdout.contains("仍未答复"), late.stdout)
        let board = cs.json(["today", "--json"])
        XCTAssertEqual(((board["ask"] as? [String: Any])?["open"] as? [[String: Any]])?.first?["id"] as? String, paging)
        XCTAssertEqual(cs.json("ask", "answer", paging, "--found", "--answer", "3 号门找到")["status"] as? String, "found")
        let morning = cs.run(["today"], env: ["CS_NOW": "2026-11-24T09:30:00+08:00"])
        XCTAssertTrue(morning.stdout.contains("空调"), "the next morning reads the last shift's log")
        let later = cs.run(["today"], env: ["CS_NOW": "2026-11-24T10:30:00+08:00"])
        XCTAssertFalse(later.stdout.contains("空调"), "a log more than a day old is not the last shift's")
        XCTAssertEqual(cs.run("ask", "notes", "--date", "2026-11-23", "--field", "id").lines.count, 1)
    }

    func testListingsFitANarrowTerminalAndOpenEnquiriesComplete() {
        let a = take("--name", "欧阳娜娜", "--phone", "13800138000", "--topic", "价格", "--text", "周末大包包厢的价格和酒水套餐")
        let b = take("--name", "张三", "--topic", "活动", "--text", "会员日")
        _ = cs.run("ask", "answer", b, "--answer", "每月 8 日")
        for language in ["en", "zh"] {
            let list = cs.run(["ask", "list", "--lang", language], env: ["COLUMNS": "80"])
            for line in list.stdout.split(separator: "\n") {
                XCTAssertLessThanOrEqual(line.terminalColumns, 80, String(line))
            }
        }
        XCTAssertEqual(cs.run("__complete", "ask", "answer", "").stdout, a + "\n", "only the open enquiries")
        XCTAssertEqual(cs.run("export", "enquiries", "--csv").lines.count, 3)
        XCTAssertEqual(cs.shell("\(CS.binary.path) ask list --json > /dev/full").status, 3)
    }
}
