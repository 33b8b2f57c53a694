import Foundation
import XCTest

@testable import CSCore

/// The lost-and-found desk's rules, in process, as seed 002 (三) states them.
final class LostFoundDeskTests: XCTestCase {
    var store: Store!
    var config: Config!

    override func setUpWithError() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cs-lost-\(UUID().uuidString)").path
        store = Store(root: root)
        let clock = Clock(now: LostFoundDeskTests.at("2026-11-23T10:00"))
        XCTAssertTrue(try store.initialize(clock: clock, clerk: "t"))
        config = try Config.load(from: store)
    }

    static func at(_ text: String) -> Instant { Instant(parsing: text, defaultOffset: UTCOffset(parsing: "+08:00")!)! }

    func desk(_ now: String = "2026-11-23T10:00") -> LostFoundDesk {
        LostFoundDesk(
            DeskContext(
                store: store, config: config, clock: Clock(now: LostFoundDeskTests.at(now)),
                clerk: "lily"))
    }

    func register(_ item: String, found: String? = nil, valuable: Bool = false) throws -> LostItem {
        try desk().add(
            LostFoundDesk.Registration(
                item: item, color: nil, place: "lobby", description: nil,
                handedInBy: "lee", supervisor: "wang", valuable: valuable,
                foundAt: found.map(LostFoundDeskTests.at), photo: nil))
    }

    func testTheConfiguredWordsMakeAValuableWhateverTheCase() throws {
        XCTAssertTrue(desk().isValuable("iPhone 15"))
        XCTAssertTrue(desk().isValuable("黑色钱包"))
        XCTAssertFalse(desk().isValuable("雨伞"))
        XCTAssertEqual(try register("Gold WATCH").custody, .safe)
        try config.set("lostfound.valuables", "雨伞、伞")
        XCTAssertEqual(config.valuableWords, ["雨伞", "伞"], "Chinese separators are accepted")
        XCTAssertEqual(try register("黑色雨伞").custody, .safe)
        XCTAssertEqual(try register("iPhone").custody, .desk, "only the configured words count")
    }

    func testTheGeneralAffairsDeadlineIsExactlyNTimes24HoursFromFoundAt() throws {
        let item = try register("scarf", found: "2026-11-20T12:30")
        let plan = { (now: String) in
            self.desk(now).sweepPlan(asOf: LostFoundDeskTests.at(now), among: [HeldItem(item)]).map(\.action)
        }
        XCTAssertEqual(plan("2026-11-23T12:29"), [], "71 h 59 min: not yet")
        XCTAssertEqual(plan("2026-11-23T12:30"), [.toGeneralAffairs], "72 h exactly")
        try config.set("lostfound.generalAffairsDays", "5")
        XCTAssertEqual(plan("2026-11-25T12:29"), [.toCenter], "only the day-end move")
        XCTAssertEqual(plan("2026-11-25T12:30"), [.toGeneralAffairs], "straight to general affairs")
    }

    func testDayEndIsTheConfiguredClosingTimeInTheDesksZone() throws {
        let item = try register("scarf")
        let plan = { (now: String) in
            self.desk(now).sweepPlan(asOf: LostFoundDeskTests.at(now), among: [HeldItem(item)])
        }
        XCTAssertTrue(plan("2026-11-23T22:59").isEmpty)
        XCTAssertEqual(plan("2026-11-23T23:00").first?.dueAt, LostFoundDeskTests.at("2026-11-23T23:00"))
        // Written in UTC, the same instant is the same closing.
        XCTAssertEqual(
            desk().sweepPlan(
                asOf: Instant(parsing: "2026-11-23T15:00:00Z", defaultOffset: .utc)!,
                among: [HeldItem(item)]
            ).count, 1)
        try config.set("lostfound.dayEnd", "02:00")
        XCTAssertTrue(plan("2026-11-24T01:59").isEmpty, "a KTV closing after midnight")
        XCTAssertEqual(plan("2026-11-24T02:00").count, 1)
        // An item registered after closing waits for the next one.
        let late = try desk("2026-11-24T02:30").add(
            LostFoundDesk.Registration(
                item: "hat", color: nil, place: "lobby", description: nil, handedInBy: "lee", supervisor: "wang",
                valuable: false, foundAt: nil, photo: nil))
        XCTAssertTrue(
            desk("2026-11-24T10:00").sweepPlan(
                asOf: LostFoundDeskTests.at("2026-11-24T10:00"),
                among: [HeldItem(late)]
            ).isEmpty)
    }

    func testAClaimIsRecordedOnceAndClosesTheItem() throws {
        let item = try register("手机")
        let form = LostFoundDesk.ClaimForm(
            claimant: "张三", phone: "0086 139 1234 5678", idNumber: "110101199001011234",
            described: "黑色", supervisor: "王")
        let claimed = try desk().claim(item.id.lowercased(), form)
        XCTAssertEqual(claimed.claim?.phone, "13912345678")
        XCTAssertEqual(claimed.status, .claimed)
        XCTAssertThrowsError(try desk().claim(item.id, form)) { e in
            XCTAssertEqual(
                e as? LostFoundError,
                .closed(
                    id: item.id, status: .claimed,
                    at: LostFoundDeskTests.at("2026-11-23T10:00")))
        }
        XCTAssertThrowsError(try desk().move(item.id, to: .safe, receivedBy: "x", reason: nil))
        XCTAssertTrue(
            desk().sweepPlan(
                asOf: LostFoundDeskTests.at("2027-12-01T10:00"),
                among: [claimed].filter { $0.status == .held }.map(HeldItem.init)
            ).isEmpty,
            "a claimed item is never due")
        XCTAssertEqual(claimed.journalDocument["claimantIdNumber"]?.string, "1101**********1234")
    }

    func testDisposalIsDueAYearAfterRegistrationAndOnlyGeneralAffairsDisposes() throws {
        let item = try register("umbrella", found: "2026-11-19T10:00")
        XCTAssertThrowsError(try desk().dispose(item.id, how: .donated, note: nil)) { e in
            XCTAssertEqual(e as? LostFoundError, .notWithGeneralAffairs(id: item.id, custody: .desk))
        }
        let swept = try desk().sweep(asOf: nil, applyReceivedBy: "zhao")
        XCTAssertEqual(swept.moves.map(\.item.id), [item.id])
        let moved = try desk().show(item.id)
        XCTAssertEqual(moved.custody, .generalAffairs)
        XCTAssertEqual(moved.moves.last?.cause, .unclaimed)
        let year = "2027-11-23T10:00"
        XCTAssertEqual(
            desk(year).sweepPlan(asOf: LostFoundDeskTests.at(year), among: [HeldItem(moved)]).map(\.action), [.dispose])
        XCTAssertTrue(
            desk("2027-11-23T09:59").sweepPlan(
                asOf: LostFoundDeskTests.at("2027-11-23T09:59"),
                among: [HeldItem(moved)]
            ).isEmpty)
        XCTAssertEqual(try desk(year).dispose(item.id, how: .police, note: nil).status, .disposed)
    }
}
