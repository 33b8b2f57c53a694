import CSCore
import Foundation
import XCTest

final class SyncManTests: XCTestCase {
    func testEveryJSONFieldOfSyncIsInItsManPage() throws {
        let (remote, d) = try SyncHarness.desks(1)
        XCTAssertEqual(d[0].run("sync", "init", "--remote", remote).status, 0)
        let man = try ManFieldsTests.manPage("cs-sync.1")
        for args in [["sync"], ["sync", "status"], ["sync", "conflicts", "--all"]] {
            let r = d[0].run(args + ["--json"])
            XCTAssertEqual(r.status, 0, r.stderr)
            let value = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
            let rows = (value as? [String: Any]).map { [$0] } ?? (value as? [[String: Any]]) ?? []
            for key in Set(rows.flatMap(\.keys)) {
                XCTAssertTrue(man.contains(key), "cs-sync.1 lacks \(key) of \(args.joined(separator: " "))")
            }
        }
    }
}
