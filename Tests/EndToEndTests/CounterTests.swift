import Foundation
import XCTest

/// Issue 11 (begun): what a clerk trips on at the counter.
final class CounterTests: XCTestCase {
    func testACustomerGivingTheLastFourDigitsIsFound() throws {
        let cs = try CS.fresh()
        let card = cs.addMember("Ann", phone: "13912345678")
        _ = cs.addMember("Bob", phone: "13800005678")
        _ = cs.addMember("Cy", phone: "13700001111")
        let four = cs.run("member", "find", "--phone", "5678", "--csv", "--no-header")
        XCTAssertEqual(four.status, 0, four.stderr)
        XCTAssertEqual(four.lines.count, 2)
        XCTAssertEqual(
            cs.run("member", "find", "--phone", "1391234", "--csv", "--no-header").lines.first?.hasPrefix(card), true)
        for bad in ["78", "abc", "56 7x"] {
            assertRefused(cs.run("member", "find", "--phone", bad), status: 2, mentions: "--phone", "4")
        }
        assertRefused(cs.run("member", "find"), status: 2, mentions: "member list")
    }

    func testAPhoneWithTheCountryCodeIsTheSamePhone() throws {
        let cs = try CS.fresh()
        let card = cs.addMember("Ann", phone: "13912345678")
        for typed in ["+86 13912345678", "0086-139-1234-5678", "8613912345678", "１３９１２３４５６７８"] {
            let r = cs.run("member", "add", "--name", "Twin", "--phone", typed, "--birthday", "1990-01-01")
            assertRefused(r, status: 1, mentions: "13912345678", card)
            XCTAssertEqual(cs.json("member", "show", typed)["card"] as? String, card, typed)
        }
    }

    func testHelpGoesThreeLevelsDownAndBareCsShowsTheOverview() throws {
        let cs = try CS.fresh()
        let help = cs.run("help", "birthday", "gift", "prepare")
        XCTAssertEqual(help.status, 0, help.stderr)
        XCTAssertTrue(help.stdout.contains("--picked-up-by"), help.stdout)
        let bare = cs.run([])
        XCTAssertEqual(bare.status, 0, bare.stderr)
        XCTAssertTrue(bare.stdout.contains("member") && bare.stdout.contains("birthday"), bare.stdout)
    }
}

extension CounterTests {
    func testEveryCommandThatTakesAMemberTakesAPhone() throws {
        let cs = try CS.fresh()
        let card = cs.addMember("Ann", phone: "13612345678")
        XCTAssertEqual(cs.run("member", "earn", "136-1234-5678", "--amount", "10", "--receipt", "P1").status, 0)
        XCTAssertEqual(cs.run("member", "adjust", "13612345678", "--points", "5", "--reason", "fix").status, 0)
        XCTAssertEqual(cs.json("member", "show", card)["points"] as? Int, 15)
        assertRefused(cs.run("birthday", "gift", "give", "13612345678"), status: 1, mentions: "G01-1")
    }

    func testACardThatIsAnotherMembersPhoneIsRefusedNamingBoth() throws {
        let cs = try CS.fresh()
        let ann = cs.addMember("Ann", phone: "13900139001")
        assertRefused(
            cs.run(
                "member", "add", "--name", "Bob", "--phone", "13700000002", "--birthday", "1990-01-01",
                "--card", "13900139001"), status: 1, mentions: "13900139001", ann)
    }

    func testABareMonthIsTheBirthdayListsNextOccurrence() throws {
        let cs = try CS.fresh(now: "2026-12-10T09:00:00+08:00")
        _ = cs.addMember("Jan", phone: "13700000001", birthday: "1990-01-15")
        let january = cs.run("birthday", "list", "--month", "1", "--csv", "--no-header")
        XCTAssertEqual(january.status, 0, january.stderr)
        XCTAssertTrue(january.stdout.contains("2027-01-15"), january.stdout)
        XCTAssertTrue(cs.run("birthday", "list", "--month", "next", "--csv").stdout.contains("2027-01-15"))
        XCTAssertTrue(cs.run("birthday", "list", "--month", "+1", "--csv").stdout.contains("2027-01-15"))
    }
}

