import Foundation
import XCTest

@testable import CSCore

/// The redo log's promise under damage: whatever a crash or a power cut leaves of the log, the
/// next command sees exactly the changes whose commands said "done".
extension StoreTests {
    /// The log as the next boot of the machine finds it: the same records, another boot's header.
    func fromAnotherBoot(_ log: [UInt8]) -> [UInt8] {
        var log = log
        let header = WriteAheadLog.header(boot: FileSystem.bootIdentity())
        log.replaceSubrange(0..<header.count, with: WriteAheadLog.header(boot: String(repeating: "0", count: 36)))
        return log
    }

    func readAsAReader(_ store: Store, _ id: String) throws -> String? {
        var reader = store
        reader.readView = ReadView(timeoutMilliseconds: 1000)
        defer { reader.readView?.end() }
        return try reader.get(Note.self, id: id)?.text
    }

    func testALastRecordTornAtAnyByteOrWithAFlippedByteRecoversToTheLastCommittedChange() throws {
        let store = Store(root: root)
        try put(store, Note(id: "a", text: "one"))
        try store.checkpoint()
        let shard = store.shardPath(kind: "notes", shardCount: 4, key: "a")
        let atCheckpoint = try XCTUnwrap(FileSystem.read(shard))
        try put(store, Note(id: "a", text: "two"))
        let committed = try XCTUnwrap(FileSystem.read(store.logPath))
        let written = try XCTUnwrap(FileSystem.read(shard))
        // The record of a change whose command never returned: cut at every byte, or whole with
        // any one byte flipped.
        let line = #"{"id":"a","schema":1,"text":"three","updatedAt":"2026-11-23T10:00:00+08:00"}"#
        let last = WriteAheadLog.encode(
            .init(
                txn: "t9",
                operations: [
                    .shard(
                        path: "notes/" + Shards.shardName(id: "a", shardCount: 4),
                        lines: [.init(id: "a", text: Array(line.utf8))])
                ]))
        var tails = (0..<last.count).map { Array(last.prefix($0)) }
        for i in last.indices {
            var flipped = last
            flipped[i] ^= 0x5A
            tails.append(flipped)
        }
        let journal = try store.readJournal().entries.count
        for (n, tail) in tails.enumerated() {
            // Killed on this boot: the "redo" marker is there and the shard holds "two".
            try FileSystem.writeAtomically(store.logPath, committed + tail)
            try FileSystem.writeAtomically(shard, written)
            try FileSystem.writeAtomically(
                store.transactionPath,
                UndoRecord(txn: "t9", redo: true).encoded(root: root) { _, _, _ in "" })
            XCTAssertEqual(try readAsAReader(store, "a"), "two", "killed, tail \(n)")
            XCTAssertFalse(FileSystem.exists(store.transactionPath))
            XCTAssertEqual(FileSystem.size(store.logPath), 0, "tail \(n) cut and the log checkpointed")
            // The machine stopped: no marker, and the shard's page for "two" never reached the disk.
            try FileSystem.writeAtomically(store.logPath, fromAnotherBoot(committed) + tail)
            try FileSystem.writeAtomically(shard, atCheckpoint)
            XCTAssertEqual(try readAsAReader(store, "a"), "two", "power cut, tail \(n)")
            XCTAssertEqual(FileSystem.size(store.logPath), 0)
        }
        XCTAssertEqual(try store.readJournal().entries.count, journal, "no journal line lost or doubled")
        try put(store, Note(id: "a", text: "four"))
        XCTAssertEqual(try readAsAReader(store, "a"), "four", "the desk works on")
    }

    func testADirectoryCopiedAtTheCommitPointRecoversToTheCommittedChange() throws {
        var store = Store(root: root)
        try put(store, Note(id: "a", text: "one"))
        let source = root!
        let copy = root + "-at-commit"
        var plan = FaultPlan()
        plan.atCommitPoint = { try? FileManager.default.copyItem(atPath: source, toPath: copy) }
        store.faults = plan
        try put(store, Note(id: "a", text: "two"), Note(id: "b", text: "new"))
        let shard = store.shardPath(kind: "notes", shardCount: 4, key: "a")
        let inCopy = try XCTUnwrap(FileSystem.read(copy + shard.dropFirst(root.count)))
        let copied = String(decoding: inCopy, as: UTF8.self)
        XCTAssertTrue(copied.contains("\"one\""), "copied before any shard was written")
        // A power cut there: the log is on the disk; the marker, written without a flush, may be or not.
        for markerSurvived in [true, false] {
            let disk = copy + (markerSurvived ? "-marker" : "-none")
            try FileManager.default.copyItem(atPath: copy, toPath: disk)
            let restarted = Store(root: disk)
            if !markerSurvived { try FileSystem.remove(restarted.transactionPath) }
            XCTAssertEqual(FileSystem.exists(restarted.transactionPath), markerSurvived)
            let log = try XCTUnwrap(FileSystem.read(restarted.logPath))
            try FileSystem.writeAtomically(restarted.logPath, fromAnotherBoot(log))
            XCTAssertEqual(try readAsAReader(restarted, "a"), "two", "marker \(markerSurvived)")
            XCTAssertEqual(try readAsAReader(restarted, "b"), "new")
            let notes = try restarted.readJournal().entries.filter { $0.kind == "notes" }
            XCTAssertEqual(notes.count, 3, "journalled once")
            XCTAssertEqual(try Doctor(store: restarted, kinds: []).examine().problems.map(\.path), [])
        }
    }
}
