import Foundation
import XCTest

/// Issue 28: the seed's stored-value perk — 每周一(14:00—19:00)进场免唱2小时(只限中包) — checked
/// and recorded by the desk, once a day, configurable.
extension MemberTests {
    func testTheMondayFreeSingingIsCheckedAndRecordedOnce() throws {
        let monday = ["CS_NOW": "2026-11-23T15:00:00+08:00"]
        let stored = cs.addMember("Ann", phone: "13800000001", extra: ["--kind", "stored-value"])
        let regular = cs.addMember("Bo", phone: "13800000002")
        let check = cs.run(["member", "perks", stored, "--json"], env: monday)
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertTrue(check.stdout.contains("\"usable\":true"), check.stdout)
        let zh = cs.run(["--lang", "zh", "member", "perks", stored], env: monday)
        XCTAssertTrue(zh.stdout.contains("免唱 2 小时") && zh.stdout.contains("中包"), zh.stdout)
        let early = cs.run(["member", "perks", stored], env: ["CS_NOW": "2026-11-23T13:59:00+08:00"])
        XCTAssertEqual(early.status, 1)
        XCTAssertTrue(early.stdout.contains("14:00") && early.stdout.contains("19:00"), early.stdout)
        XCTAssertEqual(cs.run(["member", "perks", stored], env: ["CS_NOW": "2026-11-24T15:00:00+08:00"]).status, 1)
        let zhEarly = cs.run(["--lang", "zh", "member", "perks", stored], env: ["CS_NOW": "2026-11-23T13:59:00+08:00"])
        XCTAssertTrue(zhEarly.stdout.contains("周一 14:00—19:00") && !zhEarly.stdout.contains("monday"), zhEarly.stdout)
        let notStored = cs.run(["member", "perks", regular, "--json"], env: monday)
        XCTAssertEqual(notStored.status, 1)
        XCTAssertTrue(notStored.stdout.contains("not-stored-value"), notStored.stdout)
        assertRefused(
            cs.run(["member", "perks", stored, "--room", "大包"], env: monday), status: 1, mentions: "大包", "中包")
        let used = cs.run(["member", "perks", "13800000001", "--room", "中包"], env: monday)
        XCTAssertEqual(used.status, 0, used.stderr)
        XCTAssertTrue(used.stdout.contains("2 hours"), used.stdout)
        assertRefused(
            cs.run(["member", "perks", stored, "--room", "中包"], env: monday), status: 1, mentions: "already")
        XCTAssertTrue(cs.run(["member", "perks", stored, "--json"], env: monday).stdout.contains("already-used"))
        // The next Monday it is there again; the figures are settings.
        let next = ["CS_NOW": "2026-11-30T18:00:00+08:00"]
        XCTAssertEqual(cs.run(["member", "perks", stored], env: next).status, 0)
        XCTAssertEqual(cs.run("config", "set", "member.perkUntil", "17:30").status, 0)
        XCTAssertEqual(cs.run(["member", "perks", stored], env: next).status, 1)
        XCTAssertEqual(cs.run("config", "set", "member.perkHours", "0").status, 0)
        assertRefused(
            cs.run(["member", "perks", stored, "--room", "中包"], env: monday), status: 1, mentions: "perkHours")
    }
}
