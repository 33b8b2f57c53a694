import Foundation
import XCTest

@testable import CSCore

/// The left-luggage desk's rules, in process (issue 29).
final class KeepDeskTests: XCTestCase {
    var store: Store!
    var config: Config!

    override func setUpWithError() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cs-keep-\(UUID().uuidString)").path
        store = Store(root: root)
        XCTAssertTrue(try store.initialize(clock: Clock(now: KeepDeskTests.at("2026-11-23T09:00")), clerk: "t"))
        config = try Config.load(from: store)
    }

    static func at(_ text: String) -> Instant { Instant(parsing: text, defaultOffset: UTCOffset(parsing: "+08:00")!)! }

    func desk(_ now: String = "2026-11-23T10:00") -> KeepDesk {
        KeepDesk(DeskContext(store: store, config: config, clock: Clock(now: KeepDeskTests.at(now)), clerk: "lily"))
    }

    func keep(_ tag: String, seal: String? = nil, at now: String = "2026-11-23T10:00") throws -> Bag {
        try desk(now).checkIn(
            KeepDesk.Form(tag: tag, what: "行李箱", seal: seal, phone: "138 0013 8000", name: "张三"))
    }

    func testATagIsOnOneBagAtATimeAndOnlyTheDesksTagsAreHandedOut() throws {
        let bag = try keep("17")
        XCTAssertEqual(bag.phone, "13800138000")
        XCTAssertThrowsError(try keep("17")) { e in
            XCTAssertEqual(e as? KeepError, .tagInUse(tag: "17", bag: bag.id, since: bag.inAt))
        }
        XCTAssertThrowsError(try keep("51")) { e in
            XCTAssertEqual(e as? KeepError, .unknownTag(tag: "51", tags: "1-50"))
        }
        _ = try desk().checkOut("17", seal: nil)
        XCTAssertEqual(try keep("17").tag, "17", "the tag is free again once collected")
    }

    func testASealedBagGoesOutOnlyAgainstItsSeal() throws {
        let bag = try keep("5", seal: "s-123")
        XCTAssertThrowsError(try desk().checkOut("5", seal: nil)) { e in
            XCTAssertEqual(e as? KeepError, .sealMissing(id: bag.id))
        }
        XCTAssertThrowsError(try desk().checkOut("5", seal: "S-124")) { e in
            XCTAssertEqual(e as? KeepError, .sealWrong(id: bag.id, given: "S-124"))
        }
        XCTAssertEqual(try desk().checkOut(bag.id.lowercased(), seal: "s-123").status, .collected)
        XCTAssertThrowsError(try desk().checkOut(bag.id, seal: "S-123")) { e in
            guard case .bagClosed(_, .collected, _)? = e as? KeepError else { return XCTFail("\(e)") }
        }
    }

    func testAnUncollectedBagBecomesALostItemWithItsCustodyContinued() throws {
        let left = try keep("8", seal: "S9")
        _ = try keep("9")
        _ = try desk().checkOut("9", seal: nil)
        XCTAssertTrue(try desk("2026-11-26T09:59").sweep(applyReceivedBy: nil).due.isEmpty, "not 3×24 h yet")
        let s = try desk("2026-11-26T10:00").sweep(applyReceivedBy: "客服中心")
        XCTAssertEqual(s.moved.count, 1, "only the bag still kept")
        let item = try XCTUnwrap(s.moved.first)
        XCTAssertEqual(item.custody, .center)
        XCTAssertEqual(item.moves.map(\.at), [left.inAt, KeepDeskTests.at("2026-11-26T10:00")])
        XCTAssertEqual(item.moves.first?.handedOverBy, "张三 13800138000")
        XCTAssertEqual(item.moves.first?.receivedBy, "lily")
        XCTAssertEqual(item.moves.last?.receivedBy, "客服中心")
        let bag = try desk().show(left.id)
        XCTAssertEqual(bag.status, .lostFound)
        XCTAssertEqual(bag.lostItem, item.id)
        XCTAssertThrowsError(try desk().show("8"), "the tag is free: it names no bag now") { _ in }
        XCTAssertTrue(try LostFoundKinds.consistency(store).isEmpty, "the lost item is whole")
    }
}
