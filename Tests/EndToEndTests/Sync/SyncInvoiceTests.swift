import CSCore
import Foundation
import XCTest

final class SyncInvoiceTests: XCTestCase {
    /// One stock range shared by two stores: each issues its lowest free number offline, the
    /// same number. The merge keeps one invoice; the other receipt's is a conflict until the
    /// number is voided, at every desk.
    func testOneNumberIssuedAtTwoDesksIsFlaggedUntilVoided() throws {
        let (remote, d) = try SyncHarness.desks(2)
        SyncHarness.join(d, remote)
        XCTAssertEqual(
            d[0].run(
                "invoice", "stock", "add", "--code", "144031900111", "--from", "00000001",
                "--to", "00000050"
            ).status, 0)
        XCTAssertEqual(d[0].run("sync").status, 0)
        XCTAssertEqual(d[1].run("sync").status, 0)
        XCTAssertEqual(d[0].run("invoice", "issue", "--receipt", "E-1", "--amount", "88").status, 0)
        XCTAssertEqual(d[1].run("invoice", "issue", "--receipt", "W-1", "--amount", "66").status, 0)
        // The desk whose invoice the merge did not keep finds it; the next syncs carry it to all.
        for desk in [d[0], d[1], d[0], d[1]] { XCTAssertTrue([0, 4].contains(desk.run("sync").status)) }
        for desk in d {
            XCTAssertEqual(SyncHarness.openConflicts(desk), ["invoice"])
            XCTAssertTrue(desk.run("sync", "conflicts").stdout.contains("00000001"))
        }
        XCTAssertEqual(d[1].run("invoice", "void", "00000001", "--reason", "issued at both stores").status, 0)
        for desk in [d[1], d[0]] { XCTAssertEqual(desk.run("sync").status, 0) }
        for desk in d { XCTAssertEqual(SyncHarness.openConflicts(desk), []) }
    }
}
