import Foundation
import XCTest

/// Issue 29: `cs keep` through the binary, as the desk and cron use it.
final class KeepTests: XCTestCase {
    var cs: CS!

    override func setUpWithError() throws { cs = try CS.fresh(now: "2026-11-23T10:00:00+08:00") }

    func keepIn(_ args: String...) -> String {
        let r = cs.run(["keep", "in"] + args + ["-q"])
        XCTAssertEqual(r.status, 0, r.stderr)
        return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func testATagIsHandedOutOnceAndASealedBagNeedsItsSeal() {
        let r = cs.run("keep", "in", "--tag", "17", "--what", "行李箱 黑色", "--seal", "S123", "--phone", "13800138000")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("tag 17") && r.stdout.contains("2026-11-26 10:00"), r.stdout)
        let zh = cs.run("--lang", "zh", "keep", "in", "--tag", "17", "--what", "背包", "--phone", "13900000000")
        assertRefused(zh, status: 1, mentions: "K01-1")
        XCTAssertTrue(zh.stderr.contains("号码牌 17"), zh.stderr)
        assertRefused(
            cs.run("keep", "in", "--tag", "99", "--what", "x", "--phone", "13900000000"), status: 2,
            mentions: "keep.tags")
        assertRefused(cs.run("keep", "out", "17"), status: 1, mentions: "--seal")
        assertRefused(cs.run("keep", "out", "17", "--seal", "S124"), status: 1, mentions: "S124")
        XCTAssertEqual(cs.json("keep", "out", "17", "--seal", "s123")["status"] as? String, "collected")
        assertRefused(cs.run("keep", "out", "K01-1", "--seal", "S123"), status: 1, mentions: "K01-1")
        XCTAssertEqual(cs.run("undo", "--yes").status, 0)
        XCTAssertEqual(cs.json("keep", "show", "17")["status"] as? String, "kept", "undo puts the bag back on its tag")
    }

    func testAfterClosingOnTheBoardAndAfterTheDaysToLostAndFoundWithItsCustody() {
        let id = keepIn("--tag", "3", "--what", "背包", "--phone", "13900001111", "--name", "李四")
        let evening = cs.run(["today", "--lang", "zh"], env: ["CS_NOW": "2026-11-23T22:30:00+08:00"])
        XCTAssertTrue(evening.stdout.contains("寄存") && evening.stdout.contains("营业结束仍未取"), evening.stdout)
        XCTAssertEqual(evening.status, 0, "after closing is not yet overdue")
        let later = ["CS_NOW": "2026-11-26T10:30:00+08:00"]
        XCTAssertEqual(cs.run(["today"], env: later).status, 4)
        XCTAssertEqual(cs.run(["keep", "sweep"], env: later).status, 4)
        assertRefused(cs.run(["keep", "sweep", "--apply"], env: later), status: 2, mentions: "--received-by")
        let moved = cs.run(["keep", "sweep", "--apply", "--received-by", "客服中心"], env: later)
        XCTAssertEqual(moved.status, 0, moved.stderr)
        let lost = cs.json("keep", "show", id)["lostItem"] as? String ?? ""
        XCTAssertTrue(moved.stdout.contains(lost) && !lost.isEmpty, moved.stdout)
        let item = cs.json("lostfound", "show", lost)
        XCTAssertEqual(item["custody"] as? String, "center")
        let moves = item["moves"] as? [[String: Any]] ?? []
        XCTAssertEqual(moves.map { $0["at"] as? String }, ["2026-11-23T10:00:00+08:00", "2026-11-26T10:30:00+08:00"])
        XCTAssertEqual(moves.first?["handedOverBy"] as? String, "李四 13900001111", "the chain starts with the owner")
        XCTAssertEqual(cs.run(["keep", "sweep"], env: later).status, 0, "nothing due any more")
        XCTAssertEqual(cs.run("doctor").status, 0)
        XCTAssertEqual(keepIn("--tag", "3", "--what", "伞", "--phone", "13900001111").isEmpty, false, "tag 3 free again")
    }

    func testListingsFitANarrowTerminalAndTagsComplete() {
        _ = keepIn("--tag", "12", "--what", "行李箱 黑色 大号", "--phone", "13800138000", "--name", "欧阳娜娜", "--seal", "S1")
        _ = keepIn("--tag", "4", "--what", "backpack", "--phone", "13900001111")
        for language in ["en", "zh"] {
            let list = cs.run(["keep", "list", "--open", "--lang", language], env: ["COLUMNS": "80"])
            for line in list.stdout.split(separator: "\n") {
                XCTAssertLessThanOrEqual(line.terminalColumns, 80, String(line))
            }
            XCTAssertTrue(list.stdout.contains("13800138000"), list.stdout)
        }
        XCTAssertEqual(cs.run("__complete", "keep", "out", "").stdout, "4\n12\n", "the tags on kept bags")
        XCTAssertEqual(cs.run("export", "bags", "--csv").lines.count, 3)
        XCTAssertEqual(cs.shell("\(CS.binary.path) keep list --json > /dev/full").status, 3)
    }
}
