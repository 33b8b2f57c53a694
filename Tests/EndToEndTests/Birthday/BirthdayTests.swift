import Foundation
import XCTest

/// SPEC.md "birthday — 会员生日" through the real binary, with a fixed clock.
final class BirthdayTests: XCTestCase {
    func at(_ now: String) throws -> CS { try CS.fresh(now: now) }

    func cards(_ rows: [[String: Any]]) -> [String] { rows.compactMap { $0["name"] as? String } }

    func testTheMonthListCoversEveryMonthSortedByDayThenName() throws {
        let cs = try at("2026-01-01T08:00:00+08:00")
        for month in 1...12 {
            let mm = month < 10 ? "0\(month)" : "\(month)"
            _ = cs.addMember("B\(mm)", phone: "1380000\(1000 + month)", birthday: "1990-\(mm)-20")
            _ = cs.addMember("A\(mm)", phone: "1380000\(2000 + month)", birthday: "1985-\(mm)-20")
            _ = cs.addMember("C\(mm)", phone: "1380000\(3000 + month)", birthday: "1970-\(mm)-03")
        }
        for month in 1...12 {
            let mm = month < 10 ? "0\(month)" : "\(month)"
            XCTAssertEqual(
                cards(cs.jsonArray("birthday", "list", "--month", "\(month)")), ["C\(mm)", "A\(mm)", "B\(mm)"],
                "month \(month)")
        }
        XCTAssertEqual(cards(cs.jsonArray("birthday", "list")), ["C01", "A01", "B01"], "default: this month")
        XCTAssertEqual(cs.run("birthday", "list", "--month", "2026-07", "--csv").lines.count, 4, "header + 3 rows")
        assertRefused(cs.run("birthday", "list", "--month", "13"), status: 2, mentions: "--month")
    }

    func testA29FebruaryBirthdayIsListedInFebruaryEveryYearAndGreetedOnThe28thInACommonYear() throws {
        let common = try at("2027-02-27T09:00:00+08:00")
        _ = common.addMember("Leap", phone: "13800000001", birthday: "1992-02-29")
        XCTAssertEqual(cards(common.jsonArray("birthday", "list", "--month", "2027-02")), ["Leap"])
        XCTAssertEqual(
            common.jsonArray("birthday", "list", "--month", "2027-02").first?["day"] as? String, "2027-02-28")
        XCTAssertTrue(
            common.run("birthday", "greet").stdout.hasPrefix("13800000001\t"), "greeted the day before 28 February")
        XCTAssertEqual(common.jsonArray("birthday", "upcoming", "--within", "3").first?["day"] as? String, "2027-02-28")
        // Configurable to 1 March.
        XCTAssertEqual(common.run("config", "set", "birthday.feb29InCommonYears", "mar1").status, 0)
        XCTAssertEqual(common.run("birthday", "greet").stdout, "")
        XCTAssertEqual(common.jsonArray("birthday", "upcoming", "--within", "3").first?["day"] as? String, "2027-03-01")

        let leap = try at("2028-02-28T09:00:00+08:00")
        _ = leap.addMember("Leap", phone: "13800000001", birthday: "1992-02-29")
        XCTAssertTrue(
            leap.run("birthday", "greet").stdout.hasPrefix("13800000001\t"), "in a leap year, the day before the 29th")
        XCTAssertEqual(leap.jsonArray("birthday", "list", "--month", "2").first?["day"] as? String, "2028-02-29")
    }

    func testTheMonthListFollowsEditsStatesAndReissues() throws {
        let cs = try at("2026-03-01T08:00:00+08:00")
        let a = cs.addMember("Ann", phone: "13800000001", birthday: "1990-03-05")
        let b = cs.addMember("Bo", phone: "13800000002", birthday: "1990-03-07")
        XCTAssertEqual(cards(cs.jsonArray("birthday", "list")), ["Ann", "Bo"])
        cs.run("member", "edit", a, "--birthday", "1990-04-05", "--name", "Anne")
        XCTAssertEqual(cards(cs.jsonArray("birthday", "list")), ["Bo"], "moved to April")
        XCTAssertEqual(cards(cs.jsonArray("birthday", "list", "--month", "4")), ["Anne"])
        cs.run("member", "suspend", b, "--reason", "x")
        XCTAssertEqual(cards(cs.jsonArray("birthday", "list")), [])
        cs.run("member", "resume", b, "--reason", "x")
        let newCard = cs.run("member", "reissue", b, "-q").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(cs.jsonArray("birthday", "list").map { $0["card"] as? String }, [newCard])
        XCTAssertEqual(cs.run("doctor").status, 0)
    }

