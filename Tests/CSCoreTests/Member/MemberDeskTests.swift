import Foundation
import XCTest

@testable import CSCore

/// The membership and birthday desks' rules, in process, as the manuals state them.
final class MemberDeskTests: XCTestCase {
    var context: DeskContext!

    override func setUpWithError() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cs-desk-\(UUID().uuidString)").path
        let clock = Clock(now: Instant(parsing: "2026-11-23T10:00:00+08:00", defaultOffset: .utc)!)
        let store = Store(root: root)
        XCTAssertTrue(try store.initialize(clock: clock, clerk: "t"))
        for desk in Desk.all { try desk.prepare?(store, "t", clock) }
        context = DeskContext(store: store, config: try Config.load(from: store), clock: clock, clerk: "lily")
    }

    var desk: MemberDesk { MemberDesk(context) }

    func register(_ name: String, phone: String, birthday: String = "1990-11-24") throws -> Member {
        var a = MemberDesk.Application()
        a.name = name
        a.phone = phone
        a.birthday = Day(iso: birthday)
        return try desk.add(a)
    }

    func testAReceiptEarnsPointsOnceWhateverItsSpelling() throws {
        let m = try register("王五", phone: "13912345678")
        XCTAssertEqual(try desk.earn(m.card, amount: Money(yuan: 100), receipt: "R-1001", room: nil).entry.points, 100)
        XCTAssertThrowsError(try desk.earn(m.card, amount: Money(yuan: 100), receipt: "ｒ－１００１", room: nil)) { e in
            XCTAssertEqual(e as? MemberError, .receiptUsed(receipt: "R-1001", card: m.card))
        }
    }

    func testAMemberWhoForgotTheCardIsFoundByPhoneByEveryDesk() throws {
        let m = try register("王五", phone: "13912345678")
        XCTAssertEqual(try Member.find("139-1234-5678", in: context.store).card, m.card)
        let gift = try GiftLedger(context).prepare(card: "13912345678", item: "毛巾", pickedUpBy: nil, force: false)
        XCTAssertEqual(gift.card, m.card)
    }

    func testThePhoneIndexFollowsAMemberThroughEditReissueAndCancel() throws {
        let m = try register("王五", phone: "13912345678")
        var e = MemberDesk.Edit()
        e.phone = "13900000000"
        _ = try desk.edit(m.card, e)
        XCTAssertThrowsError(
            try Member.find("13912345678", in: context.store), "the old phone no longer leads to the member")
        let (_, new) = try desk.reissue(m.card, reason: .lost)
        XCTAssertEqual(
            try Member.find("13900000000", in: context.store).card, new.card, "the phone follows the new card")
        _ = try desk.setStatus(new.card, .cancel, reason: "moved away")
        XCTAssertThrowsError(try Member.find("13900000000", in: context.store))
        XCTAssertEqual(
            try register("赵六", phone: "13900000000").phone, "13900000000", "a cancelled member's phone registers again")
        XCTAssertEqual(try Member.phoneIndex.problems(context.store), [])
        XCTAssertEqual(try Member.birthdayIndex.problems(context.store), [])
    }

    func testDoctorFindsAStaleIndexEntryAndRepairRebuildsIt() throws {
        let m = try register("王五", phone: "13912345678")
        try context.change("test") { txn in txn.putQuietly(PhoneIndexEntry(phone: "13800000000", card: m.card)) }
        XCTAssertEqual(try Member.phoneIndex.problems(context.store).count, 1)
        _ = try context.change("repair") { txn in try Member.phoneIndex.rebuild(&txn) }
        XCTAssertEqual(try Member.phoneIndex.problems(context.store), [])
    }

    func testAMovementPastTheLimitsIsRefusedAndChangesNothing() throws {
        let m = try register("王五", phone: "13912345678")
        XCTAssertThrowsError(try desk.earn(m.card, amount: Money(fen: 999_999_999_999), receipt: "BIG", room: nil)) {
            e in
            guard case .limitExceeded("points", _, _)? = e as? MemberError else { return XCTFail("\(e)") }
        }
        XCTAssertEqual(try desk.view(m.card).member.points, 0)
        XCTAssertNoThrow(
            try desk.earn(m.card, amount: Money(yuan: 1), receipt: "BIG", room: nil), "the refused earn left no receipt"
        )
    }

    func testABirthdayGiftIsPreparedOnceAYear() throws {
        let m = try register("王五", phone: "13912345678")
        let ledger = GiftLedger(context)
        let gift = try ledger.prepare(card: m.card, item: "毛巾", pickedUpBy: nil, force: false)
        XCTAssertEqual(gift.forDate.iso, "2026-11-24")
        XCTAssertThrowsError(try ledger.prepare(card: m.card, item: "毛巾", pickedUpBy: nil, force: false))
        XCTAssertNoThrow(try ledger.prepare(card: m.card, item: "蛋糕", pickedUpBy: nil, force: true))
    }
}
