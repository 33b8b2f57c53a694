import Foundation
import XCTest

/// Issue 28: a credit code typed with spaces or dashes is the code (stored as printed); a
/// 20-character id is a resident ID number and 2 digits.
extension InvoiceTests {
    func testATaxIdTypedWithSpacesIsStoredAsPrintedAndItsShapeIsChecked() throws {
        let cs = try desk()
        let spaced = cs.run(
            "invoice", "issue", "--receipt", "R-1", "--amount", "10", "--title", "某某公司", "--tax-id",
            "9144 0300-7084 6113 6t", "--json")
        XCTAssertEqual(spaced.status, 0, spaced.stderr)
        XCTAssertEqual(object(spaced)["taxId"] as? String, "91440300708461136T")
        XCTAssertEqual(
            cs.run("invoice", "issue", "--receipt", "R-2", "--amount", "10", "--tax-id", "11010519491231002X01").status,
            0)
        assertRefused(
            cs.run("invoice", "issue", "--receipt", "R-3", "--amount", "10", "--tax-id", "44030070846113612345"),
            status: 2, mentions: "--tax-id")
        assertRefused(
            cs.run(
                "--lang", "zh", "invoice", "issue", "--receipt", "R-3", "--amount", "10", "--tax-id", "44A300708461136"),
            status: 2, mentions: "--tax-id")
    }
}
