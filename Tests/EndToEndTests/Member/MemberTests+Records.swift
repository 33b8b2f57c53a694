import Foundation
import XCTest

/// What a member's records show: slips, history, and what the doctor finds in them.
extension MemberTests {
    func testSlipsAre32ColumnsWithBothCopiesAndASignatureLine() {
        let card = cs.addMember("欧阳娜娜", phone: "13800000001")
        for args in [
            ["earn", card, "--amount", "88", "--receipt", "S1"], ["topup", card, "--amount", "50"],
            ["pay", card, "--amount", "20", "--receipt", "S2"], ["redeem", card, "--gift", "笔", "--points", "8"],
        ] {
            let out = cs.run(["member"] + args + ["--slip", "--lang", "zh"]).stdout
            XCTAssertTrue(out.contains("客户联") && out.contains("商户联"), out)
            XCTAssertTrue(out.contains("客户签名"))
            XCTAssertTrue(out.contains("欧阳娜娜") && out.contains(card) && out.contains("alice"))
            let slipLines = out.split(separator: "\n").drop { !$0.hasPrefix("====") }
            for line in slipLines {
                let width = line.unicodeScalars.reduce(0) { $0 + (($1.value >= 0x2E80 && $1.value <= 0xFFEF) ? 2 : 1) }
                XCTAssertLessThanOrEqual(width, 32, String(line))
            }
        }
    }

    func testHistoryShowsEveryMovementWithReceiptClerkAndTime() {
        let card = cs.addMember("Ann", phone: "13800000001")
        cs.run("member", "earn", card, "--amount", "10", "--receipt", "H1")
        cs.run(["member", "topup", card, "--amount", "5"], env: ["CS_CLERK": "bob"])
        let h = cs.jsonArray("member", "history", card)
        XCTAssertEqual(h.map { $0["kind"] as? String }, ["earn", "topup"])
        XCTAssertEqual(h.map { $0["clerk"] as? String }, ["alice", "bob"])
        XCTAssertEqual(h.first?["receipt"] as? String, "H1")
        XCTAssertEqual(h.first?["at"] as? String, "2026-11-23T10:00:00+08:00")
        XCTAssertEqual(h.first?["expiresOn"] as? String, "2027-11-23")
    }

    func testDoctorReportsALedgerBalanceMismatchPlantedByHand() throws {
        let card = cs.addMember("Ann", phone: "13800000001")
        cs.run("member", "earn", card, "--amount", "100", "--receipt", "R1")
        let dir = cs.path("members")
        for name in try FileManager.default.contentsOfDirectory(atPath: dir) {
            let path = "\(dir)/\(name)"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            if text.contains(card) {
                try text.replacingOccurrences(of: "\"points\":100", with: "\"points\":9100").write(
                    toFile: path, atomically: true, encoding: .utf8)
            }
        }
        let d = cs.run("doctor")
        XCTAssertEqual(d.status, 3)
        XCTAssertTrue(d.stdout.contains("points=9100") && d.stdout.contains("points=100"), d.stdout)
    }

    func testDoctorRepairRebuildsALostPhoneIndex() throws {
        let card = cs.addMember("Ann", phone: "13800000001")
        try FileManager.default.removeItem(atPath: cs.path("index-phone"))
        assertRefused(cs.run("member", "show", "13800000001"), status: 1)
        XCTAssertEqual(cs.run("doctor").status, 3)
        XCTAssertEqual(cs.run("doctor", "--repair").status, 0)
        XCTAssertEqual(cs.json("member", "show", "13800000001")["card"] as? String, card)
    }
}

/// Issue 28: `member history` fits an 80-column terminal in both languages, losing the least.
extension MemberTests {
    func testHistoryFitsEightyColumnsKeepingKindAmountsAndTime() {
        let card = cs.addMember("Ann", phone: "13800000001")
        cs.run("member", "earn", card, "--amount", "1234.50", "--receipt", "R20261123-0042")
        cs.run("member", "topup", card, "--amount", "1000", "--receipt", "R20261123-0043")
        cs.run("member", "redeem", card, "--gift", "果盘", "--points", "40")
        cs.run("member", "adjust", card, "--points", "-5", "--reason", "双倍积分录错了，收回多给的部分")
        for language in ["en", "zh"] {
            let narrow = cs.run(["member", "history", card, "--lang", language], env: ["COLUMNS": "80"])
            XCTAssertEqual(narrow.status, 0, narrow.stderr)
            let lines = narrow.stdout.split(separator: "\n")
            XCTAssertEqual(lines.count, 5, narrow.stdout)
            for line in lines {
                XCTAssertLessThanOrEqual(line.terminalColumns, 80, String(line))
            }
            XCTAssertFalse(narrow.stdout.contains("…"), "nothing cut: \(narrow.stdout)")
            XCTAssertTrue(narrow.stdout.contains("1234.50") && narrow.stdout.contains("R20261123-0043"))
            XCTAssertTrue(narrow.stdout.contains("2026-11-23 10:00"), "to the minute: \(narrow.stdout)")
            XCTAssertTrue(narrow.stdout.contains(language == "zh" ? "调整" : "adjust"), narrow.stdout)
        }
        let wide = cs.run(["member", "history", card], env: ["COLUMNS": "300"])
        XCTAssertTrue(wide.stdout.contains("2026-11-23T10:00:00+08:00"), "a wide table keeps the zone: \(wide.stdout)")
        XCTAssertTrue(wide.stdout.contains("双倍积分录错了"), wide.stdout)
        let json = cs.jsonArray("member", "history", card)
        XCTAssertEqual(json.last?["at"] as? String, "2026-11-23T10:00:00+08:00", "JSON keeps the instant whole")
    }
}
