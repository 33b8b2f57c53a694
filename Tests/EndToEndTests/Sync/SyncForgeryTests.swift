import Foundation
import XCTest

/// Lines written in another desk's name (issue 25): desk 2 is admitted and signs its commits,
/// but what it writes in desk 1's id space or journal, or removes of desk 1's, is not taken.
final class SyncForgeryTests: XCTestCase {
    /// In the clone: a 500.00 top-up in desk 1's id space (`<account>.01-99`) beside the
    /// account's real entries, with a journal line naming desk 1; `drop`: desk 1's first
    /// entry of the account removed too.
    static let forge = """
        import json, glob, sys
        card, drop = sys.argv[1], sys.argv[2] == 'drop'
        for p in glob.glob('ledger/*.jsonl'):
            lines = open(p).read().splitlines()
            mine = [json.loads(l) for l in lines if json.loads(l).get('card') == card]
            if not mine:
                continue
            fake = dict(mine[0])
            fake['id'] = fake['account'] + '.01-99'
            fake['amount'] = 50000
            fake['receipt'] = 'FORGED'
            if drop:
                lines = [l for l in lines if json.loads(l)['id'] != mine[0]['id']]
            lines.append(json.dumps(fake, ensure_ascii=False, separators=(',', ':')))
            open(p, 'w').write('\\n'.join(lines) + '\\n')
            day = sorted(glob.glob('journal/*-*-*.jsonl'))[-1]
            entry = json.loads(open(day).read().splitlines()[-1])
            entry.update({'desk': '01', 'kind': 'ledger', 'id': fake['id'], 'clerk': 'forger', 'after': fake})
            open(day, 'a').write(json.dumps(entry, ensure_ascii=False, separators=(',', ':')) + '\\n')
        """

    func forgedRows(_ desk: CS) throws -> [[String: Any]] {
        let listed = desk.run("sync", "conflicts", "--all", "--json")
        let rows = (try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8))) as? [[String: Any]] ?? []
        return rows.filter { $0["subject"] as? String == "refused" && $0["field"] as? String == "forged" }
    }

    func testATopUpAndAJournalLineInAnotherDesksNameAreKeptAside() throws {
        let (d, remote, card) = try SyncTrustTests.chain()
        let evil = Attacker(controlling: d[1], beside: d[0], remote: remote)
        let balance = d[0].json("member", "show", card)["balance"] as? String
        try SyncForgeryTests.forge.write(toFile: evil.clone + "-forge.py", atomically: true, encoding: .utf8)
        evil.pushEdit("python3 '\(evil.clone)-forge.py' \(card) keep")
        let r = d[0].run("sync")
        XCTAssertEqual(r.status, 4, r.stderr)
        XCTAssertTrue(r.stdout.contains("refused: "), r.stdout)
        XCTAssertEqual(d[0].json("member", "show", card)["balance"] as? String, balance)
        XCTAssertFalse(d[0].run("log").stdout.contains("forger"))
        let rows = try forgedRows(d[0])
        XCTAssertEqual(Set(rows.compactMap { $0["other"] as? String }), ["02"], "\(rows)")
        XCTAssertEqual(Set(rows.compactMap { $0["kind"] as? String }), ["ledger", "journal"], "\(rows)")
        let said = d[0].run("sync", "conflicts", "--all", "--lang", "zh")
        XCTAssertTrue(said.stdout.contains("由 02 号前台以其他前台的名义写入"), said.stdout)
        let quarantine = try String(contentsOfFile: d[0].path(".git/cs-quarantine.jsonl"), encoding: .utf8)
        XCTAssertTrue(quarantine.contains("FORGED") && quarantine.contains("\"sentBy\":\"02\""), quarantine)
        XCTAssertEqual(d[0].run("doctor").status, 0)
        // Desk 1's next commit took the forged lines out again: desk 2 never holds them, and both
        // desks agree.
        XCTAssertEqual(d[1].run("sync").status, 0)
        XCTAssertEqual(d[1].json("member", "show", card)["balance"] as? String, balance)
        XCTAssertEqual(d[0].run("sync").status, 0)
        XCTAssertEqual(SyncHarness.shared(d[0]), SyncHarness.shared(d[1]))
        // Honest work goes on at both desks.
        XCTAssertEqual(d[1].run("member", "earn", card, "--amount", "10", "--receipt", "H1").status, 0)
        XCTAssertEqual(d[1].run("sync").status, 0)
        XCTAssertEqual(d[0].run("sync").status, 0)
        XCTAssertEqual(SyncHarness.shared(d[0]), SyncHarness.shared(d[1]))
    }

    func testATamperedMergeCommitIsJudgedAsTheDeskThatSignedIt() throws {
        let (d, remote, card) = try SyncTrustTests.chain()
        let evil = Attacker(controlling: d[1], beside: d[0], remote: remote)
        evil.refresh()
        // Desk 1 works on; the attacker, behind it, merges it by hand and slips into the merge a
        // top-up in desk 1's name and the removal of desk 1's own top-up.
        XCTAssertEqual(d[0].run("member", "earn", card, "--amount", "10", "--receipt", "E1").status, 0)
        XCTAssertEqual(d[0].run("sync").status, 0)
        let balance = d[0].json("member", "show", card)["balance"] as? String
        let entries = d[0].run("member", "history", card, "--json").stdout
        try SyncForgeryTests.forge.write(toFile: evil.clone + "-forge.py", atomically: true, encoding: .utf8)
        evil.git(
            "git commit -q --allow-empty -m 'desk 02 works' && git fetch -q origin && "
                + "git merge -q --no-ff --no-commit origin/main && python3 '\(evil.clone)-forge.py' \(card) drop && "
                + "git add -A && git commit -q -m 'desk 02 merges the remote' && git push -q origin HEAD:main")
        let parents = evil.git("git cat-file -p HEAD | grep -c ^parent").stdout
        XCTAssertEqual(parents.trimmingCharacters(in: .whitespacesAndNewlines), "2")
        let r = d[0].run("sync")
        XCTAssertEqual(r.status, 4, r.stderr)
        XCTAssertEqual(d[0].json("member", "show", card)["balance"] as? String, balance)
        XCTAssertEqual(d[0].run("member", "history", card, "--json").stdout, entries)
        let ids = Set(try forgedRows(d[0]).compactMap { $0["key"] as? String })
        XCTAssertTrue(ids.contains { $0.hasSuffix(".01-99") }, "\(ids)")
        XCTAssertTrue(ids.contains { $0.hasSuffix(".01-1") }, "the removal is refused too: \(ids)")
        XCTAssertEqual(d[0].run("doctor").status, 0)
        XCTAssertEqual(d[1].run("sync").status, 0)
        XCTAssertEqual(d[1].json("member", "show", card)["balance"] as? String, balance)
        XCTAssertEqual(d[0].run("sync").status, 0)
        XCTAssertEqual(SyncHarness.shared(d[0]), SyncHarness.shared(d[1]))
    }
}
