import Foundation
import XCTest

@testable import CSCore

/// The invoice desk's rules, in process: numbers, the credit code, the lowest unused number.
final class InvoiceDeskTests: XCTestCase {
    func testNumbersKeepTheirWidthAndLeadingZeros() {
        XCTAssertEqual(InvoiceNumber.successor("00000099"), "00000100")
        XCTAssertEqual(InvoiceNumber.successor("09"), "10")
        XCTAssertTrue(InvoiceNumber.isCode("144031900111"))
        XCTAssertTrue(InvoiceNumber.isCode("1440319001"))
        XCTAssertFalse(InvoiceNumber.isCode("14403190011"), "11 digits is no invoice code")
        XCTAssertTrue(InvoiceNumber.isElectronic("24442000000012345678"))
        XCTAssertFalse(InvoiceNumber.isElectronic("2444200000001234567"))
    }

    /// GB 32100-2015: 17 characters weighted 3^i mod 31, the check character from 31 symbols
    /// without I, O, S, V, Z.
    func testTheCreditCodeCheckCharacter() {
        XCTAssertTrue(InvoiceNumber.isTaxID("91440300708461136T"))
        XCTAssertTrue(InvoiceNumber.isTaxID("91350100M000100Y43"))
        XCTAssertFalse(InvoiceNumber.isTaxID("91350100M000100Y44"), "a wrong check character")
        XCTAssertFalse(InvoiceNumber.isTaxID("91350100M000100Y4O"), "O is not a symbol of the code")
        XCTAssertFalse(InvoiceNumber.isTaxID("91350100m000100Y43"), "lower case is not written on an invoice")
        XCTAssertTrue(InvoiceNumber.isTaxID("440300708461136"))
        XCTAssertTrue(InvoiceNumber.isTaxID("44030070846113612345"))
        XCTAssertFalse(InvoiceNumber.isTaxID("4403007084611361"), "16 characters")
    }

    func testTheLowestUnusedNumberSkipsWhatWasIssuedByHandOrExplained() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cs-inv-\(UUID().uuidString)").path
        let store = Store(root: root)
        let clock = Clock(now: Instant(parsing: "2026-11-24T10:00:00+08:00", defaultOffset: .utc)!)
        XCTAssertTrue(try store.initialize(clock: clock, clerk: "t"))
        let desk = InvoiceDesk(
            DeskContext(
                store: store, config: try Config.load(from: store), clock: clock,
                clerk: "lily"))
        _ = try desk.addStock(code: "1440319001", from: "000001", to: "000010")
        func issue(_ receipt: String, _ number: String? = nil) throws -> String {
            try desk.issue(
                InvoiceDesk.Request(
                    receipt: receipt, amount: Money(fen: 10), room: nil, title: nil,
                    taxId: nil, number: number, electronic: false)
            ).number
        }
        XCTAssertEqual(try issue("A"), "000001")
        XCTAssertEqual(try issue("B", "000002"), "000002")
        _ = try desk.explain("000003", reason: "torn")
        XCTAssertEqual(try issue("C"), "000004", "2 was issued by hand, 3 explained away")
        XCTAssertEqual(try desk.stock().first?.remaining, 6)
        XCTAssertThrowsError(try issue("D", "000003")) { e in
            XCTAssertEqual(e as? InvoiceError, .numberUsed("1440319001-000003"))
        }
    }
}
