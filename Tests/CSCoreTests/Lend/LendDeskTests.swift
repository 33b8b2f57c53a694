import Foundation
import XCTest

@testable import CSCore

/// The lending desk's rules, in process (issue 29): what is out is decided from the loans out,
/// deposits go back exactly in fen, and the day's deposits balance.
final class LendDeskTests: XCTestCase {
    var store: Store!
    var config: Config!

    override func setUpWithError() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cs-lend-\(UUID().uuidString)").path
        store = Store(root: root)
        XCTAssertTrue(try store.initialize(clock: Clock(now: LendDeskTests.at("2026-11-23T09:00")), clerk: "t"))
        config = try Config.load(from: store)
    }

    static func at(_ text: String) -> Instant { Instant(parsing: text, defaultOffset: UTCOffset(parsing: "+08:00")!)! }

    func desk(_ now: String = "2026-11-23T10:00") -> LendDesk {
        LendDesk(DeskContext(store: store, config: config, clock: Clock(now: LendDeskTests.at(now)), clerk: "lily"))
    }

    func lend(
        _ item: String, deposit: Int64? = nil, idNumber: String? = nil, due: String? = nil,
        at now: String = "2026-11-23T10:00"
    ) throws -> Loan {
        try desk(now).lend(
            LendDesk.LoanForm(
                item: item, borrower: "张三", phone: "138-0013-8000", deposit: deposit.map { Money(fen: $0) },
                depositIdNumber: idNumber, due: due.map(LendDeskTests.at)))
    }

    func testIdRangesExpandAndTyposAreRefused() throws {
        XCTAssertEqual(try LendDesk.assetIDs("w1-w3"), ["W1", "W2", "W3"])
        XCTAssertEqual(try LendDesk.assetIDs("W1-3,W9"), ["W1", "W2", "W3", "W9"])
        for bad in ["W3-W1", "W1-W5000", "W1,W1", "W1--W2", "", "W 1"] {
            XCTAssertThrowsError(try LendDesk.assetIDs(bad), bad)
        }
    }

    func testANumberedThingIsLentOnceAndTheNameTakesTheLowestIn() throws {
        _ = try desk().addAssets(item: "轮椅", ids: try LendDesk.assetIDs("W1-W2,W10"))
        let first = try lend("W2")
        XCTAssertEqual(first.asset, "W2")
        XCTAssertEqual(first.phone, "13800138000", "the phone is normalised")
        XCTAssertThrowsError(try lend("w2")) { e in
            XCTAssertEqual(e as? LendError, .assetOut(asset: "W2", loan: first.id, borrower: "张三"))
        }
        XCTAssertEqual(try lend("轮椅").asset, "W1")
        XCTAssertEqual(try lend("轮椅").asset, "W10", "W10 after W2: numbers by value")
        XCTAssertThrowsError(try lend("轮椅")) { e in XCTAssertEqual(e as? LendError, .noneLeft(item: "轮椅", total: 3)) }
        _ = try desk().giveBack(first.id, damage: nil, keep: nil)
        XCTAssertEqual(try lend("轮椅").asset, "W2", "back in, lent again")
    }

    func testAPoolLendsWhatItHoldsAndAWriteOffLeavesOneFewer() throws {
        _ = try desk().addToPool(item: "雨伞", count: 2)
        let a = try lend("雨伞", deposit: 5000)
        _ = try lend("雨伞", deposit: 5000)
        XCTAssertThrowsError(try lend("雨伞")) { e in XCTAssertEqual(e as? LendError, .noneLeft(item: "雨伞", total: 2)) }
        let lost = try desk().writeOff(a.id, reason: "丢失", supervisor: "王经理", keep: nil)
        XCTAssertEqual(lost.kept, Money(fen: 5000), "a write-off keeps the cash deposit by default")
        XCTAssertEqual(lost.returned, Money.zero)
        let line = try desk().stock().first { $0.item == "雨伞" }
        XCTAssertEqual(line?.total, 1)
        XCTAssertEqual(line?.writtenOff, 1)
        XCTAssertEqual(line?.available, 0, "the one left is out")
        XCTAssertThrowsError(try desk().addAssets(item: "雨伞", ids: ["U1"])) { e in
            XCTAssertEqual(e as? LendError, .kindMismatch("雨伞"))
        }
    }

    func testTheDepositGoesBackExactlyLessWhatIsKept() throws {
        _ = try desk().addToPool(item: "充电宝", count: 5)
        let loan = try lend("充电宝", deposit: 10_050)
        XCTAssertThrowsError(try desk().giveBack(loan.id, damage: nil, keep: Money(fen: 10_051))) { e in
            XCTAssertEqual(e as? LendError, .keepTooMuch(keep: Money(fen: 10_051), deposit: Money(fen: 10_050)))
        }
        let back = try desk().giveBack(loan.id, damage: "线断了", keep: Money(fen: 2_001))
        XCTAssertEqual(back.returned, Money(fen: 8_049))
        XCTAssertEqual(back.kept, Money(fen: 2_001))
        XCTAssertThrowsError(try desk().giveBack(loan.id, damage: nil, keep: nil)) { e in
            guard case .loanClosed(let id, .returned, _)? = e as? LendError else { return XCTFail("\(e)") }
            XCTAssertEqual(id, loan.id)
        }
        let withID = try lend("充电宝", idNumber: "110101199003074514")
        XCTAssertThrowsError(try desk().giveBack(withID.id, damage: nil, keep: Money(fen: 100))) { e in
            XCTAssertEqual(e as? LendError, .keepWithoutCash(withID.id), "an ID card always goes back")
        }
        XCTAssertEqual(withID.journalDocument["depositIdNumber"], .string("1101**********4514"))
    }

    func testADueTimeThatHasPassedIsRefusedAndClosingIsTheDefault() throws {
        _ = try desk().addToPool(item: "雨伞", count: 5)
        XCTAssertThrowsError(try lend("雨伞", due: "2026-11-23T09:59")) { e in
            XCTAssertEqual(e as? LendError, .dueInPast("2026-11-23 09:59"))
        }
        XCTAssertEqual(try lend("雨伞").due, LendDeskTests.at("2026-11-23T22:00"))
        XCTAssertEqual(try lend("雨伞", at: "2026-11-23T22:30").due, LendDeskTests.at("2026-11-24T22:00"))
        XCTAssertEqual(try desk("2026-11-23T22:01").overdue().count, 1, "the loan due at closing is late after it")
    }

    func testTheDayReportBalancesToTheFenAcrossDays() throws {
        _ = try desk().addToPool(item: "雨伞", count: 10)
        let old = try lend("雨伞", deposit: 3_000, at: "2026-11-22T15:00")
        let kept = try lend("雨伞", deposit: 5_000, at: "2026-11-23T10:00")
        _ = try lend("雨伞", deposit: 1_234, at: "2026-11-23T11:00")
        _ = try desk("2026-11-23T12:00").giveBack(old.id, damage: nil, keep: nil)
        _ = try desk("2026-11-23T13:00").giveBack(kept.id, damage: "破了", keep: Money(fen: 1_500))
        let r = try desk("2026-11-23T23:00").dayReport(Day(iso: "2026-11-23")!)
        XCTAssertEqual(r.heldAtStart, Money(fen: 3_000))
        XCTAssertEqual(r.taken, Money(fen: 6_234))
        XCTAssertEqual(r.returned, Money(fen: 6_500))
        XCTAssertEqual(r.kept, Money(fen: 1_500))
        XCTAssertEqual(r.heldAtEnd, Money(fen: 1_234))
        XCTAssertTrue(r.balances)
        XCTAssertEqual(r.loans, 2)
        XCTAssertEqual(r.back, 2)
    }

    /// The report reads the by-day index: a loan out for days is held on every day between.
    func testALoanOutForDaysIsHeldOnEachDayBetweenAndOneStillOutToo() throws {
        _ = try desk().addToPool(item: "轮椅", count: 5)
        let long = try lend("轮椅", deposit: 20_000, due: "2026-11-30T18:00", at: "2026-11-20T15:00")
        _ = try lend("轮椅", deposit: 10_000, due: "2026-11-30T18:00", at: "2026-11-21T09:00")
        _ = try desk("2026-11-23T11:00").giveBack(long.id, damage: nil, keep: nil)
        let middle = try desk("2026-11-23T12:00").dayReport(Day(iso: "2026-11-22")!)
        XCTAssertEqual(middle.heldAtStart, Money(fen: 30_000))
        XCTAssertEqual(middle.heldAtEnd, Money(fen: 30_000))
        XCTAssertEqual(middle.loans, 0)
        let back = try desk("2026-11-23T12:00").dayReport(Day(iso: "2026-11-23")!)
        XCTAssertEqual(back.returned, Money(fen: 20_000))
        XCTAssertEqual(back.heldAtEnd, Money(fen: 10_000))
        XCTAssertTrue(back.balances)
        XCTAssertEqual(try desk().dayReport(Day(iso: "2026-11-19")!).heldAtEnd, .zero, "before any loan")
    }

    func testTheDoctorFindsAThingLentTwiceAndTheIndexRebuilds() throws {
        _ = try desk().addAssets(item: "轮椅", ids: ["W1"])
        let first = try lend("W1")
        // A second loan of W1, as a merge of two desks' offline loans leaves it.
        let twin = Loan(
            id: "B02-1", item: "轮椅", asset: "W1", borrower: "李四", phone: "13900000000", deposit: nil,
            depositIdNumber: nil, lentAt: first.lentAt, lentBy: "bo", due: first.due)
        try store.change(clerk: "bo", command: "sync", clock: Clock(now: first.lentAt)) { txn in
            try txn.put(twin, action: "merge")
        }
        let problems = try LendKinds.consistency(store)
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems.first?.reason.contains("W1") ?? false, "\(problems)")
    }
}
