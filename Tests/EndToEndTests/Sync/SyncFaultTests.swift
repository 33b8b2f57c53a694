import CSCore
import Foundation
import XCTest

/// The sync's transaction is a transaction like any other: a write failure part-way leaves the
/// data directory as it was, byte for byte, and the next sync applies the merge whole.
final class SyncFaultTests: XCTestCase {
    func snapshot(_ d: CS) -> [String: Data] {
        var out = [String: Data]()
        let root = d.dataDirectory.path
        let walker = FileManager.default.enumerator(atPath: root)
        while let rel = walker?.nextObject() as? String {
            if rel.hasPrefix(".git") || rel.hasPrefix("cs.") || rel.hasPrefix("index-") || rel.hasPrefix("accounts") {
                continue
            }
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + rel, isDirectory: &isDir), !isDir.boolValue {
                out[rel] = FileManager.default.contents(atPath: root + "/" + rel)
            }
        }
        return out
    }

    func testAWriteFailureDuringTheMergeLeavesEveryFileAsItWas() throws {
        let (remote, d) = try SyncHarness.desks(2)
        SyncHarness.join(d, remote)
        var cards = [String]()
        for i in 0..<6 { cards.append(d[0].addMember("会员\(i)", phone: "1380000000\(i)")) }
        XCTAssertEqual(d[0].run("sync").status, 0)
        XCTAssertEqual(d[1].run("sync").status, 0)
        for (i, card) in cards.enumerated() {
            XCTAssertEqual(d[0].run("member", "earn", card, "--amount", "10", "--receipt", "A\(i)").status, 0)
            XCTAssertEqual(d[1].run("member", "edit", card, "--note", "B\(i)").status, 0)
        }
        XCTAssertEqual(d[0].run("sync").status, 0)
        for target in ["members/", "ledger/", "txn.json#commit"] {
            // The sync commits this desk's own changes first; what must not change is the records.
            let before = snapshot(d[1])
            let r = d[1].run(["sync"], env: ["CS_FAULT_WRITE": target])
            XCTAssertEqual(r.status, 3, "\(target): \(r.stdout) \(r.stderr)")
            XCTAssertEqual(snapshot(d[1]), before, "a failed sync (\(target)) changes nothing")
            let left = try FileManager.default.contentsOfDirectory(atPath: d[1].dataDirectory.path)
                .filter { $0.hasPrefix(".tmp-") || $0 == "txn.json" }
            XCTAssertEqual(left, [], "\(target): nothing left behind")
        }
        XCTAssertEqual(d[1].run("sync").status, 0)
        for (i, card) in cards.enumerated() {
            let m = d[1].json("member", "show", card)
            XCTAssertEqual(m["points"] as? Int, 10)
            XCTAssertEqual(m["note"] as? String, "B\(i)")
        }
        XCTAssertEqual(d[1].run("doctor").status, 0)
    }
}
