import Foundation
import XCTest

@testable import CSCore

/// The enquiry desk's rules, in process (issue 30): first-ask responsibility, paging, the log.
final class AskDeskTests: XCTestCase {
    var store: Store!
    var config: Config!

    override func setUpWithError() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cs-ask-\(UUID().uuidString)").path
        store = Store(root: root)
        XCTAssertTrue(try store.initialize(clock: Clock(now: AskDeskTests.at("2026-11-23T09:00")), clerk: "t"))
        config = try Config.load(from: store)
    }

    static func at(_ text: String) -> Instant { Instant(parsing: text, defaultOffset: UTCOffset(parsing: "+08:00")!)! }

    func desk(_ clerk: String = "lily", _ now: String = "2026-11-23T10:00") -> AskDesk {
        AskDesk(DeskContext(store: store, config: config, clock: Clock(now: AskDeskTests.at(now)), clerk: clerk))
    }

    func take(_ topic: String = "预约", by clerk: String = "lily") throws -> Enquiry {
        try desk(clerk).take(
            AskDesk.Form(channel: .phone, name: "王女士", phone: "138-0013-8000", topic: topic, text: "周六大包"))
    }

    func testWhoeverTakesAnEnquiryOwnsItUntilItIsAnswered() throws {
        let e = try take()
        XCTAssertEqual(e.owner, "lily")
        XCTAssertEqual(e.phone, "13800138000", "the phone is normalised before it is stored")
        XCTAssertThrowsError(try desk("mei").answer(e.id, text: "有", found: false)) { error in
            XCTAssertEqual(error as? AskError, .notOwner(id: e.id, owner: "lily"))
        }
        XCTAssertThrowsError(try desk("mei").pass(e.id, to: "mei", note: nil, supervisor: nil)) { error in
            XCTAssertEqual(error as? AskError, .notOwner(id: e.id, owner: "lily"), "nobody takes it over unasked")
        }
        let passed = try desk().pass(e.id, to: "mei", note: "等价格", supervisor: nil)
        XCTAssertEqual(passed.owner, "mei")
        XCTAssertEqual(
            passed.handovers, [EnquiryHandover(at: passed.takenAt, from: "lily", to: "mei", by: "lily", note: "等价格")])
        XCTAssertThrowsError(try desk().answer(e.id, text: "有", found: false), "lily handed it over") { _ in }
        let answered = try desk("mei").answer(e.id, text: "已预留", found: false)
        XCTAssertEqual(answered.status, .answered)
        XCTAssertEqual(answered.answeredBy, "mei")
        XCTAssertTrue(try desk().openEnquiries().isEmpty, "an answered enquiry leaves the open index")
        XCTAssertThrowsError(try desk("mei").answer(e.id, text: "again", found: false)) { error in
            guard case .closed(_, .answered, "mei", _)? = error as? AskError else { return XCTFail("\(error)") }
        }
    }

    func testASupervisorHandsOverAnEnquiryWhoseOwnerIsNotThere() throws {
        let e = try take()
        let passed = try desk("mei").pass(e.id, to: "mei", note: nil, supervisor: "王主管")
        XCTAssertEqual(passed.owner, "mei")
        XCTAssertEqual(passed.handovers.last?.by, "王主管 (mei)", "who authorised it and who typed it")
        XCTAssertThrowsError(try desk("mei").pass(e.id, to: "mei", note: nil, supervisor: nil)) { error in
            XCTAssertEqual(error as? AskError, .alreadyOwner(id: e.id, owner: "mei"))
        }
        XCTAssertTrue(try AskKinds.consistency(store).isEmpty, "the owner was handed it")
    }

    func testOnlyAPagingRequestEndsFoundAndTopicsAreTheDesks() throws {
        XCTAssertThrowsError(try take("停车")) { error in
            guard case .unknownTopic("停车", _)? = error as? AskError else { return XCTFail("\(error)") }
        }
        let price = try take("价格")
        XCTAssertThrowsError(try desk().answer(price.id, text: "x", found: true)) { error in
            XCTAssertEqual(error as? AskError, .notPaging(id: price.id, topic: "价格"))
        }
        let paging = try take("寻人")
        XCTAssertEqual(try desk().answer(paging.id, text: "3 号门找到", found: true).status, .found)
    }

    func testTheShiftLogShowsTheLastShiftOrOneDay() throws {
        _ = try desk("lily", "2026-11-23T01:00").note("夜班:空调报修")
        let n = try desk("lily", "2026-11-23T09:30").note("备用金已交")
        XCTAssertEqual(try desk("mei", "2026-11-23T10:00").notes().records, [n], "the last 8 hours (ask.shiftHours)")
        XCTAssertEqual(try desk().notes(on: Day(iso: "2026-11-23")).records.count, 2)
        let nextMorning = try desk("mei", "2026-11-24T08:00").notes().records
        XCTAssertEqual(nextMorning, [n], "the last shift's lines, the desk closed between")
        XCTAssertEqual(try desk("mei", "2026-11-24T09:31").notes().records, [], "more than a day old")
    }

    func testAnOpenEnquiryIsStaleAfterTheSetMinutes() throws {
        let e = try take()
        XCTAssertEqual(desk().staleAt(e.takenAt), AskDeskTests.at("2026-11-23T10:30"))
    }
}
