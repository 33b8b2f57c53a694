import Foundation
import XCTest

@testable import CSCore

/// Issue 9's store holes, in process: the undo record's paths, a rollback that fails, the
/// reader's view, the lock's waiters, backups' checksums.
final class StoreSafetyTests: XCTestCase {
    var root: String!
    let clock = Clock(now: Instant(parsing: "2026-11-23T10:00:00+08:00", defaultOffset: .utc)!)

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("cs-safety-\(UUID().uuidString)").path
        XCTAssertTrue(try Store(root: root).initialize(clock: clock, clerk: "t"))
    }

    func put(_ store: Store, _ notes: Note...) throws {
        try store.change(clerk: "t", command: "test", clock: clock) { txn in
            for n in notes { try txn.put(n, action: "put") }
        }
    }

    func writeUndo(_ text: String) throws {
        try text.write(toFile: "\(root!)/txn.json", atomically: true, encoding: .utf8)
    }

    func testAnUndoRecordNamingAPathOutsideTheJournalIsNeverApplied() throws {
        let store = Store(root: root)
        let config = try FileSystem.read(store.configPath)!
        try writeUndo(
            #"{"txn":"x","records":[],"created":[],"files":[],"journal":{"path":"\#(root!)/journal/../config.json","size":0}}"#
        )
        XCTAssertThrowsError(try put(store, Note(id: "a", text: "x"))) { e in
            guard case .undoRecordDamaged? = e as? StoreError else { return XCTFail("\(e)") }
        }
        XCTAssertEqual(try FileSystem.read(store.configPath), config, "config.json was not truncated")
    }

    func testAnUndoRecordCannotReachOutsideTheRootThroughCreatedShardsOrFiles() throws {
        let store = Store(root: root)
        let outside = root + "-outside.jsonl"
        try "keep\n".write(toFile: outside, atomically: true, encoding: .utf8)
        for undo in [
            #"{"txn":"x","records":[],"created":["\#(root!)/../\#((outside as NSString).lastPathComponent)"],"files":[]}"#,
            #"{"txn":"x","records":[],"created":[],"files":[{"path":"../x.json","old":"{}"}]}"#,
            #"{"txn":"x","records":[{"kind":"../etc","shards":4,"key":"a","id":"a","old":null}],"created":[],"files":[]}"#,
        ] {
            try writeUndo(undo)
            XCTAssertThrowsError(try store.recover(), undo)
        }
        XCTAssertEqual(try String(contentsOfFile: outside, encoding: .utf8), "keep\n")
    }

    func testDoctorRepairMovesAGarbageUndoRecordAsideAndChangesGoOn() throws {
        let store = Store(root: root)
        try writeUndo("this is not JSON")
        XCTAssertThrowsError(try put(store, Note(id: "a", text: "x")))
        let aside = try store.setAsideDamagedUndoRecord(clerk: "t", clock: clock)
        XCTAssertEqual(aside, "\(root!)/txn.json.damaged-20261123-100000")
        XCTAssertEqual(
            try String(contentsOfFile: aside!, encoding: .utf8), "this is not JSON", "kept for a person to read")
        try put(store, Note(id: "a", text: "x"))
        XCTAssertEqual(try store.get(Note.self, id: "a")?.text, "x")
        // A second damaged record the same second gets its own name.
        try writeUndo("again")
        XCTAssertEqual(
            try store.setAsideDamagedUndoRecord(clerk: "t", clock: clock), "\(root!)/txn.json.damaged-20261123-100000-2"
        )
    }

    func testAChangeThatCannotBeWrittenOutOrTakenBackSaysSoAndTheNextCommandFinishesIt() throws {
        let store = Store(root: root)
        try put(store, Note(id: "a", text: "old"))
        let shard = store.shardPath(kind: "notes", shardCount: 4, key: "a")
        // The shard's write fails, and so does putting its old inode back.
        var failing = store
        failing.faults = FaultPlan(failWritesMatching: ".jsonl", failRollback: true)
        XCTAssertThrowsError(try put(failing, Note(id: "a", text: "new"))) { e in
            // The record is flushed, the shard's write fails and so does taking the change back.
            guard case .commitUnfinished(let path, let cause, let rollback)? = e as? StoreError else {
                return XCTFail("\(e)")
            }
            XCTAssertEqual(path, store.logPath)
            XCTAssertTrue(cause.contains(shard), cause)
            XCTAssertTrue(rollback.contains(shard), rollback)
        }
        XCTAssertTrue(FileSystem.exists(store.transactionPath), "the redo marker stays")
        // The next command, on a healthy disk, finishes the change the log holds.
        var reader = Store(root: root)
        reader.readView = ReadView(timeoutMilliseconds: 1000)
        XCTAssertEqual(try reader.get(Note.self, id: "a")?.text, "new")
        reader.readView?.end()
        XCTAssertFalse(FileSystem.exists(store.transactionPath))
    }

    func testAReaderFinishesTheChangeOfADeadWriterBeforeReading() throws {
        var store = Store(root: root)
        try put(store, Note(id: "a", text: "first"))
        // A writer that dies after its record and the shard, before the journal and the marker's removal.
        store.faults = FaultPlan(failWritesMatching: "journal", abandonOnFault: true)
        XCTAssertThrowsError(try put(store, Note(id: "a", text: "second"), Note(id: "b", text: "new")))
        XCTAssertTrue(FileSystem.exists(store.transactionPath))
        var reader = Store(root: root)
        reader.readView = ReadView(timeoutMilliseconds: 1000)
        XCTAssertEqual(try reader.get(Note.self, id: "a")?.text, "second")
        XCTAssertEqual(try reader.get(Note.self, id: "b")?.text, "new")
        XCTAssertEqual(try reader.scan(Note.self).records.count, 2)
        reader.readView?.end()
        XCTAssertFalse(FileSystem.exists(store.transactionPath))
        XCTAssertEqual(try store.readJournal().entries.filter { $0.kind == "notes" }.count, 3)
    }

    func testAFailureBeforeTheRecordIsFlushedChangesNothing() throws {
        var store = Store(root: root)
        try put(store, Note(id: "a", text: "old"))
        let logSize = FileSystem.size(store.logPath)
        store.faults = FaultPlan(failWritesMatching: "cs.wal")
        XCTAssertThrowsError(try put(store, Note(id: "a", text: "new"))) { e in
            guard case .io(let path, _, _)? = e as? StoreError else { return XCTFail("\(e)") }
            XCTAssertEqual(path, store.logPath)
        }
        XCTAssertEqual(FileSystem.size(store.logPath), logSize, "no half record left")
        XCTAssertFalse(FileSystem.exists(store.transactionPath))
        XCTAssertEqual(try Store(root: root).get(Note.self, id: "a")?.text, "old")
    }

    func testARollbackThatFailsSaysSoAndKeepsTheUndoRecordForTheNextCommand() throws {
        // A bulk change keeps the undo record (its staged lines are not written twice).
        var store = Store(root: root)
        store.spillBytes = 1
        try put(store, Note(id: "a", text: "old"))
        let shard = store.shardPath(kind: "notes", shardCount: 4, key: "a")
        var failing = store
        failing.faults = FaultPlan(failWritesMatching: ".jsonl")
        XCTAssertThrowsError(try put(failing, Note(id: "a", text: "new"))) { e in
            guard case .rollbackIncomplete(_, let cause, let rollback)? = e as? StoreError else {
                return XCTFail("\(e)")
            }
            XCTAssertNotNil(cause)
            XCTAssertTrue(rollback.contains(shard), rollback)
        }
        XCTAssertTrue(FileSystem.exists(store.transactionPath), "the undo record stays")
        XCTAssertEqual(try Store(root: root).get(Note.self, id: "a")?.text, "old")
        try put(Store(root: root), Note(id: "b", text: "next"))
        XCTAssertFalse(FileSystem.exists(store.transactionPath))
        XCTAssertEqual(try Store(root: root).get(Note.self, id: "a")?.text, "old")
    }

    func testACommitWaitsForReadersAndReadersWaitForACommit() throws {
        var reader = Store(root: root)
        reader.readView = ReadView(timeoutMilliseconds: 1000)
        _ = try reader.get(Note.self, id: "a")  // holds the shared commit lock
        var writer = Store(root: root)
        writer.lockTimeoutMilliseconds = 100
        XCTAssertThrowsError(try put(writer, Note(id: "a", text: "x"))) { e in
            guard case .lockTimeout(let path, _, _)? = e as? StoreError else { return XCTFail("\(e)") }
            XCTAssertTrue(path.hasSuffix("cs.commit.lock"))
        }
        reader.readView?.end()
        try put(writer, Note(id: "a", text: "x"))
        XCTAssertEqual(try reader.get(Note.self, id: "a")?.text, "x")
        reader.readView?.end()
    }

    func testALockWaiterIsWokenWhenTheHolderLetsGo() throws {
        let store = Store(root: root)
        let held = try DirectoryLock.acquire(
            path: store.lockPath, holder: "pid 1, clerk bob, since now", timeoutMilliseconds: 0)
        let release = DispatchTime.now() + .milliseconds(300)
        DispatchQueue.global().asyncAfter(deadline: release) { held.release() }
        var waiting = store
        waiting.lockTimeoutMilliseconds = 5_000
        try put(waiting, Note(id: "w", text: "after the wait"))
        XCTAssertEqual(try store.get(Note.self, id: "w")?.text, "after the wait")
    }

    func testSideDirectoriesNeverReuseAName() throws {
        let base = root + ".side"
        let a = try FileSystem.makeUniqueDirectory(base: base)
        let b = try FileSystem.makeUniqueDirectory(base: base)
        XCTAssertEqual(a, base)
        XCTAssertEqual(b, base + "-2")
    }

    func testSHA256MatchesTheStandardVectors() {
        XCTAssertEqual(
            SHA256.hex(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex([]), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        XCTAssertEqual(SHA256.hex(long), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        var h = SHA256()
        for _ in 0..<1000 { h.update(Array(repeating: 0x61, count: 1000)) }
        XCTAssertEqual(h.finalHex(), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
