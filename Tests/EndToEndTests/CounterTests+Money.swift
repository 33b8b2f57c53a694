import Foundation
import XCTest

/// Issue 11, points 3 and 4: money and points are never lost by a hurried command.
extension CounterTests {
    func testCancellingACardWithMoneyOrPointsNeedsToBeToldWhatHappensToThem() throws {
        let cs = try CS.fresh()
        let card = cs.addMember("王五", phone: "13900000001")
        XCTAssertEqual(cs.run("member", "topup", card, "--amount", "12000.50").status, 0)
        XCTAssertEqual(cs.run("member", "earn", card, "--amount", "5200", "--receipt", "R1").status, 0)
        assertRefused(
            cs.run("member", "cancel", card, "--reason", "moving"), status: 1,
            mentions: "5200", "12000.50", "--refund", "--forfeit")
        XCTAssertEqual(cs.json("member", "show", card)["status"] as? String, "active", "nothing changed")
        assertRefused(
            cs.run("member", "cancel", card, "--reason", "x", "--refund", "--forfeit"), status: 2,
            mentions: "--refund")

        let done = cs.run("member", "cancel", card, "--reason", "moving", "--refund")
        XCTAssertEqual(done.status, 0, done.stderr)
        XCTAssertTrue(
            done.stdout.contains("王五") && done.stdout.contains("12000.50")
                && done.stdout.contains("5200 points"), done.stdout)
        let shown = cs.json("member", "show", card)
        XCTAssertEqual(shown["status"] as? String, "cancelled")
        XCTAssertEqual(shown["balance"] as? String, "0.00")
        XCTAssertEqual(shown["points"] as? Int, 0)
        let kinds = cs.run("member", "history", card, "--csv", "--no-header").lines.map { $0.split(separator: ",")[2] }
        XCTAssertEqual(kinds, ["topup", "earn", "refund", "adjust"], "the ledger still explains every figure")
        XCTAssertEqual(cs.run("doctor").status, 0)
    }

    func testAStoredValueMistakeCanBeCorrectedAndATopUpSlipCountsOnce() throws {
        let cs = try CS.fresh()
        let card = cs.addMember("Ann", phone: "13900000001")
        XCTAssertEqual(cs.run("member", "topup", card, "--amount", "10000", "--receipt", "T-1").status, 0)
        assertRefused(
            cs.run("member", "topup", card, "--amount", "10000", "--receipt", " t-1 "), status: 1,
            mentions: "T-1")
        let fix = cs.run("member", "adjust", card, "--amount", "-9000", "--reason", "keyed 10000 for 1000")
        XCTAssertEqual(fix.status, 0, fix.stderr)
        XCTAssertTrue(fix.stdout.contains("Ann") && fix.stdout.contains("1000.00"), fix.stdout)
        XCTAssertEqual(cs.json("member", "show", card)["balance"] as? String, "1000.00")
        assertRefused(
            cs.run("member", "adjust", card, "--amount", "-1000.01", "--reason", "x"), status: 1,
            mentions: "1000.00")
        assertRefused(cs.run("member", "adjust", card, "--reason", "x"), status: 2, mentions: "--points")
        XCTAssertEqual(cs.run("doctor").status, 0, "ledger and figures agree")
    }

    func testConfirmationsNameTheMemberAndWhatChanged() throws {
        let cs = try CS.fresh()
        let add = cs.run(
            "member", "add", "--name", "王五", "--phone", "13900000001", "--birthday", "1990-01-01",
            "--first-purchase", "600")
        XCTAssertTrue(add.stdout.contains("silver"), "add says the tier it gave: \(add.stdout)")
        let card = try XCTUnwrap(cs.run("member", "show", "13900000001", "--field", "card").lines.first)
        let one = cs.run("member", "earn", card, "--amount", "1", "--receipt", "R1")
        XCTAssertTrue(one.stdout.hasPrefix("王五 (card \(card)): +1 point for receipt R1"), one.stdout)
        let zh = cs.run("--lang", "zh", "member", "redeem", card, "--voucher", "10")
        XCTAssertEqual(zh.status, 1)
        let edit = cs.run("member", "edit", card, "--phone", "13900000009", "--address", "Room 3")
        XCTAssertTrue(
            edit.stdout.contains("phone") && edit.stdout.contains("address")
                && !edit.stdout.contains("name,"), edit.stdout)
        let zhEdit = cs.run("--lang", "zh", "member", "edit", card, "--address", "Room 4")
        XCTAssertTrue(zhEdit.stdout.contains("王五(卡 \(card))") && zhEdit.stdout.contains("地址"), zhEdit.stdout)
        XCTAssertEqual(cs.run("member", "earn", card, "--amount", "300", "--receipt", "R2").status, 0)
        let voucher = cs.run("--lang", "zh", "member", "redeem", card, "--voucher", "20")
        XCTAssertTrue(voucher.stdout.contains("20 元代金券") && !voucher.stdout.contains("voucher"), voucher.stdout)
    }

