import Foundation
import XCTest

@testable import CSCore

/// Issue 16: a change that only adds new lines to a shard appends them instead of rewriting the
/// shard; the undo record keeps the shard's old length, so a failure or a crash still leaves the
/// old state, and a pinned reader never reads past the length it pinned.
final class StoreAppendTests: XCTestCase {
    var root: String!
    let clock = Clock(now: Instant(parsing: "2026-11-23T10:00:00+08:00", defaultOffset: .utc)!)

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("cs-append-\(UUID().uuidString)").path
        XCTAssertTrue(try Store(root: root).initialize(clock: clock, clerk: "t"))
    }

    func insert(_ store: Store, _ notes: Note...) throws {
        try store.change(clerk: "t", command: "test", clock: clock) { txn in
            for n in notes { try txn.insert(n, action: "insert") }
        }
    }

    func inode(_ path: String) throws -> UInt64 {
        try XCTUnwrap((try FileManager.default.attributesOfItem(atPath: path))[.systemFileNumber] as? UInt64)
    }

    /// Ids that all land in one shard of the four.
    func sameShard(_ count: Int) -> [String] {
        let home = Shards.shardName(id: "n0", shardCount: 4)
        return (0..<1000).map { "n\($0)" }.filter { Shards.shardName(id: $0, shardCount: 4) == home }
            .prefix(count).map { $0 }
    }

    func testNewLinesAreAppendedToTheShardInPlace() throws {
        let store = Store(root: root)
        let ids = sameShard(3)
        try insert(store, Note(id: ids[0], text: "first"))
        let shard = store.shardPath(kind: "notes", shardCount: 4, key: ids[0])
        let before = try inode(shard)
        let old = try XCTUnwrap(FileSystem.read(shard))
        try insert(store, Note(id: ids[1], text: "second"), Note(id: ids[2], text: "third"))
        XCTAssertEqual(try inode(shard), before, "the same file, appended to (a rewrite renames a new one in)")
        let now = try XCTUnwrap(FileSystem.read(shard))
        XCTAssertEqual(Array(now.prefix(old.count)), old, "the old lines are untouched")
        XCTAssertEqual(try store.scan(Note.self).records.map(\.text).sorted(), ["first", "second", "third"])
        // A replaced line still rewrites the shard.
        try store.change(clerk: "t", command: "test", clock: clock) { txn in
            try txn.put(Note(id: ids[0], text: "changed"), action: "put")
        }
        XCTAssertNotEqual(try inode(shard), before)
        XCTAssertEqual(try store.get(Note.self, id: ids[0])?.text, "changed")
    }

    func testAFailureAfterTheAppendCutsTheShardBack() throws {
        var store = Store(root: root)
        let ids = sameShard(2)
        try insert(store, Note(id: ids[0], text: "kept"))
        let shard = store.shardPath(kind: "notes", shardCount: 4, key: ids[0])
        let old = try XCTUnwrap(FileSystem.read(shard))
        // The journal write after the append fails: the change is rolled back at once.
        store.faults = FaultPlan(failWritesMatching: "journal")
        XCTAssertThrowsError(try insert(store, Note(id: ids[1], text: "never")))
        XCTAssertEqual(try FileSystem.read(shard), old)
        XCTAssertFalse(FileSystem.exists(store.transactionPath))
    }

    func testAWriterKilledAfterTheAppendIsFinishedByTheNextReader() throws {
        var store = Store(root: root)
        let ids = sameShard(3)
        try insert(store, Note(id: ids[0], text: "kept"))
        let shard = store.shardPath(kind: "notes", shardCount: 4, key: ids[0])
        let old = try XCTUnwrap(FileSystem.read(shard))
        let journal = try store.readJournal().entries.count
        // Killed after the log's record and the append, before the journal: committed, half written.
        store.faults = FaultPlan(failWritesMatching: "journal", abandonOnFault: true)
        XCTAssertThrowsError(try insert(store, Note(id: ids[1], text: "committed")))
        XCTAssertNotEqual(try FileSystem.read(shard), old, "the dead writer's line is in the file")
        XCTAssertEqual(try store.readJournal().entries.count, journal, "its journal line is not")
        var reader = Store(root: root)
        reader.readView = ReadView(timeoutMilliseconds: 1000)
        XCTAssertEqual(try reader.get(Note.self, id: ids[1])?.text, "committed", "finished before it is read")
        reader.readView?.end()
        XCTAssertEqual(try store.readJournal().entries.count, journal + 1, "and journalled")
        XCTAssertEqual(
            String(decoding: try XCTUnwrap(FileSystem.read(shard)), as: UTF8.self)
                .components(separatedBy: "\"committed\"").count, 2, "the line is in the shard once")
        try insert(Store(root: root), Note(id: ids[2], text: "next"))
        let texts = try Store(root: root).scan(Note.self).records.map(\.text).sorted()
        XCTAssertEqual(texts, ["committed", "kept", "next"])
    }

    func testAnAppendTornByACrashIsWrittenWholeByTheReplay() throws {
        let store = Store(root: root)
        let ids = sameShard(2)
        try insert(store, Note(id: ids[0], text: "kept"))
        try store.checkpoint()
        let shard = store.shardPath(kind: "notes", shardCount: 4, key: ids[0])
        let old = try XCTUnwrap(FileSystem.read(shard))
        try insert(store, Note(id: ids[1], text: "whole"))
        let new = try XCTUnwrap(FileSystem.read(shard))
        // The power failed with half the appended line on the disk, the marker never written.
        try FileSystem.writeAtomically(shard, Array(new.prefix(old.count + (new.count - old.count) / 2)))
        var log = try XCTUnwrap(FileSystem.read(store.logPath))
        let header = WriteAheadLog.header(boot: FileSystem.bootIdentity())
        log.replaceSubrange(0..<header.count, with: WriteAheadLog.header(boot: String(repeating: "1", count: 36)))
        try FileSystem.writeAtomically(store.logPath, log)
        var reader = Store(root: root)
        reader.readView = ReadView(timeoutMilliseconds: 1000)
        XCTAssertEqual(try reader.scan(Note.self).problems.count, 0, "no damaged line left behind")
        reader.readView?.end()
        XCTAssertEqual(try FileSystem.read(shard), new)
    }

    func testAPinnedShardIsReadAsItWasWhenPinned() throws {
        let store = Store(root: root)
        let ids = sameShard(2)
        try insert(store, Note(id: ids[0], text: "before"))
        let shard = store.shardPath(kind: "notes", shardCount: 4, key: ids[0])
        // What an export does: open under the shared lock, note the length, let go, read later.
        let fd = open(shard, O_RDONLY)
        defer { close(fd) }
        let pinned = try XCTUnwrap(FileSystem.size(shard))
        try insert(store, Note(id: ids[1], text: "after"))
        let read = try XCTUnwrap(try FileSystem.read(descriptor: fd, path: shard, limit: pinned))
        XCTAssertEqual(read.count, pinned, "the line appended after pinning is not part of the export")
        XCTAssertEqual(Shards.lines(read).count, 1)
    }
}

/// The id-free check of a new ledger entry scans a long shard in pieces; a line split across
/// two pieces is still found, and only at the start of a line.
final class HasLineTests: XCTestCase {
    func testALineIsFoundWhereverThePiecesSplitItAndOnlyAtALineStart() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cs-hasline-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var text = ""
        for k in 0..<40_000 { text += "{\"id\":\"a.01-\(k)\",\"note\":\"{\\\"id\\\":\\\"x\\\"\"}\n" }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertGreaterThan(text.utf8.count, 3 * (1 << 18), "several pieces")
        for k in [0, 1, 7_000, 13_501, 25_000, 39_999] {
            XCTAssertTrue(try FileSystem.hasLine(path, startingWith: Shards.linePrefix(id: "a.01-\(k)")), "\(k)")
        }
        XCTAssertFalse(try FileSystem.hasLine(path, startingWith: Shards.linePrefix(id: "a.01-40000")))
        XCTAssertFalse(try FileSystem.hasLine(path, startingWith: Shards.linePrefix(id: "x")), "inside a line")
        XCTAssertFalse(try FileSystem.hasLine(path + ".absent", startingWith: Shards.linePrefix(id: "a.01-0")))
    }
}
