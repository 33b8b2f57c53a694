import CSCore
import Foundation
import XCTest

/// Desks and a bare remote for the sync tests.
enum SyncHarness {
    /// A bare remote and `count` desks, each an initialised data directory (not yet synced).
    static func desks(_ count: Int) throws -> (remote: String, desks: [CS]) {
        let first = try CS.fresh()
        let remote = first.dataDirectory.path + "-remote.git"
        let made = first.shell("git init -q --bare '\(remote)'")
        XCTAssertEqual(made.status, 0, made.stderr)
        var all = [first]
        for _ in 1..<count { all.append(try CS.fresh()) }
        return (remote, all)
    }

    static func join(_ desks: [CS], _ remote: String) {
        for (i, d) in desks.enumerated() {
            let r = d.run("sync", "init", "--remote", remote, "--desk", String(i + 1))
            XCTAssertEqual(r.status, 0, r.stderr)
        }
        admitAll(desks)
    }

    /// Every desk admits every other desk's key, as their clerks would after a phone call.
    static func admitAll(_ desks: [CS]) {
        for (i, d) in desks.enumerated() {
            for (j, other) in desks.enumerated() where j != i {
                let fingerprint = other.run("sync", "status", "--field", "fingerprint").stdout
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                let r = d.run("sync", "admit", String(j + 1), "--fingerprint", fingerprint)
                XCTAssertEqual(r.status, 0, r.stderr)
            }
        }
    }

    static func head(_ d: CS) -> String {
        let out = d.shell("git -C '\(d.dataDirectory.path)' rev-parse HEAD").stdout
        return out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// What every desk must agree on: the shared records, as exported.
    static func shared(_ d: CS) -> [String] {
        ["members", "ledger", "gifts"].flatMap { kind -> [String] in
            let r = d.run("export", kind, "--jsonl", "--reveal")
            XCTAssertEqual(r.status, 0, r.stderr)
            return r.lines.sorted()
        }
    }

    static func openConflicts(_ d: CS) -> [String] {
        let r = d.run("sync", "conflicts", "--json")
        XCTAssertTrue(r.status == 0 || r.status == 4, r.stderr)
        let rows = (try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [[String: Any]] ?? []
        return rows.compactMap { $0["subject"] as? String }.sorted()
    }

    /// Doctor's problems other than the ones the open conflicts explain (a receipt counted
    /// twice; a phone the index can give to only one of its two members).
    static func unexplained(_ d: CS) -> [String] {
        d.run("doctor").stdout.split(separator: "\n").map(String.init)
            .filter { $0.contains("/") && !$0.hasSuffix("no problems") && !$0.contains("problem(s)") }
            .filter { !$0.contains("counted twice") && !$0.contains("index-phone") }
    }
}

/// Issue 17: desks share one member base through a git remote, offline-first.
final class SyncTests: XCTestCase {
    func testTwoStoresShareMembersAndTheirMovements() throws {
        let (remote, d) = try SyncHarness.desks(2)
        SyncHarness.join(d, remote)
        let card = d[0].addMember("张三", phone: "13800000001")
        XCTAssertEqual(d[0].run("member", "topup", card, "--amount", "100", "--receipt", "T1").status, 0)
        XCTAssertEqual(d[0].run("sync").status, 0)
        let received = d[1].run("sync")
        XCTAssertEqual(received.status, 0, received.stderr)
        XCTAssertTrue(received.stdout.contains("received"), received.stdout)
        // The member earns in the second store and pays in the first, each offline.
        XCTAssertEqual(d[1].run("member", "earn", card, "--amount", "88", "--receipt", "R1").status, 0)
        XCTAssertEqual(d[0].run("member", "pay", card, "--amount", "30", "--receipt", "P1").status, 0)
        for desk in [d[1], d[0], d[1]] { XCTAssertEqual(desk.run("sync").status, 0) }
        for desk in d {
            let m = desk.json("member", "show", card)
            XCTAssertEqual(m["points"] as? Int, 88)
            XCTAssertEqual(m["balance"] as? String ?? String(describing: m["balance"] ?? ""), "70.00")
            XCTAssertEqual(SyncHarness.unexplained(desk), [])
        }
        XCTAssertEqual(SyncHarness.head(d[0]), SyncHarness.head(d[1]))
        XCTAssertEqual(SyncHarness.shared(d[0]), SyncHarness.shared(d[1]))
    }
}
