import Foundation
import XCTest

/// Issue 11, point 14: JSON is an interface — every field a command prints is named in its
/// man page, and a member has one shape everywhere.
final class ManFieldsTests: XCTestCase {
    static let manDirectory = CS.repository.appendingPathComponent("man")

    static func manPage(_ name: String) throws -> String {
        try String(contentsOf: ManFieldsTests.manDirectory.appendingPathComponent(name), encoding: .utf8)
            .replacingOccurrences(of: "\\-", with: "-").replacingOccurrences(of: "\\fB", with: "")
            .replacingOccurrences(of: "\\fR", with: "").replacingOccurrences(of: "\\fI", with: "")
    }

    /// The keys of the JSON a command prints (an object, or the objects of an array).
    static func keys(_ cs: CS, _ args: [String]) -> Set<String> {
        let r = cs.run(args + ["--json"])
        XCTAssertTrue(r.status == 0 || r.status == 4, "\(args): \(r.stderr)")
        let value = try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
        if let o = value as? [String: Any] { return Set(o.keys) }
        if let a = value as? [[String: Any]] { return Set(a.flatMap(\.keys)) }
        XCTFail("\(args) printed no JSON: \(r.stdout)")
        return []
    }

    func testEveryJSONFieldIsInTheManPageAndAMemberHasOneShape() throws {
        let cs = try CS.fresh(now: "2026-11-23T10:00:00+08:00")
        let card = cs.addMember("Ann", phone: "13900000001", birthday: "1990-11-25")
        _ = cs.run("member", "topup", card, "--amount", "100")
        let member = try ManFieldsTests.manPage("cs-member.1")
        let memberCommands: [[String]] = [
            ["member", "show", card], ["member", "list"], ["member", "find", "--name", "Ann"],
            ["member", "earn", card, "--amount", "10", "--receipt", "R1"], ["member", "history", card],
            ["member", "price", card, "--amount", "100"], ["member", "expire"],
            ["member", "edit", card, "--note", "x"], ["member", "upgrade", card], ["export", "members"],
            ["export", "ledger"],
        ]
        for args in memberCommands {
            for key in ManFieldsTests.keys(cs, args) {
                XCTAssertTrue(
                    member.contains(key), "cs-member.1 lacks the field \(key) of \(args.joined(separator: " "))")
            }
        }
        let shape = ManFieldsTests.keys(cs, ["member", "list"])
        XCTAssertEqual(ManFieldsTests.keys(cs, ["member", "edit", card, "--note", "y"]), shape)
        XCTAssertEqual(ManFieldsTests.keys(cs, ["export", "members"]), shape)
        XCTAssertEqual(
            ManFieldsTests.keys(cs, ["member", "show", card]),
            shape.union(["available", "expiringIn30Days", "reviewDue"]))
        // Issue 28: the points after a movement have one name, in its reply and in the history.
        let earned = ManFieldsTests.keys(cs, ["member", "earn", card, "--amount", "5", "--receipt", "R9"])
        let history = ManFieldsTests.keys(cs, ["member", "history", card])
        XCTAssertTrue(earned.contains("pointsAfter") && history.contains("pointsAfter"), "\(earned) \(history)")
        XCTAssertTrue(earned.contains("balanceAfter") && history.contains("balanceAfter"))

        let birthday = try ManFieldsTests.manPage("cs-birthday.1")
        _ = cs.run("birthday", "gift", "prepare", card, "--item", "cake")
        for args in [
            ["birthday", "list"], ["birthday", "upcoming"], ["birthday", "greet", "--days", "2"],
            ["birthday", "gift", "list"], ["birthday", "gift", "reconcile"], ["export", "gifts"],
        ] {
            for key in ManFieldsTests.keys(cs, args) {
                XCTAssertTrue(
                    birthday.contains(key), "cs-birthday.1 lacks the field \(key) of \(args.joined(separator: " "))")
            }
        }
        let reconcile = cs.run("birthday", "gift", "reconcile", "--json")
        let problems = (try? JSONSerialization.jsonObject(with: Data(reconcile.stdout.utf8)) as? [String: Any])?[
            "problems"]
        XCTAssertTrue(problems is [Any], "problems is an array: \(reconcile.stdout)")

        let cs1 = try ManFieldsTests.manPage("cs.1")
        for args in [["log"], ["doctor"], ["export", "journal"]] {
            for key in ManFieldsTests.keys(cs, args) {
                XCTAssertTrue(cs1.contains(key), "cs.1 lacks the field \(key) of \(args.joined(separator: " "))")
            }
        }
    }

    /// Issue 28: `\(u2026` printed "026," in cs(1). Every page passes `mandoc -Tlint` at the
    /// warning level (its style notes on lines longer than 80 bytes are left: Chinese text).
    func testEveryManPageLintsCleanWithMandoc() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/mandoc") else {
            throw XCTSkip("mandoc is not installed")
        }
        let pages = try FileManager.default.contentsOfDirectory(atPath: ManFieldsTests.manDirectory.path)
            .filter { $0.hasSuffix(".1") }.sorted()
        XCTAssertGreaterThanOrEqual(pages.count, 7)
        let cs = try CS.fresh(initialize: false)
        for page in pages {
            let r = cs.shell("/usr/bin/mandoc -Tlint -W warning '\(ManFieldsTests.manDirectory.path)/\(page)'")
            XCTAssertEqual(r.stdout + r.stderr, "", page)
        }
    }
}