extension CounterTests {
    func testANarrowTableNeverCutsACardAPhoneOrAnAmount() throws {
        let cs = try CS.fresh()
        XCTAssertEqual(cs.run("member", "import", "--from", CounterTests.examples).status, 0)
        let list = cs.run(["member", "list"], env: ["COLUMNS": "80"])
        XCTAssertEqual(list.status, 0, list.stderr)
        for line in list.lines { XCTAssertLessThanOrEqual(line.count, 80, line) }
        for text in ["13800138000", "3500.00", "12000.50", "88010000037"] {
            XCTAssertTrue(list.stdout.contains(text), "\(text) cut in:\n\(list.stdout)")
        }
        XCTAssertFalse(list.stdout.contains("JOINED"), "a low-value column goes first")
    }

    static let examples = CS.repository.appendingPathComponent("Examples/members.csv").path
}

extension CounterTests {
    func testFieldPrintsOneFieldsBareValueForScripts() throws {
        let cs = try CS.fresh()
        let card = cs.addMember("Ann", phone: "13612345678")
        XCTAssertEqual(cs.run("member", "show", "13612345678", "--field", "card").stdout, card + "\n")
        XCTAssertEqual(cs.run("member", "list", "--field", "phone").stdout, "13612345678\n")
        assertRefused(cs.run("member", "show", card, "--field", "cardd"), status: 2, mentions: "card, name")
        assertRefused(cs.run("config", "get", "desk.id", "--field", "x"), status: 2, mentions: "--field")
        XCTAssertEqual(cs.run("doctor", "--field", "problem").stdout, "", "no problems, no lines")
    }
}

extension CounterTests {
    func testNoOutputFlagIsSilentlyIgnored() throws {
        let cs = try CS.fresh()
        let card = cs.addMember("Ann", phone: "13612345678")
        let doctor = cs.run("doctor", "--json")
        XCTAssertEqual(doctor.status, 0, doctor.stderr)
        XCTAssertEqual(doctor.stdout, "[]\n", "the doctor's findings as JSON: none")
        assertRefused(cs.run("member", "show", card, "-q"), status: 2, mentions: "--field")
        assertRefused(
            cs.run("member", "earn", card, "--amount", "5", "--receipt", "S1", "--slip", "--json"),
            status: 2, mentions: "--slip")
        XCTAssertEqual(cs.json("member", "show", card)["points"] as? Int, 0, "the refused earn changed nothing")
        let out = cs.dataDirectory.path + "-quiet.csv"
        let quiet = cs.run("export", "members", "--out", out, "-q")
        XCTAssertEqual(quiet.status, 0, quiet.stderr)
        XCTAssertEqual(quiet.stdout, "", "-q keeps cron mail empty")
    }
}

extension CounterTests {
    func testChineseTablesShowChineseValuesWhileJSONStaysStable() throws {
        let cs = try CS.fresh()
        let card = cs.addMember("王五", phone: "13612345678", extra: ["--gender", "男", "--tier", "金卡"])
        let zh = cs.run("--lang", "zh", "member", "show", card)
        XCTAssertTrue(zh.stdout.contains("金卡") && zh.stdout.contains("男") && zh.stdout.contains("正常"), zh.stdout)
        XCTAssertFalse(zh.stdout.contains("gold"), zh.stdout)
        let json = cs.json("--lang", "zh", "member", "show", card)
        XCTAssertEqual(json["tier"] as? String, "gold")
        XCTAssertEqual(json["gender"] as? String, "male")
    }
}

extension CounterTests {
    func testStrictMakesAPartialListingAFailureForCron() throws {
        let cs = try CS.fresh()
        for i in 0..<12 {
            _ = cs.addMember("M\(i)", phone: "137000000\(String(format: "%02d", i))", birthday: "1990-11-2\(i % 9)")
        }
        let shard = try XCTUnwrap(
            try FileManager.default.contentsOfDirectory(atPath: cs.path("members")).sorted().first)
        let path = cs.path("members/" + shard)
        try (try String(contentsOfFile: path, encoding: .utf8) + "{\"id\":\"broken\n").write(
            toFile: path, atomically: true, encoding: .utf8)
        let lenient = cs.run("member", "list")
        XCTAssertEqual(lenient.status, 0)
        XCTAssertTrue(lenient.stderr.contains(shard), lenient.stderr)
        let strict = cs.run("member", "list", "--strict")
        XCTAssertEqual(strict.status, 3, "a partial answer fails under --strict")
        XCTAssertEqual(cs.run("birthday", "greet", "--strict", "--days", "0").status, 3)
    }
}