    func testADirectoryWithoutTheBirthdayIndexIsScannedUntilRepaired() throws {
        let cs = try at("2026-03-01T08:00:00+08:00")
        _ = cs.addMember("Ann", phone: "13800000001", birthday: "1990-03-05")
        // As a data directory from before the index existed: no index, no marker.
        try FileManager.default.removeItem(atPath: cs.path("index-birthday"))
        let counters = try FileManager.default.contentsOfDirectory(atPath: cs.path("counters")).map {
            cs.path("counters/\($0)")
        }
        for c in counters {
            let kept = try String(contentsOfFile: c, encoding: .utf8).split(separator: "\n").filter {
                !$0.contains("birthday-index")
            }
            try (kept.joined(separator: "\n") + "\n").write(toFile: c, atomically: true, encoding: .utf8)
        }
        XCTAssertEqual(cards(cs.jsonArray("birthday", "list")), ["Ann"], "listed by scanning")
        let d = cs.run("doctor")
        XCTAssertEqual(d.status, 3)
        XCTAssertTrue(d.stdout.contains("birthday index has not been built"), d.stdout)
        XCTAssertEqual(cs.run("doctor", "--repair").status, 0)
        XCTAssertEqual(cards(cs.jsonArray("birthday", "list")), ["Ann"], "listed from the index")
    }

    func testUpcomingCrossesTheYearEnd() throws {
        let cs = try at("2026-12-30T09:00:00+08:00")
        _ = cs.addMember("NewYear", phone: "13800000001", birthday: "1990-01-02")
        _ = cs.addMember("Eve", phone: "13800000002", birthday: "1990-12-31")
        _ = cs.addMember("Later", phone: "13800000003", birthday: "1990-01-20")
        let rows = cs.jsonArray("birthday", "upcoming", "--within", "5")
        XCTAssertEqual(cards(rows), ["Eve", "NewYear"])
        XCTAssertEqual(rows.map { $0["day"] as? String }, ["2026-12-31", "2027-01-02"])
        XCTAssertEqual(rows.map { $0["inDays"] as? Int }, [1, 3])
    }

    func testSuspendedAndCancelledMembersAreLeftOut() throws {
        let cs = try at("2026-11-01T09:00:00+08:00")
        _ = cs.addMember("Active", phone: "13800000001", birthday: "1990-11-02")
        let s = cs.addMember("Suspended", phone: "13800000002", birthday: "1990-11-02")
        let c = cs.addMember("Cancelled", phone: "13800000003", birthday: "1990-11-02")
        cs.run("member", "suspend", s, "--reason", "x")
        cs.run("member", "cancel", c, "--reason", "x")
        XCTAssertEqual(cards(cs.jsonArray("birthday", "list")), ["Active"])
        XCTAssertEqual(cards(cs.jsonArray("birthday", "upcoming")), ["Active"])
        XCTAssertEqual(cs.run("birthday", "greet").lines.count, 1)
        assertRefused(cs.run("birthday", "gift", "prepare", s, "--item", "Towel"), status: 1, mentions: "suspended")
    }

    func testGreetingsInBothLanguagesWithTitlesAndATemplate() throws {
        let cs = try at("2026-11-24T09:00:00+08:00")
        let card = cs.addMember("张三丰", phone: "13800000001", birthday: "1980-11-25", extra: ["--gender", "male"])
        _ = cs.addMember("王菲", phone: "13800000002", birthday: "1969-11-25", extra: ["--gender", "female"])
        _ = cs.addMember("Sam", phone: "13800000003", birthday: "1999-11-25")
        let en = cs.run("birthday", "greet").lines
        XCTAssertEqual(en.count, 3)
        XCTAssertTrue(
            en.contains {
                $0.hasPrefix("13800000001\tDear Mr. 张三丰") && $0.contains("November 25") && $0.contains(card)
            }, "\(en)")
        XCTAssertTrue(en.contains { $0.hasPrefix("13800000002\tDear Ms. 王菲") })
        XCTAssertTrue(en.contains { $0.hasPrefix("13800000003\tDear Sam") }, "a neutral form without a title")
        let zh = cs.run("--lang", "zh", "birthday", "greet").lines
        XCTAssertTrue(zh.contains { $0.hasPrefix("13800000001\t尊敬的张三丰先生") && $0.contains("11月25日") }, "\(zh)")
        XCTAssertTrue(zh.contains { $0.hasPrefix("13800000002\t尊敬的王菲女士") })
        let template = cs.write("{name}{title},{date}生日快乐!\n卡号 {card}\n", to: "t.txt")
        let custom = cs.run("--lang", "zh", "birthday", "greet", "--template", template).lines
        XCTAssertTrue(custom.contains("13800000001\t张三丰先生,11月25日生日快乐! 卡号 \(card)"), "\(custom)")
        assertRefused(
            cs.run("birthday", "greet", "--template", cs.write("Hi {nmae}", to: "bad.txt")), status: 2,
            mentions: "{nmae}")
        XCTAssertEqual(cs.run("birthday", "greet", "--days", "0").stdout, "", "nobody's birthday is today")
    }

