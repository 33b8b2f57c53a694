import XCTest

@testable import CSCore

/// Whose name a peer's line is written in (issue 25): ids name the desk that minted them, and a
/// commit's diff tells which lines it brought, removed or only moved.
final class ForgeriesTests: XCTestCase {
    func testAnIdNamesItsDeskOnlyInItsKindsShape() {
        XCTAssertEqual(DeskClaim.lettered("L").desk(of: "L01-7"), "01")
        XCTAssertEqual(DeskClaim.lettered("C").desk(of: "C12-345"), "12")
        XCTAssertEqual(DeskClaim.dotted.desk(of: "88010000011.02-5"), "02")
        for id in ["L1-7", "L001-7", "C01-7", "L01-", "L01-x", "L01", "88010000011", ""] {
            XCTAssertNil(DeskClaim.lettered("L").desk(of: id), id)
        }
        XCTAssertNil(DeskClaim.dotted.desk(of: "88010000011"))
        XCTAssertNil(DeskClaim.dotted.desk(of: "8801.1-5"))
        XCTAssertEqual(LedgerEntry.idSpace, .dotted)
        XCTAssertNil(Member.idSpace, "a card number is not a desk's id space: cards are imported as they are")
    }

    /// A merge's combined diff: `++` is in neither parent, ` +` came from a parent, `- ` left.
    func testACombinedDiffGivesWhatNoParentHad() {
        let log =
            "\u{1}abc\n\ndiff --combined ledger/9c.jsonl\nindex 1,2..3\n--- a/ledger/9c.jsonl\n"
            + "+++ b/ledger/9c.jsonl\n@@@ -1,0 -1,0 +1,2 @@@\n++{\"id\":\"a.01-9\"}\n +{\"id\":\"a.02-1\"}\n"
            + "- {\"id\":\"a.01-1\"}\n\u{1}def\ndiff --git a/journal/2026-11-23.jsonl b/journal/2026-11-23.jsonl\n"
            + "@@ -0,0 +1 @@\n+{\"at\":\"x\"}\n"
        let changes = Forgeries.changes(Array(log.utf8))
        XCTAssertEqual(changes.map(\.commit), ["abc", "def"])
        XCTAssertEqual(changes.map(\.path), ["ledger/9c.jsonl", "journal/2026-11-23.jsonl"])
        XCTAssertEqual(changes[0].change.added.map { String(decoding: $0, as: UTF8.self) }, [#"{"id":"a.01-9"}"#])
        XCTAssertEqual(changes[0].change.removed.map { String(decoding: $0, as: UTF8.self) }, [#"{"id":"a.01-1"}"#])
        XCTAssertEqual(changes[0].change.kept.count, 2)
        XCTAssertEqual(changes[1].change.added.count, 1)
    }

    func line(_ id: String, _ extra: String = "") -> ArraySlice<UInt8> {
        Array("{\"id\":\"\(id)\"\(extra)}".utf8)[...]
    }

    func testAnotherDesksRecordMayChangeButNotBeMadeOrRemovedAndALedgerEntryNeverChanges() {
        let space = DeskClaim.lettered("L")
        var change = Forgeries.Change()
        change.added = [line("L01-9"), line("L01-2", ",\"status\":\"claimed\""), line("L02-4"), line("L01-3")]
        change.kept = change.added
        change.removed = [line("L01-2"), line("L01-5"), line("L01-3")]
        var file = Forgeries.InFile()
        file.merge(shardChange: change, signer: "02", claim: space.desk(of:), appendOnly: false)
        XCTAssertEqual(file.added, ["L01-9": "02"], "made in desk 01's space; L01-2 only changed, L01-3 only moved")
        XCTAssertEqual(file.removed, ["L01-5": "02"])
        var ledger = Forgeries.InFile()
        ledger.merge(shardChange: change, signer: "02", claim: space.desk(of:), appendOnly: true)
        XCTAssertEqual(ledger.added, ["L01-9": "02", "L01-2": "02"], "an entry is never rewritten")
        var own = Forgeries.InFile()
        own.merge(shardChange: change, signer: "01", claim: space.desk(of:), appendOnly: true)
        XCTAssertEqual(own.added, ["L02-4": "01"], "desk 01 may write its own lines, not desk 02's")
        XCTAssertTrue(own.removed.isEmpty)
    }

    func testAJournalLineNamesItsDeskOrItsLedgerEntrysDesk() {
        let kinds = Desk.all.flatMap(\.kinds)
        XCTAssertEqual(
            Sync.claim(
                ofLine: Array(#"{"at":"x","desk":"03","kind":"members","id":"8801"}"#.utf8)[...],
                registry: false, kinds: kinds), "03")
        XCTAssertEqual(
            Sync.claim(
                ofLine: Array(#"{"at":"x","kind":"ledger","id":"8801.01-2"}"#.utf8)[...],
                registry: false, kinds: kinds), "01")
        XCTAssertNil(
            Sync.claim(
                ofLine: Array(#"{"at":"x","kind":"lostfound","id":"L01-2"}"#.utf8)[...],
                registry: false, kinds: kinds), "any desk may change another desk's lost item")
        XCTAssertEqual(
            Sync.claim(ofLine: Array(#"{"id":"02","clerk":"x"}"#.utf8)[...], registry: true, kinds: kinds),
            "02")
    }

    /// The screen keeps a forged line out (the record stays as this desk had it) and keeps a
    /// line of this desk's that another desk's commit removed.
    func testTheScreenKeepsForgedLinesOutAndForgedRemovalsIn() throws {
        let check = LineCheck.of(LedgerEntry.self)
        var forged = Forgeries.InFile()
        forged.added["x.01-9"] = "02"
        forged.removed["x.01-1"] = "02"
        let old = Array("{\"id\":\"x.01-1\"}\n".utf8)
        let new = Array("{\"id\":\"x.01-9\"}\n".utf8)
        let r = IncomingScreen.shard(new, old: old, path: "ledger/00.jsonl", check: check, shards: 256, forged: forged)
        XCTAssertEqual(Set(r.refused.map(\.id)), ["x.01-9", "x.01-1"])
        XCTAssertEqual(Set(r.refused.map(\.problem)), [.forged])
        XCTAssertEqual(Set(r.refused.compactMap(\.sender)), ["02"])
        XCTAssertEqual(String(decoding: r.bytes, as: UTF8.self), "{\"id\":\"x.01-1\"}\n")
    }
}
