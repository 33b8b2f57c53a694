import XCTest

@testable import CSCore

final class AccountTests: XCTestCase {
    let t0 = Instant(parsing: "2026-01-10T10:00:00+08:00", defaultOffset: .utc)!

    func entry(_ n: Int, _ kind: LedgerKind, _ points: Int64, daysLater: Int, expires: Bool = false) -> LedgerEntry {
        let at = t0.adding(seconds: Int64(daysLater) * 86_400)
        return LedgerEntry(
            id: "A.01-\(n)", card: "A", account: "A", kind: kind, points: points, amount: .zero, receipt: nil,
            clerk: "t", at: at, expiresOn: expires ? at.day.adding(years: 1) : nil)
    }

    func testSpendingTakesFromTheOldestLotFirst() {
        let a = Account(entries: [
            entry(1, .earn, 100, daysLater: 0, expires: true), entry(2, .earn, 50, daysLater: 100, expires: true),
            entry(3, .redeem, -120, daysLater: 200),
        ])
        XCTAssertEqual(a.points, 30)
        XCTAssertEqual(a.lots.map(\.points), [30], "the first lot is gone, 30 of the second remain")
        XCTAssertEqual(a.available(asOf: Day(iso: "2027-01-10")!), 30, "nothing left of the first lot to expire")
        XCTAssertEqual(a.available(asOf: Day(iso: "2027-04-20")!), 0)
    }

    func testADebtIsPaidOffByTheNextPoints() {
        let a = Account(entries: [
            entry(1, .reverse, -40, daysLater: 0), entry(2, .earn, 100, daysLater: 1, expires: true),
        ])
        XCTAssertEqual(a.points, 60)
        XCTAssertEqual(a.lots.map(\.points), [60])
    }

    func testEntriesAreAppliedInTimeOrderWhateverOrderTheyAreRead() {
        let es = [
            entry(1, .earn, 100, daysLater: 0, expires: true), entry(2, .redeem, -100, daysLater: 1),
            entry(3, .earn, 10, daysLater: 2, expires: true),
        ]
        XCTAssertEqual(Account(entries: es.reversed()), Account(entries: es))
    }
}