    /// Issue 28: the greeting says the birthday rate (the member's tier: regular 6折, gold 5.5折)
    /// and that a gift waits only when one is prepared, not to everyone.
    func testTheGreetingNamesTheBirthdayRateAndAGiftOnlyWhenPrepared() throws {
        let cs = try at("2026-11-24T09:00:00+08:00")
        let regular = cs.addMember("张三丰", phone: "13800000001", birthday: "1980-11-25")
        _ = cs.addMember("王菲", phone: "13800000002", birthday: "1969-11-25", extra: ["--tier", "gold"])
        XCTAssertEqual(cs.run("birthday", "gift", "prepare", regular, "--item", "毛巾").status, 0)
        let zh = cs.run("--lang", "zh", "birthday", "greet").lines
        let zhang = try XCTUnwrap(zh.first { $0.hasPrefix("13800000001") })
        let wang = try XCTUnwrap(zh.first { $0.hasPrefix("13800000002") })
        XCTAssertTrue(zhang.contains("享6折优惠") && zhang.contains("生日礼物已备好"), zhang)
        XCTAssertTrue(wang.contains("享5.5折优惠"), wang)
        XCTAssertFalse(wang.contains("礼物"), "no gift prepared: none promised\n" + wang)
        let en = cs.run("birthday", "greet").lines
        XCTAssertTrue(en.contains { $0.hasPrefix("13800000002") && $0.contains("takes 45% off full-price goods") })
        let template = cs.write("{name}:{discount}折{gift}", to: "t.txt")
        let custom = cs.run("--lang", "zh", "birthday", "greet", "--template", template).lines
        XCTAssertTrue(custom.contains("13800000002\t王菲:5.5折"), "\(custom)")
    }

    func testEachGiftStateTransitionAndItsRefusals() throws {
        let cs = try at("2026-11-24T09:00:00+08:00")
        let card = cs.addMember("张三丰", phone: "13800000001", birthday: "1980-11-25", extra: ["--address", "武当山路1号"])
        let other = cs.addMember("Li", phone: "13800000002", birthday: "1980-11-26")
        let prepared = cs.json("birthday", "gift", "prepare", card, "--item", "毛巾", "--picked-up-by", "lily")
        let id = try XCTUnwrap(prepared["id"] as? String)
        XCTAssertEqual(prepared["status"] as? String, "prepared")
        XCTAssertEqual(prepared["pickedUpBy"] as? String, "lily")
        XCTAssertEqual(prepared["address"] as? String, "武当山路1号")
        XCTAssertEqual(prepared["phone"] as? String, "13800000001")
        XCTAssertEqual(prepared["birthday"] as? String, "1980-11-25")
        assertRefused(cs.run("birthday", "gift", "prepare", card, "--item", "杯子"), status: 1, mentions: id)
        assertRefused(
            cs.run("birthday", "gift", "prepare", "13800000001", "--item", "杯子"), status: 1, mentions: id, card)
        XCTAssertEqual(cs.run("birthday", "gift", "prepare", card, "--item", "杯子", "--force").status, 0)
        // Typed in lower case, as l01-5 and c01-20 are taken (issue 28: g01-5 was refused).
        let given = cs.json("birthday", "gift", "give", " " + id.lowercased(), "--id-checked")
        XCTAssertEqual(given["status"] as? String, "given")
        XCTAssertEqual(given["idChecked"] as? Bool, true, "collected in person, ID checked (issue 28)")
        XCTAssertEqual(given["id"] as? String, id)
        XCTAssertEqual(given["handedOverBy"] as? String, "alice")
        assertRefused(cs.run("birthday", "gift", "give", id), status: 1, mentions: "given")
        assertRefused(cs.run("birthday", "gift", "return", id), status: 1, mentions: "given")
        let second = try XCTUnwrap(cs.json("birthday", "gift", "prepare", other, "--item", "Mug")["id"] as? String)
        XCTAssertEqual(
            cs.json("birthday", "gift", "return", second, "--reason", "did not come")["status"] as? String, "returned")
        assertRefused(cs.run("birthday", "gift", "give", second), status: 1, mentions: "returned")
        assertRefused(cs.run("birthday", "gift", "give", "G99-9"), status: 1, mentions: "G99-9")
        XCTAssertEqual(cs.jsonArray("birthday", "gift", "list", "--status", "prepared").count, 1)
        XCTAssertEqual(cs.jsonArray("birthday", "gift", "list", "--month", "2026-11").count, 3)
        XCTAssertEqual(cs.run("export", "gifts").lines.count, 4)
    }

