import Foundation
import XCTest

@testable import CSCore

/// Issue 16: an account's summary sits beside its ledger so an earn or a `show` reads one short
/// document, not the whole history; it must always equal what the ledger adds up to.
final class AccountSummaryTests: XCTestCase {
    var root: String!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("cs-summary-\(UUID().uuidString)").path
        let store = Store(root: root)
        XCTAssertTrue(try store.initialize(clock: clock("2026-01-05T10:00:00+08:00"), clerk: "t"))
    }

    func clock(_ time: String) -> Clock { Clock(now: Instant(parsing: time, defaultOffset: .utc)!) }

    func desk(at time: String) throws -> MemberDesk {
        let store = Store(root: root)
        return MemberDesk(
            DeskContext(
                store: store, config: try Config.load(from: store), clock: clock(time),
                clerk: "lily"))
    }

    /// What the ledger adds up to, summed from every entry as before summaries existed.
    func summed(_ account: String) throws -> Account {
        Account(entries: try Store(root: root).scan(LedgerEntry.self).records.filter { $0.account == account })
    }

    func stored(_ account: String) throws -> AccountSummary? {
        try Store(root: root).get(AccountSummary.self, id: account)
    }

    func register(at time: String) throws -> Member {
        var a = MemberDesk.Application()
        a.name = "王五"
        a.phone = "13912345678"
        a.birthday = Day(iso: "1990-11-24")
        return try desk(at: time).add(a)
    }

    func testTheSummaryFollowsEveryMovementAndEqualsTheLedger() throws {
        let m = try register(at: "2026-01-05T10:00:00+08:00")
        _ = try desk(at: "2026-01-05T11:00:00+08:00").earn(m.card, amount: Money(yuan: 500), receipt: "R1", room: nil)
        _ = try desk(at: "2026-01-05T12:00:00+08:00").earn(m.card, amount: Money(yuan: 300), receipt: "R2", room: nil)
        _ = try desk(at: "2026-02-01T12:00:00+08:00").redeem(m.card, .voucher(yuan: 50))
        _ = try desk(at: "2026-02-02T12:00:00+08:00").topup(m.card, amount: Money(yuan: 1000), receipt: "T1")
        _ = try desk(at: "2026-02-02T13:00:00+08:00").pay(m.card, amount: Money(yuan: 99), receipt: "P1")
        let summary = try XCTUnwrap(try stored(m.account))
        XCTAssertEqual(summary.account, try summed(m.account))
        XCTAssertEqual(summary.account.points, 300, "800 earned, 500 redeemed")
        XCTAssertEqual(summary.account.balance, Money(yuan: 901))
        XCTAssertEqual(summary.entries, 5)
        XCTAssertEqual(summary.account.lots.count, 1, "both earns of 5 January expire the same day: one lot")
        // A year on, the lot of 5 January has expired: expiry reads the summary and records it.
        let expired = try desk(at: "2027-01-06T03:00:00+08:00").expire(asOf: Day(iso: "2027-01-06")!)
        XCTAssertEqual(expired.first?.points, 300)
        XCTAssertEqual(try stored(m.account)?.account, try summed(m.account))
        XCTAssertEqual(try MemberDeskKindsCheck.problems(root), [])
    }

    /// An earn dated before the member's last change (a clock set back, an earlier `CS_NOW`) is
    /// refused (issue 28) and leaves the summary as it was. Entries dated earlier still come in
    /// from other desks through a sync, whose merge sums the ledger again (`SyncTests`).
    func testABackDatedEarnIsRefusedAndTheSummaryStaysTheLedgersSum() throws {
        let m = try register(at: "2026-01-05T10:00:00+08:00")
        _ = try desk(at: "2026-03-01T10:00:00+08:00").earn(m.card, amount: Money(yuan: 100), receipt: "R1", room: nil)
        XCTAssertThrowsError(
            try desk(at: "2026-02-01T10:00:00+08:00").earn(m.card, amount: Money(yuan: 40), receipt: "R0", room: nil)
        ) { e in
            guard case .beforeLastChange? = e as? ClockError else { return XCTFail("\(e)") }
        }
        let summary = try XCTUnwrap(try stored(m.account))
        XCTAssertEqual(summary.account, try summed(m.account))
        XCTAssertEqual(summary.account.lots.map(\.points), [100])
        XCTAssertEqual(summary.throughAt, Instant(parsing: "2026-03-01T10:00:00+08:00", defaultOffset: .utc))
    }

    func testAnAccountWithoutASummaryIsSummedFromItsLedgerAndGetsOneOnItsNextMovement() throws {
        let m = try register(at: "2026-01-05T10:00:00+08:00")
        _ = try desk(at: "2026-01-05T11:00:00+08:00").earn(m.card, amount: Money(yuan: 500), receipt: "R1", room: nil)
        // A data directory from before summaries: the ledger only.
        try FileManager.default.removeItem(atPath: "\(root!)/\(AccountSummary.kind)")
        XCTAssertEqual(try desk(at: "2026-01-06T10:00:00+08:00").view(m.card).available, 500)
        let moved = try desk(at: "2026-01-06T11:00:00+08:00").earn(
            m.card, amount: Money(yuan: 20), receipt: "R2",
            room: nil)
        XCTAssertEqual(moved.available, 520)
        XCTAssertEqual(moved.entry.id, "\(m.account).01-2", "the id counts the entries before it")
        XCTAssertEqual(try stored(m.account)?.account, try summed(m.account))
        XCTAssertEqual(try stored(m.account)?.entries, 2)
    }

    /// A member with one earn of 500 points, and the account's summary.
    func memberWithOneEarn() throws -> (Member, AccountSummary) {
        let m = try register(at: "2026-01-05T10:00:00+08:00")
        _ = try desk(at: "2026-01-05T11:00:00+08:00").earn(m.card, amount: Money(yuan: 500), receipt: "R1", room: nil)
        return (m, try XCTUnwrap(try stored(m.account)))
    }

    /// Writes a wrong summary over `good`, as a bug or a hand edit would leave it.
    func plant(_ good: AccountSummary, _ account: Account, entries: Int) throws {
        try Store(root: root).change(clerk: "t", command: "test", clock: clock("2026-01-05T12:00:00+08:00")) { txn in
            let last = try XCTUnwrap(try txn.get(LedgerEntry.self, id: good.throughID))
            txn.putQuietly(AccountSummary(account: good.id, account, through: last, entries: entries))
        }
    }

    func testAStaleSummaryIsFoundByTheDoctorAndRebuiltByRepair() throws {
        let (m, good) = try memberWithOneEarn()
        let store = Store(root: root)
        try plant(good, Account(entries: []), entries: 1)
        let problems = try MemberDeskKindsCheck.problems(root)
        XCTAssertEqual(problems.count, 1)
        XCTAssertEqual(problems.first?.fact?.key, .member(.doctorSummaryDisagrees))
        _ = try store.change(clerk: "t", command: "repair", clock: clock("2026-01-05T14:00:00+08:00")) { txn in
            try MemberKinds.rebuildSummaries(&txn)
        }
        XCTAssertEqual(try MemberDeskKindsCheck.problems(root), [])
        XCTAssertEqual(try stored(m.account), good)
        XCTAssertEqual(try desk(at: "2026-01-05T15:00:00+08:00").view(m.card).available, 500)
    }

    func testASummaryThatMiscountsItsEntriesNeverMakesAnIDThatReplacesOne() throws {
        let (m, good) = try memberWithOneEarn()
        let store = Store(root: root)
        try plant(good, good.account, entries: 0)
        let next = try desk(at: "2026-01-05T13:00:00+08:00").earn(
            m.card, amount: Money(yuan: 1), receipt: "R2",
            room: nil)
        XCTAssertEqual(next.entry.id, "\(m.account).01-2", "counted from the ledger when the count is taken")
        XCTAssertEqual(try store.scan(LedgerEntry.self).records.count, 2, "no entry was replaced")
        XCTAssertEqual(next.available, 501)
        XCTAssertEqual(
            try MemberDeskKindsCheck.problems(root).map(\.fact?.key), [.member(.doctorSummaryDisagrees)],
            "the doctor counts the entries too")
        _ = try store.change(clerk: "t", command: "repair", clock: clock("2026-01-05T14:00:00+08:00")) { txn in
            try MemberKinds.rebuildSummaries(&txn)
        }
        XCTAssertEqual(try stored(m.account)?.entries, 2)
    }
}

/// The doctor's cross-record checks of the membership desk, for these tests.
enum MemberDeskKindsCheck {
    static func problems(_ root: String) throws -> [DocumentProblem] {
        let store = Store(root: root)
        return try MemberKinds.consistency(store)
    }
}
