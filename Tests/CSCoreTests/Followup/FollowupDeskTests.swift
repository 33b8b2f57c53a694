import Foundation
import XCTest

@testable import CSCore

/// The call-back desk's rules, in process (issue 30).
final class FollowupDeskTests: XCTestCase {
    var store: Store!
    var config: Config!

    override func setUpWithError() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cs-fu-\(UUID().uuidString)").path
        store = Store(root: root)
        XCTAssertTrue(try store.initialize(clock: Clock(now: FollowupDeskTests.at("2026-11-23T09:00")), clerk: "t"))
        config = try Config.load(from: store)
    }

    static func at(_ text: String) -> Instant { Instant(parsing: text, defaultOffset: UTCOffset(parsing: "+08:00")!)! }

    func context(_ now: String) -> DeskContext {
        DeskContext(store: store, config: config, clock: Clock(now: FollowupDeskTests.at(now)), clerk: "lily")
    }

    func desk(_ now: String = "2026-11-23T10:00") -> FollowupDesk { FollowupDesk(context(now)) }

    func add(_ phone: String = "13900001111", due: String = "2026-11-23") throws -> Followup {
        try desk().add(
            Followup.Form(name: "李四", phone: phone, ward: "心内科", staff: "D12", due: Day(iso: due)!))
    }

    func testThreeUnansweredCallsCloseAFollowupUnreached() throws {
        let f = try add()
        XCTAssertEqual(try desk().call(f.id, .init(outcome: .noAnswer)).status, .open)
        XCTAssertEqual(try desk().call(f.id, .init(outcome: .noAnswer)).status, .open)
        let third = try desk().call(f.id, .init(outcome: .noAnswer, note: "关机"))
        XCTAssertEqual(third.status, .unreached)
        XCTAssertEqual(third.calls.count, 3)
        XCTAssertThrowsError(try desk().call(f.id, .init(outcome: .reached))) { e in
            guard case .closed(_, .unreached, _)? = e as? FollowupError else { return XCTFail("\(e)") }
        }
        XCTAssertTrue(try desk().due(on: Day(iso: "2026-12-31")!).isEmpty)
    }

    func testAReachedCallKeepsEachScoreWithItsQuestion() throws {
        let f = try add()
        XCTAssertThrowsError(try desk().call(f.id, .init(outcome: .reached, scores: [5, 4]))) { e in
            XCTAssertEqual(e as? FollowupError, .scoreCount(given: 2, questions: "服务态度,环境卫生,等候时间"))
        }
        XCTAssertThrowsError(try desk().call(f.id, .init(outcome: .noAnswer, satisfaction: 3))) { e in
            XCTAssertEqual(e as? FollowupError, .scoresWithoutAnswer)
        }
        let done = try desk().call(f.id, .init(outcome: .reached, satisfaction: 4, scores: [5, 1, 3], comment: "脏"))
        XCTAssertEqual(done.scores.map(\.question), ["服务态度", "环境卫生", "等候时间"])
        XCTAssertEqual(done.lowestScore, 1)
        let reread = try desk().show(f.id)
        XCTAssertEqual(reread, done, "scores survive the store")
    }

    func testOnePhoneIsOnTheListOnceAtATime() throws {
        let f = try add("139 0000 1111")
        XCTAssertThrowsError(try add()) { e in
            XCTAssertEqual(e as? FollowupError, .alreadyListed(id: f.id, phone: "13900001111"))
        }
    }

    func testALowScoreBecomesAComplaintOnceInOneTransaction() throws {
        let fine = try add("13700001111")
        _ = try desk().call(fine.id, .init(outcome: .reached, satisfaction: 5, scores: [5, 5, 4]))
        XCTAssertThrowsError(try desk().complain(fine.id, severity: .normal)) { e in
            XCTAssertEqual(e as? FollowupError, .notLow(id: fine.id, lowest: "4", low: 2))
        }
        let f = try add()
        _ = try desk().call(f.id, .init(outcome: .reached, satisfaction: 2, scores: [5, 4, 4], comment: "护士态度差"))
        let (after, complaint) = try desk().complain(f.id, severity: .high)
        XCTAssertEqual(after.complaint, complaint.id)
        XCTAssertEqual(complaint.staff, "D12")
        XCTAssertEqual(complaint.room, "心内科")
        XCTAssertTrue(complaint.matter.hasPrefix("护士态度差"))
        XCTAssertEqual(try ComplaintDesk(context("2026-11-23T10:00")).show(complaint.id).id, complaint.id)
        XCTAssertThrowsError(try desk().complain(f.id, severity: .high)) { e in
            XCTAssertEqual(e as? FollowupError, .alreadyComplaint(id: f.id, complaint: complaint.id))
        }
    }

    func testADischargeListIsCheckedWholeAndListsNobodyTwice() throws {
        let bad = Array("姓名,电话,出院日期\n王五,13700001111,2026-11-20\n赵六,123,2026-11-21\n钱七,13600001111,2026-12-01\n".utf8)
        XCTAssertThrowsError(try desk().plan(.init(discharged: bad), dryRun: false)) { e in
            XCTAssertEqual((e as? FollowupError)?.details.map(\.place), [.line(3), .line(4)])
        }
        XCTAssertTrue(try desk().list(status: nil).records.isEmpty, "a refused list adds nobody")
        XCTAssertThrowsError(try desk().plan(.init(discharged: [0xFF, 0xFE, 0x41]), dryRun: false)) { e in
            XCTAssertEqual((e as? FollowupError)?.details.map(\.key), [.followup(.fileNotUTF8)])
        }
        let good = Array("name,phone,ward,discharged\n王五,13700001111,骨科,2026-11-20\n".utf8)
        let dry = try desk().plan(.init(discharged: good), dryRun: true)
        XCTAssertEqual(dry.made.count, 1)
        XCTAssertTrue(try desk().list(status: nil).records.isEmpty, "a dry run changes nothing")
        let p = try desk().plan(.init(discharged: good), dryRun: false)
        XCTAssertEqual(p.made.first?.due, Day(iso: "2026-11-27"), "called followup.dischargeDays after discharge")
        XCTAssertEqual(try desk().plan(.init(discharged: good), dryRun: false).skipped, 1, "run twice, listed once")
    }

    func testLapsedMembersAreListedOncePerLapse() throws {
        let members = MemberDesk(context("2026-01-05T10:00"))
        var a = MemberDesk.Application()
        a.name = "张三"
        a.phone = "13800138000"
        a.birthday = Day(iso: "1990-01-01")
        _ = try members.add(a)
        XCTAssertTrue(try desk("2026-03-01T10:00").plan(.init(lapsedDays: 90), dryRun: false).made.isEmpty)
        let p = try desk("2026-04-10T10:00").plan(.init(lapsedDays: 90), dryRun: false)
        XCTAssertEqual(p.made.map(\.source), [.lapsed])
        XCTAssertEqual(try desk("2026-04-11T10:00").plan(.init(lapsedDays: 90), dryRun: false).made.count, 0)
    }

    func testTheReportCountsReachedScoresAndLowShares() throws {
        let a = try add("13700001111")
        _ = try desk().call(a.id, .init(outcome: .reached, satisfaction: 5, scores: [5, 4, 4]))
        let b = try add("13600001111")
        _ = try desk().call(b.id, .init(outcome: .reached, satisfaction: 2, scores: [4, 2, 3], comment: "等太久"))
        let c = try add("13500001111")
        for _ in 0..<3 { _ = try desk().call(c.id, .init(outcome: .noAnswer)) }
        let r = try desk().report(from: Day(iso: "2026-11-01")!, through: Day(iso: "2026-11-30")!)
        XCTAssertEqual([r.calls, r.reached, r.unreached, r.low], [5, 2, 1, 1])
        XCTAssertEqual(r.reachedRate, "66.7")
        XCTAssertEqual(r.meanSatisfaction, "3.50")
        XCTAssertEqual(r.questions.map(\.mean), ["4.50", "3.00", "3.50"])
        XCTAssertEqual(r.lowShare, "50.0")
        let ward = r.groups.first { $0.by == "ward" }
        XCTAssertEqual(ward?.meanSatisfaction, "3.50")
        XCTAssertEqual(ward?.questions.map(\.mean), ["4.50", "3.00", "3.50"], "each question per ward")
        XCTAssertEqual(r.comments.map(\.comment), ["等太久"])
        XCTAssertEqual(try desk().report(from: Day(iso: "2026-12-01")!, through: Day(iso: "2026-12-31")!).reached, 0)
    }
}
