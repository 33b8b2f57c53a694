import Foundation
import XCTest

/// Issue 29: `cs lend` through the binary, as a clerk at the desk and a cron job use it.
final class LendTests: XCTestCase {
    var cs: CS!

    override func setUpWithError() throws {
        cs = try CS.fresh(now: "2026-11-23T10:00:00+08:00")
        XCTAssertEqual(cs.run("lend", "stock", "add", "--item", "轮椅", "--ids", "W1-W3").status, 0)
        XCTAssertEqual(cs.run("lend", "stock", "add", "--item", "雨伞", "--count", "1").status, 0)
    }

    func out(_ args: String...) -> String {
        let r = cs.run(["lend", "out"] + args + ["-q"])
        XCTAssertEqual(r.status, 0, r.stderr)
        return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func testALoanSaysWhatWasLentAndTheRefusalsNameTheLoan() {
        let r = cs.run(
            "lend", "out", "轮椅", "--to", "张三", "--phone", "138 0013 8000", "--deposit", "200", "--due", "18:00")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(
            r.stdout.contains("轮椅 W1") && r.stdout.contains("200.00") && r.stdout.contains("2026-11-23 18:00"), r.stdout
        )
        let zh = cs.run("--lang", "zh", "lend", "out", "W1", "--to", "李四", "--phone", "13900000000")
        assertRefused(zh, status: 1, mentions: "B01-1")
        XCTAssertTrue(zh.stderr.contains("已借出") && zh.stderr.contains("张三"), zh.stderr)
        _ = out("雨伞", "--to", "王五", "--phone", "13700000000")
        assertRefused(cs.run("lend", "out", "雨伞", "--to", "赵六", "--phone", "13700000001"), status: 1, mentions: "雨伞")
        assertRefused(
            cs.run("lend", "out", "充电宝", "--to", "赵六", "--phone", "13700000001"), status: 1, mentions: "stock list")
        assertRefused(
            cs.run("lend", "out", "W2", "--to", "赵六", "--phone", "13700000001", "--due", "09:00"), status: 2,
            mentions: "--due")
        assertRefused(
            cs.run("lend", "out", "W2", "--to", "赵六", "--phone", "123", "--deposit", "10"), status: 2,
            mentions: "--phone")
        assertRefused(
            cs.run(
                "lend", "out", "W2", "--to", "赵", "--phone", "13700000001", "--deposit", "10", "--deposit-id",
                "110101199003074514"),
            status: 2, mentions: "--deposit-id")
        XCTAssertEqual(cs.jsonArray("lend", "list").count, 2, "nothing refused was lent")
    }

    func testAnIDCardHeldIsMaskedUnlessRevealedAndAlwaysGoesBack() {
        let id = out("W2", "--to", "张三", "--phone", "13800138000", "--deposit-id", "110101199003074514")
        XCTAssertFalse(cs.run("lend", "list").stdout.contains("110101199003074514"))
        XCTAssertEqual(cs.json("lend", "show", id)["depositIdNumber"] as? String, "1101**********4514")
        XCTAssertEqual(cs.json("lend", "show", id, "--reveal")["depositIdNumber"] as? String, "110101199003074514")
        XCTAssertFalse(cs.run("log", "--json").stdout.contains("110101199003074514"), "the journal keeps it masked")
        assertRefused(cs.run("lend", "back", id, "--keep", "10"), status: 1, mentions: "ID")
        XCTAssertEqual(cs.run("lend", "back", id).status, 0)
    }

    func testBackReturnsTheDepositToTheFenAndUndoPutsTheLoanOut() {
        let id = out("雨伞", "--to", "张三", "--phone", "13800138000", "--deposit", "50.05")
        assertRefused(cs.run("lend", "back", id, "--keep", "50.06"), status: 2, mentions: "50.05")
        let back = cs.json("lend", "back", id.lowercased(), "--keep", "20.01", "--damaged", "伞骨断了")
        XCTAssertEqual(back["returned"] as? String, "30.04")
        XCTAssertEqual(back["kept"] as? String, "20.01")
        XCTAssertEqual(back["status"] as? String, "returned")
        assertRefused(cs.run("lend", "back", id), status: 1, mentions: id)
        XCTAssertEqual(cs.run("undo", "--yes").status, 0, "the return taken back")
        XCTAssertEqual(cs.json("lend", "show", id)["status"] as? String, "out")
        assertRefused(cs.run("lend", "out", "雨伞", "--to", "李四", "--phone", "13900000000"), status: 1, mentions: "雨伞")
    }

    func testAWriteOffKeepsTheDepositAndTakesTheThingOutOfService() {
        let id = out("W3", "--to", "张三", "--phone", "13800138000", "--deposit", "300")
        assertRefused(cs.run("lend", "writeoff", id, "--reason", "丢失"), status: 2, mentions: "--supervisor")
        let off = cs.json("lend", "writeoff", id, "--reason", "丢失", "--supervisor", "王经理")
        XCTAssertEqual(off["kept"] as? String, "300.00")
        XCTAssertEqual(off["status"] as? String, "lost")
        assertRefused(cs.run("lend", "out", "W3", "--to", "李四", "--phone", "13900000000"), status: 1, mentions: "W3")
        let stock = cs.jsonArray("lend", "stock", "list").first { $0["item"] as? String == "轮椅" }
        XCTAssertEqual(stock?["total"] as? Int, 2)
        XCTAssertEqual(stock?["writtenOff"] as? Int, 1)
        XCTAssertEqual(stock?["inNumbers"] as? String, "W1,W2")
    }

    func testOverdueLoansAreOnTheBoardAndExitFourForCron() {
        let late = ["CS_NOW": "2026-11-23T22:30:00+08:00"]
        XCTAssertEqual(cs.run("lend", "overdue").status, 0)
        XCTAssertEqual(cs.run("lend", "overdue", "-q").stdout, "")
        let id = out("雨伞", "--to", "张三", "--phone", "13800138000")
        let overdue = cs.run(["lend", "overdue"], env: late)
        XCTAssertEqual(overdue.status, 4)
        XCTAssertTrue(overdue.stdout.contains(id) && overdue.stdout.contains("13800138000"), overdue.stdout)
        XCTAssertEqual(cs.run(["lend", "overdue", "-q"], env: late).stdout, "1\n")
        let board = cs.run(["today", "--lang", "zh"], env: late)
        XCTAssertEqual(board.status, 4)
        XCTAssertTrue(board.stdout.contains("便民借用") && board.stdout.contains("超时  \(id)"), board.stdout)
        XCTAssertEqual(cs.run(["lend", "list", "--overdue", "--field", "id"], env: late).stdout, "\(id)\n")
        XCTAssertEqual(cs.run(["lend", "overdue"], env: late.merging(["COLUMNS": "80"]) { $1 }).status, 4)
        XCTAssertEqual(
            cs.shell("\(CS.binary.path) lend overdue --json > /dev/full").status, 3, "a failed write is an error")
    }

    func testTheDayReportAndTheListingFitANarrowTerminalInBothLanguages() {
        _ = out("W1", "--to", "欧阳娜娜", "--phone", "13800138000", "--deposit", "200", "--due", "2026-11-24T10:00")
        let id = out("雨伞", "--to", "张三", "--phone", "13900000000", "--deposit", "50")
        cs.run("lend", "back", id, "--keep", "12.5")
        let report = cs.json("lend", "report")
        XCTAssertEqual(report["taken"] as? String, "250.00")
        XCTAssertEqual(report["returned"] as? String, "37.50")
        XCTAssertEqual(report["kept"] as? String, "12.50")
        XCTAssertEqual(report["heldAtEnd"] as? String, "200.00")
        XCTAssertEqual(report["balances"] as? Bool, true)
        XCTAssertTrue(cs.run("--lang", "zh", "lend", "report").stdout.contains("账实相符"))
        for language in ["en", "zh"] {
            let list = cs.run(["lend", "list", "--lang", language], env: ["COLUMNS": "80"])
            for line in list.stdout.split(separator: "\n") {
                XCTAssertLessThanOrEqual(line.terminalColumns, 80, String(line))
            }
            XCTAssertTrue(list.stdout.contains(id) && list.stdout.contains("W1"), list.stdout)
        }
        XCTAssertEqual(cs.run("export", "loans", "--csv").lines.count, 3, "a header and both loans")
    }
}
