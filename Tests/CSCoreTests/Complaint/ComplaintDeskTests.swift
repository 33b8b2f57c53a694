import Foundation
import XCTest

@testable import CSCore

/// The complaint desk's rules, in process: what each state allows, the exact decimals, and the
/// review's median and 90th percentile.
final class ComplaintDeskTests: XCTestCase {
    func testEachStateAllowsWhatTheManualSays() {
        XCTAssertEqual(ComplaintAction.allowed(from: .open).map(\.command), ["note", "escalate", "wait", "resolve"])
        XCTAssertEqual(
            ComplaintAction.allowed(from: .waiting).map(\.command), ["note", "escalate", "resume", "resolve"])
        XCTAssertEqual(ComplaintAction.allowed(from: .resolved).map(\.command), ["note", "follow-up", "reopen"])
        XCTAssertEqual(ComplaintAction.allowed(from: .closed).map(\.command), ["note", "reopen"])
    }

    func testDecimalsRoundHalfUpFromExactIntegers() {
        XCTAssertEqual(Decimal2.fraction(90, 60), "1.50")
        XCTAssertEqual(Decimal2.fraction(100, 60), "1.67")
        XCTAssertEqual(Decimal2.fraction(1, 8), "0.13", "0.125 rounds up")
        XCTAssertEqual(Decimal2.fraction(600, 7, places: 1), "85.7")
        XCTAssertEqual(Decimal2.fraction(0, 5), "0.00")
    }

    func testTheMedianOfAnEvenCountAndTheNearestRankPercentile() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cs-cmp-\(UUID().uuidString)").path
        let store = Store(root: root)
        var clock = Clock(now: Instant(parsing: "2026-11-01T08:00:00+08:00", defaultOffset: .utc)!)
        XCTAssertTrue(try store.initialize(clock: clock, clerk: "t"))
        let config = try Config.load(from: store)
        // Ten complaints resolved after 1..10 hours: median (5 + 6) / 2, p90 the 9th value.
        for h in 1...10 {
            clock = Clock(
                now: Instant(
                    parsing: "2026-11-\(String(format: "%02d", h))T08:00:00+08:00",
                    defaultOffset: .utc)!)
            let desk = ComplaintDesk(DeskContext(store: store, config: config, clock: clock, clerk: "lily"))
            let c = try desk.new(Complaint.Intake(customer: "x", phone: "13900000000", matter: "m"))
            let later = Clock(now: clock.now.adding(seconds: Int64(h) * 3600))
            _ = try ComplaintDesk(DeskContext(store: store, config: config, clock: later, clerk: "lily"))
                .resolve(c.id, resolution: "ok")
        }
        let desk = ComplaintDesk(DeskContext(store: store, config: config, clock: clock, clerk: "lily"))
        let r = try desk.report(month: Month(year: 2026, month: 11)!)
        XCTAssertEqual(r.resolved, 10)
        XCTAssertEqual(r.medianHours, "5.50")
        XCTAssertEqual(r.p90Hours, "9.00")
        XCTAssertEqual(r.onTimeRate, "100.0")
        XCTAssertNil(r.meanSatisfaction, "nothing followed up yet")
    }
}
