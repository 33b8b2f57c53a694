import Foundation
import XCTest

/// Issue 28: messages beyond birthdays — a holiday greeting or a promotion notice to a chosen
/// set of members, as phone<TAB>message lines for the SMS pipeline.
extension MemberTests {
    func testAHolidayGreetingGoesToTheChosenActiveMembersOneLineEach() throws {
        let ann = cs.addMember("Ann", phone: "13800000001", extra: ["--gender", "female", "--tier", "gold"])
        let bo = cs.addMember("波", phone: "13800000002", extra: ["--gender", "male", "--kind", "stored-value"])
        let cy = cs.addMember("Cy", phone: "13800000003", extra: ["--tier", "gold"])
        XCTAssertEqual(cs.run("member", "suspend", cy, "--reason", "lost").status, 0)
        let template = cs.write("{name}{title},新年快乐!\n{tier}会员 {card}", to: "ny.txt")
        let zh = cs.run("--lang", "zh", "member", "message", "--template", template)
        XCTAssertEqual(zh.status, 0, zh.stderr)
        XCTAssertEqual(
            zh.lines, ["13800000001\tAnn女士,新年快乐! 金卡会员 \(ann)", "13800000002\t波先生,新年快乐! 普通卡会员 \(bo)"],
            "active cards only, one line each, in card order")
        let gold = cs.run("member", "message", "--template", template, "--tier", "gold")
        XCTAssertEqual(gold.lines.map { String($0.prefix(11)) }, ["13800000001"])
        let stored = cs.run("member", "message", "--template", template, "--kind", "stored-value")
        XCTAssertEqual(stored.lines.map { String($0.prefix(11)) }, ["13800000002"])
        let suspended = cs.run("member", "message", "--template", template, "--status", "suspended")
        XCTAssertEqual(suspended.lines.map { String($0.prefix(11)) }, ["13800000003"])
        let csv = cs.run("member", "message", "--template", template, "--csv")
        XCTAssertEqual(csv.lines.first, "phone,message")
        assertRefused(
            cs.run("member", "message", "--template", cs.write("Hi {nmae}", to: "bad.txt")), status: 2,
            mentions: "{nmae}")
        assertRefused(cs.run("member", "message"), status: 2, mentions: "--template")
        let full = cs.shell("'\(CS.binary.path)' member message --template '\(template)' > /dev/full")
        XCTAssertNotEqual(full.status, 0, "a failed write to stdout is an error")
    }
}
