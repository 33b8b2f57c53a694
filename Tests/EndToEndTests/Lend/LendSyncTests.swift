import Foundation
import XCTest

/// Issue 29: two desks apart each lend wheelchair W1; the sync that brings them together says so
/// (a conflict the desk's clerk reads), while umbrellas lent at both simply add up.
final class LendSyncTests: XCTestCase {
    func testANumberedThingLentAtTwoDesksApartIsAConflictUntilOneComesBack() throws {
        let (remote, d) = try SyncHarness.desks(2)
        SyncHarness.join(d, remote)
        XCTAssertEqual(d[0].run("lend", "stock", "add", "--item", "轮椅", "--ids", "W1-W2").status, 0)
        XCTAssertEqual(d[0].run("lend", "stock", "add", "--item", "雨伞", "--count", "10").status, 0)
        XCTAssertEqual(d[0].run("sync").status, 0)
        XCTAssertEqual(d[1].run("sync").status, 0)
        var loans = [String]()
        for (i, desk) in d.enumerated() {
            let r = desk.run("lend", "out", "W1", "--to", "借用人\(i)", "--phone", "1380000000\(i)", "-q")
            XCTAssertEqual(r.status, 0, r.stderr)
            loans.append(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
            XCTAssertEqual(desk.run("lend", "out", "雨伞", "--to", "伞\(i)", "--phone", "1390000000\(i)").status, 0)
        }
        XCTAssertEqual(d[0].run("sync").status, 0)
        let found = d[1].run("sync")
        XCTAssertEqual(found.status, 4, found.stdout + found.stderr)
        XCTAssertEqual(SyncHarness.openConflicts(d[1]), ["lent"])
        let said = d[1].run("--lang", "zh", "sync", "conflicts")
        XCTAssertTrue(
            said.stdout.contains("W1") && said.stdout.contains(loans[0]) && said.stdout.contains(loans[1]), said.stdout)
        let umbrellas = d[1].jsonArray("lend", "stock", "list").first { $0["item"] as? String == "雨伞" }
        XCTAssertEqual(umbrellas?["out"] as? Int, 2, "each umbrella is its own loan")
        XCTAssertEqual(d[1].run("lend", "back", loans[1]).status, 0, "the borrower at desk 2 had W2 after all")
        XCTAssertEqual(SyncHarness.openConflicts(d[1]), [], "settled once only one loan holds W1")
    }
}
