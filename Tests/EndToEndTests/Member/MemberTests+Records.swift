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
