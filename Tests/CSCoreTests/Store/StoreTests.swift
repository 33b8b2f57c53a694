import Foundation
import XCTest

@testable import CSCore

/// A small record kind for exercising the store on its own.
struct Note: Record, Equatable {
    static let kind = "notes"
    static var fixedShardCount: Int? { 4 }
    let id: String
    var text: String
    init(id: String, text: String) {
        self.id = id
        self.text = text
    }
    init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        text = try d.string("text")
    }
    func write(into o: inout JSONObject) { o.add("text", text) }
}

final class StoreTests: XCTestCase {
    var root: String!
    let clock = Clock(now: Instant(parsing: "2026-11-23T10:00:00+08:00", defaultOffset: .utc)!)

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("cs-store-\(UUID().uuidString)").path
        XCTAssertTrue(try Store(root: root).initialize(clock: clock, clerk: "t"))
    }

    func put(_ store: Store, _ notes: Note...) throws {
        try store.change(clerk: "t", command: "test", clock: clock) { txn in
            for n in notes { try txn.put(n, action: "put") }
        }
    }

    func testARecordIsStoredAsOneLineWithIdSchemaAndUpdatedAt() throws {
        let store = Store(root: root)
        try put(store, Note(id: "a", text: "hello"))
        XCTAssertEqual(try store.get(Note.self, id: "a"), Note(id: "a", text: "hello"))
        let path = store.shardPath(kind: "notes", shardCount: 4, key: "a")
        let text = String(decoding: try FileSystem.read(path)!, as: UTF8.self)
        XCTAssertEqual(
            text, "{\"id\":\"a\",\"schema\":1,\"text\":\"hello\",\"updatedAt\":\"2026-11-23T10:00:00+08:00\"}\n")
        XCTAssertEqual(FileSystem.mode(path), 0o600)
    }

    func testAnUpdateReplacesTheLineAndTheJournalRecordsBeforeAndAfter() throws {
        let store = Store(root: root)
        try put(store, Note(id: "a", text: "one"))
        try put(store, Note(id: "a", text: "two"))
        XCTAssertEqual(try store.scan(Note.self).records, [Note(id: "a", text: "two")])
        let j = try store.readJournal().entries.filter { $0.kind == "notes" }
        XCTAssertEqual(j.map { $0.before?["text"]?.string }, [nil, "one"])
        XCTAssertEqual(j.map { $0.after?["text"]?.string }, ["one", "two"])
    }

    func testAFailedWriteLeavesThePreviousStateAndNoTempFile() throws {
        var store = Store(root: root)
        try put(store, Note(id: "a", text: "one"))
        // The second shard written fails: the first was already replaced and must be put back.
        let pathB = store.shardPath(kind: "notes", shardCount: 4, key: "b")
        XCTAssertNotEqual(pathB, store.shardPath(kind: "notes", shardCount: 4, key: "a"))
        store.faults = FaultPlan(failWritesMatching: String(pathB.split(separator: "/").last!))
        XCTAssertThrowsError(try put(store, Note(id: "a", text: "two"), Note(id: "b", text: "new"))) { e in
            guard case .io(let path, _, let reason)? = e as? StoreError else { return XCTFail("\(e)") }
            XCTAssertEqual(path, pathB)
            XCTAssertEqual(reason, "injected fault")
        }
        store.faults = .none
        XCTAssertEqual(try store.get(Note.self, id: "a")?.text, "one", "rolled back at once")
        XCTAssertNil(try store.get(Note.self, id: "b"))
        XCTAssertFalse(FileSystem.exists(store.transactionPath))
        XCTAssertFalse(FileSystem.list("\(root!)/notes").contains { $0.hasPrefix(".tmp-") })
        XCTAssertEqual(
            try store.readJournal().entries.filter { $0.kind == "notes" }.count, 1,
            "the failed change is not journalled")
    }

    func testACrashPartWayIsFinishedByTheNextChange() throws {
        var store = Store(root: root)
        try put(store, Note(id: "a", text: "one"))
        let pathB = store.shardPath(kind: "notes", shardCount: 4, key: "b")
        // Die after the log's record is flushed and a's shard replaced, before b's: as a SIGKILL
        // would leave it. The record is the commit point: the change happened.
        store.faults = FaultPlan(failWritesMatching: String(pathB.split(separator: "/").last!), abandonOnFault: true)
        XCTAssertThrowsError(try put(store, Note(id: "a", text: "two"), Note(id: "b", text: "new")))
        store.faults = .none
        XCTAssertTrue(FileSystem.exists(store.transactionPath), "the redo marker says the files are behind the log")
        XCTAssertNil(try store.get(Note.self, id: "b"), "half-applied until someone takes the lock")
        try store.change(clerk: "t", command: "noop", clock: clock) { _ in }
        XCTAssertEqual(try store.get(Note.self, id: "a")?.text, "two")
        XCTAssertEqual(try store.get(Note.self, id: "b")?.text, "new")
        XCTAssertFalse(FileSystem.exists(store.transactionPath))
        XCTAssertEqual(try store.readJournal().entries.filter { $0.kind == "notes" }.count, 3, "journalled once")
    }

    func testACrashWhileTheRecordIsWrittenChangesNothing() throws {
        let store = Store(root: root)
        try put(store, Note(id: "a", text: "one"))
        try store.checkpoint()
        // What a kill in the middle of the record's write leaves: half a record and the marker.
        let line = #"{"id":"a","schema":1,"text":"torn","updatedAt":"2026-11-23T10:00:00+08:00"}"#
        let record = WriteAheadLog.encode(
            .init(
                txn: "t1",
                operations: [
                    .shard(
                        path: "notes/" + Shards.shardName(id: "a", shardCount: 4),
                        lines: [.init(id: "a", text: Array(line.utf8))])
                ]))
        let torn = WriteAheadLog.header(boot: FileSystem.bootIdentity()) + record.prefix(record.count - 3)
        try FileSystem.writeAtomically(store.logPath, torn)
        try FileSystem.writeAtomically(
            store.transactionPath,
            UndoRecord(txn: "t1", redo: true).encoded(root: root) { _, _, _ in "" })
        var reader = Store(root: root)
        reader.readView = ReadView(timeoutMilliseconds: 1000)
        XCTAssertEqual(try reader.get(Note.self, id: "a")?.text, "one", "a torn record never happened")
        reader.readView?.end()
        XCTAssertFalse(FileSystem.exists(store.transactionPath))
        XCTAssertEqual(FileSystem.size(store.logPath), 0, "the torn tail is cut and the log checkpointed")
        try put(store, Note(id: "a", text: "three"))
        XCTAssertEqual(try store.get(Note.self, id: "a")?.text, "three")
    }

    func testAChangeIsInTheLogUntilACheckpointAndTheLogReplaysIdempotently() throws {
        let store = Store(root: root)
        try put(store, Note(id: "a", text: "one"), Note(id: "b", text: "x"))
        try put(store, Note(id: "a", text: "two"))
        try store.change(clerk: "t", command: "test", clock: clock) { txn in txn.delete(Note.self, id: "b") }
        let contents = try XCTUnwrap(try store.readLog())
        XCTAssertEqual(contents.boot, FileSystem.bootIdentity())
        XCTAssertEqual(contents.records.count, 3, "one record a change")
        let shard = store.shardPath(kind: "notes", shardCount: 4, key: "a")
        let after = try FileSystem.read(shard)
        let journal = try store.readJournal().entries.count
        // Replayed over the files as they are (every change already in them), twice: nothing moves.
        for _ in 0..<2 {
            for r in contents.records { for op in r.operations { try store.redo(op) } }
        }
        XCTAssertEqual(try FileSystem.read(shard), after)
        XCTAssertNil(try store.get(Note.self, id: "b"), "a removal stays removed")
        XCTAssertEqual(try store.readJournal().entries.count, journal, "no journal line twice")
        try store.checkpoint()
        XCTAssertEqual(FileSystem.size(store.logPath), 0)
        XCTAssertEqual(try store.get(Note.self, id: "a")?.text, "two")
    }

    func testTheLogIsCheckpointedOnceItPassesItsSize() throws {
        var store = Store(root: root)
        try put(store, Note(id: "a", text: "one"))
        try put(store, Note(id: "b", text: "two"))
        let grown = try XCTUnwrap(FileSystem.size(store.logPath))
        XCTAssertGreaterThan(grown, 0, "below the size, the log keeps the records")
        store.checkpointBytes = grown + 1
        try put(store, Note(id: "c", text: "three"))
        XCTAssertEqual(FileSystem.size(store.logPath), 0, "past it, the commit checkpoints")
        XCTAssertEqual(try store.scan(Note.self).records.map(\.text).sorted(), ["one", "three", "two"])
    }

    func testALogStartedInAnotherBootIsReplayedBeforeAnythingIsRead() throws {
        let store = Store(root: root)
        try put(store, Note(id: "a", text: "one"))
        try store.checkpoint()
        let shard = store.shardPath(kind: "notes", shardCount: 4, key: "a")
        let atCheckpoint = try XCTUnwrap(FileSystem.read(shard))
        try put(store, Note(id: "a", text: "two"))
        // The machine stopped before the shard's new page reached the disk: the file is as it was
        // at the checkpoint, and the log names another boot.
        let log = try XCTUnwrap(FileSystem.read(store.logPath))
        try FileSystem.writeAtomically(store.logPath, fromAnotherBoot(log))
        try FileSystem.writeAtomically(shard, atCheckpoint)
        XCTAssertEqual(try readAsAReader(store, "a"), "two", "replayed before the read")
        XCTAssertEqual(FileSystem.size(store.logPath), 0)
    }

    func testAnEditedLogIsNotReplayedOutsideTheDataDirectory() throws {
        let store = Store(root: root)
        try put(store, Note(id: "a", text: "one"))
        let record = WriteAheadLog.encode(
            .init(
                txn: "t1",
                operations: [
                    .file(path: "../outside.json", bytes: Array("{}".utf8))
                ]))
        try FileSystem.writeAtomically(store.logPath, WriteAheadLog.header(boot: "another") + record)
        XCTAssertThrowsError(try store.change(clerk: "t", command: "noop", clock: clock) { _ in }) { e in
            guard case .undoRecordDamaged(let path, let reason)? = e as? StoreError else { return XCTFail("\(e)") }
            XCTAssertEqual(path, store.logPath)
            XCTAssertTrue(reason.contains("../outside.json"), reason)
        }
        XCTAssertFalse(FileSystem.exists(FileSystem.parentOf(root) + "/outside.json"))
        // doctor --repair's first step: kept aside for a person to read, and the desk works again.
        XCTAssertEqual(
            try store.setAsideDamagedUndoRecord(clerk: "t", clock: clock),
            "\(root!)/cs.wal.damaged-20261123-100000")
        try put(store, Note(id: "a", text: "two"))
        XCTAssertEqual(try store.get(Note.self, id: "a")?.text, "two")
    }

    func testACrashAfterTheFilesAreWrittenKeepsTheChangeAndJournalsItOnce() throws {
        var store = Store(root: root)
        try put(store, Note(id: "a", text: "one"))
        let before = try store.readJournal().entries.count
        // Everything applied and journalled; killed before the redo marker was removed.
        store.faults = FaultPlan(failWritesMatching: "#commit", abandonOnFault: true)
        XCTAssertThrowsError(try put(store, Note(id: "a", text: "two")))
        store.faults = .none
        try store.change(clerk: "t", command: "noop", clock: clock) { _ in }
        XCTAssertEqual(try store.get(Note.self, id: "a")?.text, "two", "committed when its record was flushed")
        XCTAssertEqual(try store.readJournal().entries.count, before + 1, "the replay does not journal it twice")
    }

    func testAFailureWritingTheUndoRecordChangesNothing() throws {
        var store = Store(root: root)
        try put(store, Note(id: "a", text: "one"))
        store.faults = FaultPlan(failWritesMatching: "txn.json")
        XCTAssertThrowsError(try put(store, Note(id: "a", text: "two")))
        store.faults = .none
        try store.change(clerk: "t", command: "noop", clock: clock) { _ in }
        XCTAssertEqual(try store.get(Note.self, id: "a")?.text, "one")
    }

    func testAThrowingChangeWritesNothing() throws {
        let store = Store(root: root)
        struct Refusal: Error {}
        XCTAssertThrowsError(
            try store.change(clerk: "t", command: "x", clock: clock) { txn in
                try txn.put(Note(id: "a", text: "x"), action: "put")
                throw Refusal()
            })
        XCTAssertNil(try store.get(Note.self, id: "a"))
        XCTAssertFalse(FileSystem.exists("\(root!)/notes"))
    }

    func testADamagedLineIsReportedAndKeptWhileOtherLinesWork() throws {
        let store = Store(root: root)
        var ids = [String]()
        for i in 0..<40 { ids.append("n\(i)") }
        try store.change(clerk: "t", command: "fill", clock: clock) { txn in
            for id in ids { try txn.put(Note(id: id, text: id), action: "put") }
        }
        let path = store.shardPath(kind: "notes", shardCount: 4, key: "n0")
        var bytes = try FileSystem.read(path)!
        bytes.append(contentsOf: Array("{\"id\":\"broken\",\"text\":".utf8))
        try FileSystem.writeAtomically(path, bytes)
        let scan = try store.scan(Note.self)
        XCTAssertEqual(scan.records.count, 40)
        XCTAssertEqual(scan.problems.count, 1)
        XCTAssertEqual(scan.problems.first?.path, path)
        // Writing to the same shard keeps the damaged bytes (nothing is thrown away).
        try put(store, Note(id: "n0", text: "changed"))
        XCTAssertTrue(
            String(decoding: try FileSystem.read(path)!, as: UTF8.self).contains("{\"id\":\"broken\",\"text\":"))
        XCTAssertEqual(try store.get(Note.self, id: "n0")?.text, "changed")
    }

    func testTheLockTimesOutNamingItsHolder() throws {
        var store = Store(root: root)
        store.lockTimeoutMilliseconds = 50
        let held = try DirectoryLock.acquire(
            path: store.lockPath, holder: "pid 1, clerk bob, since now", timeoutMilliseconds: 0)
        defer { held.release() }
        XCTAssertThrowsError(try put(store, Note(id: "a", text: "x"))) { e in
            guard case .lockTimeout(_, let holder, _)? = e as? StoreError else { return XCTFail("\(e)") }
            XCTAssertTrue(holder.contains("clerk bob"))
        }
    }

    func testSequencesNeverRepeat() throws {
        let store = Store(root: root)
        var seen = Set<Int64>()
        for _ in 0..<5 {
            let n = try store.change(clerk: "t", command: "seq", clock: clock) { txn in try txn.nextNumber("card") }
            XCTAssertTrue(seen.insert(n).inserted)
        }
        XCTAssertEqual(seen, [1, 2, 3, 4, 5])
    }

    func testShardsAreStableAcrossProcesses() {
        // FNV-1a, not Swift's per-process seeded hash: the file a record lives in never moves.
        XCTAssertEqual(
            Shards.shardName(id: "88010000011", shardCount: 256), Shards.shardName(id: "88010000011", shardCount: 256))
        XCTAssertEqual(Shards.hash("a"), 0xE40C_292C)
    }
}
