import Foundation
import XCTest

/// Issue 25, who wrote it: a desk takes only commits signed by a desk it admitted.
final class SyncAdmissionTests: XCTestCase {
    func testCommitsNoAdmittedDeskSignedAreNotTaken() throws {
        let (remote, d) = try SyncHarness.desks(2)
        SyncHarness.join(d, remote)
        let card = d[0].addMember("张三", phone: "13800000001")
        XCTAssertEqual(d[0].run("sync").status, 0)
        let good = SyncHarness.head(d[0])
        let before = SyncHarness.shared(d[0])
        // A well-formed member line, unsigned; then the same signed by a key no desk admitted.
        let stranger = Attacker(beside: d[0], remote: remote)
        let ownKey = d[0].dataDirectory.path + "-stranger-key"
        XCTAssertEqual(d[0].shell("ssh-keygen -q -t ed25519 -N '' -f '\(ownKey)'").status, 0)
        let signed = Attacker(beside: d[0], remote: remote, signingKey: ownKey)
        for evil in [stranger, signed] {
            evil.pushEdit("sed -i 's/张三/李鬼/' members/*.jsonl")
            let r = d[0].run("sync")
            XCTAssertEqual(r.status, 4, r.stderr)
            XCTAssertTrue(r.stdout.contains("not taken"), r.stdout)
            XCTAssertEqual(SyncHarness.shared(d[0]), before)
            XCTAssertEqual(d[0].json("member", "show", card)["name"] as? String, "张三")
            let status = d[0].run("sync", "status")
            XCTAssertTrue(status.stdout.contains("not taken"), status.stdout)
            let board = d[0].run("today")
            XCTAssertEqual(board.status, 4, board.stdout)
            XCTAssertTrue(board.stdout.contains("not taken"), board.stdout)
            evil.resetRemote(to: good)
            XCTAssertEqual(d[0].run("sync").status, 0)
        }
    }

    func testADeskIsTakenOnlyOnceAdmittedByItsFingerprintAndNotAfterItIsRevoked() throws {
        let (remote, d) = try SyncHarness.desks(2)
        for (i, desk) in d.enumerated() {
            XCTAssertEqual(desk.run("sync", "init", "--remote", remote, "--desk", String(i + 1)).status, 0)
        }
        _ = d[1].addMember("李四", phone: "13800000002")
        XCTAssertEqual(d[1].run("sync").status, 0, "the joining desk trusts the store it joined")
        let waiting = d[0].run("sync")
        XCTAssertEqual(waiting.status, 4)
        XCTAssertTrue(waiting.stdout.contains("desk 02"), waiting.stdout)
        XCTAssertNotEqual(d[0].run("member", "show", "13800000002").status, 0)
        let fingerprint = d[1].run("sync", "status", "--field", "fingerprint").stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertTrue(fingerprint.hasPrefix("SHA256:"), fingerprint)
        let shown = d[0].run("sync", "admit", "2")
        XCTAssertEqual(shown.status, 1)
        XCTAssertTrue(shown.stderr.contains(fingerprint), shown.stderr)
        XCTAssertEqual(d[0].run("sync", "admit", "2", "--fingerprint", "SHA256:wrong").status, 1)
        XCTAssertEqual(d[0].run("sync").status, 4, "a wrong fingerprint admits nothing")
        XCTAssertEqual(d[0].run("sync", "admit", "2", "--fingerprint", fingerprint).status, 0)
        XCTAssertEqual(d[0].run("sync").status, 0)
        XCTAssertEqual(d[0].json("member", "show", "13800000002")["name"] as? String, "李四")
        // Desk 2's PC is stolen: desk 1 revokes it, and what it sends next is not taken.
        XCTAssertEqual(d[0].run("sync", "revoke", "2").status, 0)
        // Again, or a desk never admitted: nothing to revoke is said, not counted as done.
        let again = d[0].run("sync", "revoke", "2")
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("desk 02 is not trusted here"), again.stderr)
        _ = d[1].addMember("王五", phone: "13800000003")
        XCTAssertEqual(d[1].run("sync").status, 0)
        XCTAssertEqual(d[0].run("sync").status, 4)
        XCTAssertNotEqual(d[0].run("member", "show", "13800000003").status, 0)
    }
}