    func testCancelAndReissueAskOnATerminalAndNeverInAScript() throws {
        let cs = try CS.fresh()
        let card = cs.addMember("Ann", phone: "13900000001")
        // Standard input is not a terminal here: never asked, never hangs.
        XCTAssertEqual(cs.run("member", "suspend", card, "--reason", "x").status, 0)
        XCTAssertEqual(cs.run("member", "resume", card, "--reason", "x").status, 0)
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            throw XCTSkip("util-linux script(1) is needed to give cs a terminal")
        }
        // On a terminal (script(1) gives one): "n" changes nothing, "y" goes ahead.
        let env = "CS_DATA_DIR='\(cs.dataDirectory.path)' CS_NOW='2026-11-23T10:00:00+08:00' CS_LANG=en"
        func onTerminal(_ answer: String, _ args: String) -> CS.Result {
            let command =
                "printf '\(answer)\\n' | /usr/bin/script -qec \"env \(env) '\(CS.binary.path)' \(args)\" /dev/null"
            return cs.shell(command)
        }
        let no = onTerminal("n", "member reissue \(card)")
        XCTAssertTrue(no.stdout.contains("replace card \(card) of Ann"), no.stdout)
        XCTAssertTrue(no.stdout.contains("nothing changed"), no.stdout)
        XCTAssertEqual(cs.json("member", "show", card)["status"] as? String, "active")
        let yes = onTerminal("y", "member reissue \(card)")
        XCTAssertTrue(yes.stdout.contains("replaced by new card"), yes.stdout)
        XCTAssertEqual(cs.json("member", "show", card)["status"] as? String, "replaced")
    }
}

/// Issue 11, polish: what a clerk reads after a change, and the history a member can follow.
extension CounterTests {
    func testHistoryHasARunningBalanceAndGiftsAreNotPreparedMonthsEarly() throws {
        let cs = try CS.fresh()
        let card = cs.addMember("Ann", phone: "13900000001", birthday: "1990-03-15")
        XCTAssertEqual(cs.run("member", "topup", card, "--amount", "100").status, 0)
        XCTAssertEqual(cs.run("member", "earn", card, "--amount", "50", "--receipt", "R1").status, 0)
        XCTAssertEqual(cs.run("member", "pay", card, "--amount", "30", "--receipt", "P1").status, 0)
        let history = cs.jsonArray("member", "history", card)
        XCTAssertEqual(history.map { $0["balanceAfter"] as? String }, ["100.00", "100.00", "70.00"])
        XCTAssertEqual(history.map { $0["pointsAfter"] as? Int }, [0, 50, 50])
        assertRefused(
            cs.run("birthday", "gift", "prepare", card, "--item", "cake"), status: 1,
            mentions: "2027-03-15", "--force")
        XCTAssertEqual(cs.run("birthday", "gift", "prepare", card, "--item", "cake", "--force").status, 0)
        assertRefused(
            cs.run("--data-dir", cs.write("x", to: "file"), "member", "list"), status: 3,
            mentions: "not a directory")
        // Issue 28: one rule for every listing and search — nothing found is exit 0 and an empty
        // answer (find exited 1 while list, lostfound list and complaint list exited 0).
        let none = cs.run("member", "find", "--name", "Zed")
        XCTAssertEqual(none.status, 0, none.stderr)
        XCTAssertEqual(none.stderr, "")
        XCTAssertEqual(cs.run("member", "find", "--name", "Zed", "--json").stdout, "[]\n")
        XCTAssertEqual(cs.run("member", "find", "--name", "Zed", "--csv", "--no-header").stdout, "")
        XCTAssertEqual(cs.run("lostfound", "list", "--search", "Zed").status, 0)
        let export = cs.run("export", "members", "--out", cs.path("../\(cs.dataDirectory.lastPathComponent)-m.csv"))
        XCTAssertTrue(export.stdout.contains("wrote 1 record (members)"), export.stdout)
    }
}
