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
        XCTAssertTrue(TaxID.isValid("91440300708461136T"))
        XCTAssertTrue(TaxID.isValid("91350100M000100Y43"))
        XCTAssertFalse(TaxID.isValid("91350100M000100Y44"), "a wrong check character")
        XCTAssertFalse(TaxID.isValid("91350100M000100Y4O"), "O is not a symbol of the code")
        XCTAssertFalse(TaxID.isValid("91350100m000100Y43"), "lower case is not written on an invoice")
        XCTAssertTrue(TaxID.isValid("440300708461136"))
        XCTAssertTrue(TaxID.isValid("11010519491231002X01"), "a resident ID and 2 digits")
        XCTAssertFalse(TaxID.isValid("11010519491231002101"), "the ID's check character is X, not 1")
        XCTAssertFalse(TaxID.isValid("44030070846113612345"), "not a resident ID")
        XCTAssertTrue(TaxID.isValid("11010519491231002"), "17: a 15-digit ID and 2 digits")
        XCTAssertFalse(TaxID.isValid("1101051949123100A"), "17: digits only")
        XCTAssertFalse(TaxID.isValid("44A300708461136"), "15: the division code is digits")
        // Issue 28: letters in positions 3–8 (the division code) with a check character that agrees.
        XCTAssertFalse(TaxID.isValid(creditCode("91A40300708461136")), "the division code is digits")
        XCTAssertEqual(creditCode("91440300708461136"), "91440300708461136T", "the helper agrees with a real code")
        XCTAssertEqual(TaxID.normalized("9144 0300-7084 6113 6t"), "91440300708461136T")
        XCTAssertEqual(TaxID.normalized("９１４４０３００７０８４６１１３６Ｔ"), "91440300708461136T")
        XCTAssertFalse(TaxID.isValid("4403007084611361"), "16 characters")
    }

    func desk(at now: String = "2026-11-24T10:00:00+08:00", root: String? = nil) throws -> InvoiceDesk {
        let root =
            root ?? FileManager.default.temporaryDirectory.appendingPathComponent("cs-inv-\(UUID().uuidString)").path
        let store = Store(root: root)
        let clock = Clock(now: try XCTUnwrap(Instant(parsing: now, defaultOffset: .utc)))
        _ = try store.initialize(clock: clock, clerk: "t")
        return InvoiceDesk(DeskContext(store: store, config: try Config.load(from: store), clock: clock, clerk: "lily"))
    }

    func issue(_ desk: InvoiceDesk, _ receipt: String, _ number: String? = nil) throws -> Invoice {
        try desk.issue(
            InvoiceDesk.Request(
                receipt: receipt, amount: Money(fen: 1000), room: nil, title: nil, taxId: nil, number: number,
                electronic: false))
    }

    func testNumbersTakenByHandOrExplainedAreSkipped() throws {
        let desk = try desk()
        _ = try desk.addStock(code: "1440319001", from: "00000001", to: "00000010")
        XCTAssertEqual(try issue(desk, "A").number, "00000001")
        XCTAssertEqual(try issue(desk, "B", "00000002").number, "00000002")
        _ = try desk.explain("00000003", reason: "torn")
        XCTAssertEqual(try issue(desk, "C").number, "00000004", "2 was issued by hand, 3 explained away")
        XCTAssertEqual(try desk.stock().first?.remaining, 6)
        XCTAssertThrowsError(try issue(desk, "D", "00000003")) { e in
            XCTAssertEqual(e as? InvoiceError, .numberUsed("1440319001-00000003"))
        }
    }

    /// Issue 28: after 00001053 was written by hand, the next invoice is 00001054 — the paper
    /// in the clerk's hand — and 00001052 stays a gap for the day report, never reused silently.
    func testTheNextNumberFollowsTheLastOneIssuedAndASkippedOneIsAGap() throws {
        let desk = try desk()
        _ = try desk.addStock(code: "1440319001", from: "00001050", to: "00001060")
        XCTAssertEqual(try issue(desk, "A").number, "00001050")
        XCTAssertEqual(try issue(desk, "B").number, "00001051")
        XCTAssertEqual(try issue(desk, "C", "00001053").number, "00001053")
        XCTAssertEqual(try issue(desk, "D").number, "00001054", "not the skipped 00001052")
        XCTAssertEqual(try desk.report(day: desk.clock.today).summary.gaps, ["1440319001-00001052"])
        // Explaining a torn sheet ahead of the next number does not move it.
        _ = try desk.explain("00001058", reason: "torn")
        XCTAssertEqual(try issue(desk, "E").number, "00001055")
        // A gap is filled only on purpose.
        XCTAssertEqual(try issue(desk, "F", "1052").number, "00001052")
        XCTAssertEqual(try issue(desk, "G").number, "00001056")
    }

    /// Issue 28: `--from 500` and `--from 00000500` are one number.
    func testShortNumbersArePaddedAndRangesOverlapByValue() throws {
        let desk = try desk()
        let stock = try desk.addStock(code: "1440319001", from: "500", to: "599")
        XCTAssertEqual([stock.from, stock.to], ["00000500", "00000599"])
        XCTAssertThrowsError(try desk.addStock(code: "1440319001", from: "00000550", to: "00000600")) { e in
            XCTAssertEqual(e as? InvoiceError, .stockOverlaps(code: "1440319001", from: "00000500", to: "00000599"))
        }
        XCTAssertThrowsError(try desk.addStock(code: "1440319001", from: "0599", to: "0700"))
        XCTAssertNoThrow(try desk.addStock(code: "1440319001", from: "600", to: "00000700"))
        XCTAssertEqual(try issue(desk, "A", "505").number, "00000505")
        XCTAssertEqual(try desk.show("505").number, "00000505")
        XCTAssertEqual(try desk.show("1440319001-505").number, "00000505")
    }

    /// Issue 28: voiding a red letter would leave the original issued with no way to red-letter
    /// it again and its receipt free to be invoiced twice.
    func testARedLetterIsNeverVoided() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cs-inv-\(UUID().uuidString)").path
        let november = try desk(root: root)
        _ = try november.addStock(code: "1440319001", from: "1", to: "10")
        let original = try issue(november, "A")
        let december = try desk(at: "2026-12-02T10:00:00+08:00", root: root)
        let red = try december.redLetter(original.number, reason: .salesReturn, electronicNumber: nil)
        XCTAssertThrowsError(try december.void(red.number, reason: "wrong")) { e in
            XCTAssertEqual(e as? InvoiceError, .voidRedLetter(id: red.id, of: original.id))
        }
        XCTAssertEqual(try december.show(red.number).status, .issued)
    }

    /// `first17` completed with the check character GB 32100 gives it (computed here, not by
    /// cs), so only the rule under test can refuse the code.
    func creditCode(_ first17: String) -> String {
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
        var sum = 0
        var weight = 1
        for c in first17 {
            sum += (alphabet.firstIndex(of: c) ?? 0) * weight
            weight = weight * 3 % 31
        }
        return first17 + String(alphabet[(31 - sum % 31) % 31])
    }
}