    func testReconcileCountsAndFlagsGiftsOutstandingMoreThanADay() throws {
        let cs = try at("2026-11-14T09:00:00+08:00")
        let a = cs.addMember("A", phone: "13800000001", birthday: "1980-11-15")
        let b = cs.addMember("B", phone: "13800000002", birthday: "1980-11-15")
        let c = cs.addMember("C", phone: "13800000003", birthday: "1980-11-15")
        let ga = try XCTUnwrap(cs.json("birthday", "gift", "prepare", a, "--item", "X")["id"] as? String)
        let gb = try XCTUnwrap(cs.json("birthday", "gift", "prepare", b, "--item", "X")["id"] as? String)
        let gc = try XCTUnwrap(cs.json("birthday", "gift", "prepare", c, "--item", "X")["id"] as? String)
        cs.run("birthday", "gift", "give", ga)
        cs.run("birthday", "gift", "return", gb)
        let sameDay = cs.run("birthday", "gift", "reconcile", "--through", "2026-11-15")
        XCTAssertEqual(sameDay.status, 0, "outstanding for a day is not yet a problem")
        XCTAssertTrue(sameDay.stdout.contains("prepared 3, given 1, returned 1, outstanding 1"), sameDay.stdout)
        let late = cs.run("birthday", "gift", "reconcile", "--through", "2026-11-30")
        XCTAssertEqual(late.status, 4)
        XCTAssertTrue(late.stdout.contains(gc), late.stdout)
        let json = cs.run("birthday", "gift", "reconcile", "--through", "2026-11-30", "--json")
        XCTAssertEqual(json.status, 4)
        XCTAssertTrue(json.stdout.contains("\"outstanding\":1"))
    }
}

/// Issue 28: the seed's 追踪客人是否能过来 — what each member said when called, and the count.
extension BirthdayTests {
    func testWhoIsComingIsRecordedAndCountedForTheManager() throws {
        let cs = try at("2026-11-24T09:00:00+08:00")
        let ann = cs.addMember("Ann", phone: "13800000001", birthday: "1980-12-03")
        _ = cs.addMember("波", phone: "13800000002", birthday: "1980-12-10")
        _ = cs.addMember("Cy", phone: "13800000003", birthday: "1980-12-20")
        _ = cs.addMember("Di", phone: "13800000004", birthday: "1980-12-25")
        let r = cs.json("birthday", "reply", ann, "--answer", "unsure", "--note", "call Friday")
        XCTAssertEqual(r["answer"] as? String, "unsure")
        XCTAssertEqual(r["forDate"] as? String, "2026-12-03")
        // A second call replaces the answer (the first stays in the journal).
        XCTAssertEqual(cs.run("birthday", "reply", ann, "--answer", "coming").status, 0)
        let zh = cs.run("--lang", "zh", "birthday", "reply", "13800000002", "--answer", "不来")
        XCTAssertEqual(zh.status, 0, zh.stderr)
        XCTAssertTrue(zh.stdout.contains("不来") && zh.stdout.contains("2026-12-10"), zh.stdout)
        XCTAssertEqual(cs.run("birthday", "reply", "13800000003", "--answer", "unsure").status, 0)
        let count = cs.json("birthday", "replies", "--month", "2026-12", "--totals")
        XCTAssertEqual(count["birthdays"] as? Int, 4)
        XCTAssertEqual(count["coming"] as? Int, 1)
        XCTAssertEqual(count["notComing"] as? Int, 1)
        XCTAssertEqual(count["unsure"] as? Int, 1)
        XCTAssertEqual(count["notAsked"] as? Int, 1)
        let text = cs.run("--lang", "zh", "birthday", "replies", "--month", "2026-12", "--totals").stdout
        XCTAssertTrue(text.contains("生日会员 4 位") && text.contains("会来 1 位") && text.contains("尚未询问 1 位"), text)
        let rows = cs.jsonArray("birthday", "replies", "--month", "2026-12")
        XCTAssertEqual(rows.map { $0["answer"] as? String }, ["coming", "not-coming", "unsure", "not-asked"])
        let table = cs.run("--lang", "zh", "birthday", "replies", "--month", "2026-12").stdout
        XCTAssertTrue(table.contains("答复") && table.contains("未询问"), table)
        assertRefused(cs.run("birthday", "reply", ann, "--answer", "maybe"), status: 2, mentions: "coming")
        assertRefused(
            cs.run("birthday", "reply", "88019999999", "--answer", "coming"), status: 1, mentions: "88019999999")
        XCTAssertEqual(cs.run("undo", "--yes").status, 0)
        XCTAssertEqual(cs.json("birthday", "replies", "--month", "2026-12", "--totals")["notAsked"] as? Int, 2)
    }
}
