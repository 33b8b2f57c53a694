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
        XCTAssertEqual(cs.run("member", "find", "--phone", "1391234", "--csv", "--no-header").lines.first?.hasPrefix(card), true)
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
