import Foundation
import XCTest

/// Members in and out: import (all or nothing, every bad row named) and export round trips.
extension MemberTests {
    func testImportMapsChineseHeadersAndOpeningFiguresBecomeLedgerEntries() {
        let csv =
            "\u{FEFF}姓名,手机,生日,积分,余额,等级\r\n张三,13800000001,1980-03-04,120,50.5,silver\r\n\"Li, Si\",13800000002,1985-12-31,,,\r\n"
        let file = cs.write(csv, to: "import.csv")
        let dry = cs.run("member", "import", "--from", file, "--dry-run")
        XCTAssertEqual(dry.status, 0, dry.stderr)
        XCTAssertTrue(dry.stdout.contains("2 member"))
        XCTAssertEqual(cs.jsonArray("member", "list").count, 0, "a dry run changes nothing")
        XCTAssertEqual(cs.run("member", "import", "--from", file).status, 0)
        let zhang = cs.json("member", "show", "13800000001")
        XCTAssertEqual(zhang["points"] as? Int, 120)
        XCTAssertEqual(zhang["balance"] as? String, "50.50")
        XCTAssertEqual(zhang["tier"] as? String, "silver")
        XCTAssertEqual(cs.jsonArray("member", "history", "13800000001").first?["kind"] as? String, "opening")
        XCTAssertEqual(cs.json("member", "show", "13800000002")["name"] as? String, "Li, Si")
        XCTAssertEqual(cs.run("doctor").status, 0)
    }

    func testImportIsAllOrNothingAndReportsEveryBadRowByLine() {
        _ = cs.addMember("Existing", phone: "13800000009")
        let csv =
            "name,phone,birthday\nGood,13800000001,1990-01-01\n,13800000002,1990-01-01\nBad,abc,1990-02-30\nDup,13800000009,1990-01-01\n"
        let r = cs.run("member", "import", "--from", cs.write(csv, to: "bad.csv"))
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("line 3: name is empty"), r.stderr)
        XCTAssertTrue(r.stderr.contains("line 4: phone"), r.stderr)
        XCTAssertTrue(r.stderr.contains("line 4: birthday"), r.stderr)
        XCTAssertTrue(r.stderr.contains("line 5: phone 13800000009"), r.stderr)
        XCTAssertEqual(cs.jsonArray("member", "list").count, 1, "the good row was not imported either")
        let unknown = cs.run("member", "import", "--from", cs.write("nom,phone,birthday\n", to: "h.csv"))
        XCTAssertTrue(unknown.stderr.contains("unknown column 'nom'"), unknown.stderr)
    }

    func testExportedMembersRoundTripThroughImport() throws {
        let a = cs.addMember(
            "=Formula Ann", phone: "13800000001",
            extra: [
                "--gender", "female", "--address", "1 Road, Town", "--note", "likes \"tea\"", "--id-number",
                "110101199001010011",
            ])
        cs.run("member", "earn", a, "--amount", "250", "--receipt", "R1")
        _ = cs.addMember("张三", phone: "13800000002", extra: ["--tier", "gold"])
        let export = cs.run("export", "members", "--csv", "--excel", "--reveal")
        XCTAssertEqual(export.status, 0)
        let other = try CS.fresh()
        let r = other.run("member", "import", "--from", other.write(export.stdout, to: "rt.csv"))
        XCTAssertEqual(r.status, 0, r.stderr)
        let strip: ([[String: Any]]) -> [[String: String]] = { rows in
            rows.map { $0.compactMapValues { "\($0)" }.filter { $0.key != "joinedAt" } }
        }
        XCTAssertEqual(
            strip(other.jsonArray("member", "list")).map { $0.filter { $0.key != "totalSpend" } },
            strip(cs.jsonArray("member", "list")).map { $0.filter { $0.key != "totalSpend" } })
        XCTAssertEqual(other.json("member", "show", "13800000001")["address"] as? String, "1 Road, Town")
        XCTAssertEqual(other.json("member", "show", "13800000001")["note"] as? String, "likes \"tea\"")
        XCTAssertEqual(
            other.json("member", "show", "13800000001", "--reveal")["idNumber"] as? String, "110101199001010011")
    }

    func testMembersAndLedgerRoundTripThroughImportWithTheWholeHistory() throws {
        let a = cs.addMember("Ann", phone: "13800000001", extra: ["--id-number", "110101199001010011"])
        cs.run("member", "earn", a, "--amount", "300", "--receipt", "R1")
        cs.run("member", "earn", a, "--amount", "50", "--receipt", "R2")
        cs.run("member", "redeem", a, "--gift", "Mug", "--points", "100")
        cs.run("member", "topup", a, "--amount", "500")
        cs.run("member", "pay", a, "--amount", "20", "--receipt", "P1")
        let newCard = cs.run("member", "reissue", a, "-q").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        cs.run("member", "reverse", "--receipt", "R2", "--reason", "refund")
        let b = cs.addMember("Bo", phone: "13800000002")
        cs.run("member", "earn", b, "--amount", "10", "--receipt", "R3")
        let members = cs.run("export", "members", "--reveal")
        let ledger = cs.run("export", "ledger")
        let other = try CS.fresh()
        let r = other.run(
            "member", "import", "--from", other.write(members.stdout, to: "m.csv"), "--ledger",
            other.write(ledger.stdout, to: "l.csv"))
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(
            other.run("member", "list", "--json").stdout, cs.run("member", "list", "--json").stdout,
            "every member field, totals included")
        XCTAssertEqual(
            other.run("member", "history", newCard, "--json").stdout,
            cs.run("member", "history", newCard, "--json").stdout)
        XCTAssertEqual(other.json("member", "show", newCard, "--reveal")["idNumber"] as? String, "110101199001010011")
        XCTAssertEqual(other.run("doctor").status, 0)
        // The receipts came along: they still earn once, ever.
        assertRefused(other.run("member", "earn", b, "--amount", "1", "--receipt", "R1"), status: 1, mentions: "R1")
        assertRefused(other.run("member", "reverse", "--receipt", "R2", "--reason", "again"), status: 1, mentions: "R2")
        // A ledger that does not explain a member's figures is refused, naming the line.
        let tampered = members.stdout.replacingOccurrences(of: ",Bo,13800000002,", with: ",Bo,13800000003,")
            .replacingOccurrences(of: "active,10,0.00", with: "active,99,0.00")
        let third = try CS.fresh()
        let bad = third.run(
            "member", "import", "--from", third.write(tampered, to: "m.csv"), "--ledger",
            third.write(ledger.stdout, to: "l.csv"))
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stderr.contains("ledger adds up to 10"), bad.stderr)
        XCTAssertEqual(third.jsonArray("member", "list").count, 0)
    }

    func testExportLedgerListsEveryMovement() {
        let card = cs.addMember("Ann", phone: "13800000001")
        cs.run("member", "earn", card, "--amount", "10", "--receipt", "R1")
        cs.run("member", "topup", card, "--amount", "5")
        let lines = cs.run("export", "ledger").lines
        XCTAssertEqual(lines.count, 3)
        XCTAssertTrue(lines[0].hasPrefix("id,card,kind,points,amount,receipt,clerk,at,expiresOn"))
    }
}
