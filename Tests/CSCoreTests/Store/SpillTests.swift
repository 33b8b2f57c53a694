import Foundation
import XCTest

@testable import CSCore

/// Issue 16: a bulk change stages what it writes on disk once it outgrows `Store.spillBytes`,
/// so an import's memory does not grow with its file. Staging must change nothing a command
/// can see: reads inside the change find staged records, a record staged and written again is
/// stored once (the later version), and a failed commit leaves the directory as it was.
final class SpillTests: XCTestCase {
    var root: String!
    let clock = Clock(now: Instant(parsing: "2026-11-23T10:00:00+08:00", defaultOffset: .utc)!)

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("cs-spill-\(UUID().uuidString)").path
        XCTAssertTrue(try Store(root: root).initialize(clock: clock, clerk: "t"))
    }

    override func tearDown() {
        FileSystem.removeTree(root)
    }

    /// A store that stages after about two notes.
    func smallBudget(_ faults: FaultPlan = .none) -> Store {
        var store = Store(root: root, faults: faults)
        store.spillBytes = 200
        return store
    }

    func notes(_ range: Range<Int>) -> [Note] { range.map { Note(id: "n\($0)", text: "note \($0)") } }

    /// Every file of the data directory but the locks, by path: what a failed change must not alter.
    func snapshot() throws -> [String: Data] {
        var out = [String: Data]()
        let base = URL(fileURLWithPath: root)
        for case let url as URL in FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)! {
            guard !url.hasDirectoryPath, !url.lastPathComponent.hasSuffix(".lock") else { continue }
            out[url.path] = try Data(contentsOf: url)
        }
        return out
    }

    func spillDirectories() -> [String] { FileSystem.list(root).filter { $0.hasSuffix("-spill") } }

    func testAStagedChangeCommitsEveryRecordAndLeavesNoStagingBehind() throws {
        let store = smallBudget()
        var staged = false
        try store.change(clerk: "t", command: "bulk", clock: clock) { txn in
            for n in notes(0..<60) { try txn.insert(n, action: "insert") }
            staged = txn.spill != nil
        }
        XCTAssertTrue(staged, "60 notes are over a 200-byte budget")
        let stored = try store.scan(Note.self).records
        XCTAssertEqual(stored.sorted { $0.id < $1.id }, notes(0..<60).sorted { $0.id < $1.id })
        XCTAssertEqual(try store.readJournal().entries.filter { $0.command == "bulk" }.count, 60, "every journal line")
        XCTAssertEqual(spillDirectories(), [])
        // Into shards that now exist: appended, and still each note once.
        try store.change(clerk: "t", command: "bulk", clock: clock) { txn in
            for n in notes(60..<120) { try txn.insert(n, action: "insert") }
        }
        XCTAssertEqual(try store.scan(Note.self).records.count, 120)
        XCTAssertEqual(Set(try store.scan(Note.self).records.map(\.id)).count, 120)
    }

    func testStagedRecordsAreSeenAndAWriteAfterStagingWins() throws {
        let store = smallBudget()
        try store.change(clerk: "t", command: "bulk", clock: clock) { txn in
            for n in notes(0..<40) { try txn.insert(n, action: "insert") }
            XCTAssertNotNil(txn.spill)
            XCTAssertEqual(try txn.get(Note.self, id: "n3")?.text, "note 3", "read back from staging")
            XCTAssertTrue(try txn.has(Note.self, id: "n5"))
            let key = Note.shardKey(forID: "n7")
            XCTAssertTrue(try txn.records(Note.self, shardKey: key) { _ in true }.contains { $0.id == "n7" })
            try txn.put(Note(id: "n3", text: "changed"), action: "put")
            txn.delete(Note.self, id: "n5")
            XCTAssertEqual(try txn.get(Note.self, id: "n3")?.text, "changed")
            XCTAssertFalse(try txn.has(Note.self, id: "n5"))
        }
        let stored = try store.scan(Note.self).records
        XCTAssertEqual(stored.filter { $0.id == "n3" }.map(\.text), ["changed"], "once, the later version")
        XCTAssertFalse(stored.contains { $0.id == "n5" })
        XCTAssertEqual(stored.count, 39)
    }

    func testAFailedStagedCommitChangesNothing() throws {
        try smallBudget().change(clerk: "t", command: "seed", clock: clock) { txn in
            for n in notes(0..<10) { try txn.insert(n, action: "insert") }
        }
        let before = try snapshot()
        // New shards created, old ones appended to, then the journal write fails.
        let failing = smallBudget(FaultPlan(failWritesMatching: "journal"))
        XCTAssertThrowsError(
            try failing.change(clerk: "t", command: "bulk", clock: clock) { txn in
                for n in notes(10..<80) { try txn.insert(n, action: "insert") }
            })
        XCTAssertEqual(try snapshot(), before)
        XCTAssertEqual(spillDirectories(), [])
    }

    func testAStagedCommitAbandonedHalfWayIsRolledBackByTheNextCommand() throws {
        try smallBudget().change(clerk: "t", command: "seed", clock: clock) { txn in
            for n in notes(0..<10) { try txn.insert(n, action: "insert") }
        }
        let before = try snapshot()
        // Shards created and appended to, then the process stops as if killed.
        let abandoning = smallBudget(FaultPlan(failWritesMatching: "journal", abandonOnFault: true))
        XCTAssertThrowsError(
            try abandoning.change(clerk: "t", command: "bulk", clock: clock) { txn in
                for n in notes(10..<80) { try txn.insert(n, action: "insert") }
            })
        XCTAssertNotEqual(try snapshot(), before, "the half-done commit is on disk")
        try Store(root: root).change(clerk: "t", command: "next", clock: clock) { _ in }
        XCTAssertEqual(try snapshot(), before)
        XCTAssertEqual(try Store(root: root).scan(Note.self).records.count, 10)
    }

    func testTheStreamReadsRowsAsTheWholeFileParserDoes() throws {
        // A quoted field with line breaks across the stream's 1 MB chunk boundary, CRLF, a BOM,
        // blank lines.
        var text = "\u{FEFF}card,name,note\r\n"
        var n = 0
        while text.utf8.count < (1 << 20) + 5_000 {
            text += "\(n),\"name \(n)\",\"a note\nover \"\"two\"\" lines\"\r\n"
            if n % 97 == 0 { text += "\n" }
            n += 1
        }
        let bytes = Array(text.utf8)
        let whole = try CSVReader.parse(bytes)
        var stream = try CSVStream(.bytes(bytes))
        var streamed = [CSVReader.Row]()
        while let row = try stream.next() { streamed.append(row) }
        XCTAssertEqual(streamed.count, whole.count)
        XCTAssertEqual(streamed.map(\.fields), whole.map(\.fields))
        XCTAssertEqual(streamed.map(\.line), whole.map(\.line), "line numbers for the error messages")
        XCTAssertEqual(streamed.first?.fields.first, "card", "the BOM is not part of the first field")
    }

    func testAFileChangedBetweenThePassesIsRefusedAndNothingIsImported() throws {
        let file = "\(root!)-import.csv"
        defer { unlink(file) }
        var csv = "name,phone,birthday\n"
        for i in 0..<1500 { csv += "会员\(i),139\(String(format: "%08d", i)),1990-01-01\n" }
        try Data(csv.utf8).write(to: URL(fileURLWithPath: file))
        let store = Store(root: root)
        let desk = MemberDesk(DeskContext(store: store, config: try Config.load(from: store), clock: clock, clerk: "t"))
        var changed = false
        XCTAssertThrowsError(
            try desk.importMembers(from: .file(file), dryRun: false) { progress in
                // Someone saves the file again while the second pass is reading it.
                guard progress.phase == .importing, !changed else { return }
                changed = true
                let h = FileHandle(forWritingAtPath: file)!
                h.seekToEndOfFile()
                h.write(Data("迟到,13900009999,1990-01-01\n".utf8))
                h.closeFile()
            }
        ) { error in
            XCTAssertEqual(error as? MemberError, .importRejected([PlacedImportProblem(.file, .fileChanged)]))
        }
        XCTAssertTrue(changed)
        XCTAssertEqual(try store.scan(Member.self).records.count, 0)
        // Read again from the start, the same file imports whole.
        XCTAssertEqual(try desk.importMembers(from: .file(file), dryRun: false).members, 1501)
    }
}
