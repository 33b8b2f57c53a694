import Foundation
import XCTest

@testable import CSCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A change that replaces lines by lines of the same length writes them in place (the redo
/// log's record is the commit point); one that moves anything rewrites the shard.
extension StoreTests {
    func inode(_ path: String) -> UInt64 {
        var st = stat()
        XCTAssertEqual(stat(path, &st), 0, path)
        return UInt64(st.st_ino)
    }

    func testASameLengthChangeIsWrittenInPlaceAndALongerOneRewritesTheShard() throws {
        let store = Store(root: root)
        try put(store, Note(id: "a", text: "one"), Note(id: "c", text: "kept"))
        let path = store.shardPath(kind: "notes", shardCount: 4, key: "a")
        let before = inode(path)
        try put(store, Note(id: "a", text: "two"))
        XCTAssertEqual(inode(path), before, "written in place")
        XCTAssertEqual(try store.get(Note.self, id: "a")?.text, "two")
        try put(store, Note(id: "a", text: "three"))
        XCTAssertNotEqual(inode(path), before, "a longer line moves the rest: the shard is rewritten")
        XCTAssertEqual(try store.get(Note.self, id: "a")?.text, "three")
        XCTAssertEqual(try store.get(Note.self, id: "c")?.text, "kept")
        XCTAssertFalse(FileSystem.list(root).contains { $0.hasPrefix(".tmp-") })
    }

    /// An export pins its shards and lets go of the lock: a line written in place meanwhile
    /// would show it a later state of one record next to earlier ones of others.
    func testAShardAnExportPinnedIsRewrittenNotWrittenInPlace() throws {
        let store = Store(root: root)
        try put(store, Note(id: "a", text: "one"))
        let path = store.shardPath(kind: "notes", shardCount: 4, key: "a")
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        let pin = try DirectoryLock.acquire(
            path: store.pinLockPath, holder: nil, mode: .shared, timeoutMilliseconds: 1000)
        try put(store, Note(id: "a", text: "two"))
        pin.release(clearingHolder: false)
        let pinned = String(decoding: try FileSystem.read(descriptor: fd, path: path) ?? [], as: UTF8.self)
        XCTAssertTrue(pinned.contains("\"one\""), pinned)
        XCTAssertEqual(try store.get(Note.self, id: "a")?.text, "two")
        // Without a pin, the same open file sees the line change under it.
        let unpinned = open(path, O_RDONLY)
        defer { close(unpinned) }
        try put(store, Note(id: "a", text: "six"))
        let seen = String(decoding: try FileSystem.read(descriptor: unpinned, path: path) ?? [], as: UTF8.self)
        XCTAssertTrue(seen.contains("\"six\""), seen)
    }

    /// A kill in the middle of a write in place leaves a line part new, part old (or not JSON
    /// at all); its id, at the start of both texts, lets the replay set it whole.
    func testALineTornWhileWrittenInPlaceIsSetWholeByTheReplay() throws {
        var store = Store(root: root)
        let pathA = store.shardPath(kind: "notes", shardCount: 4, key: "a")
        let pathB = store.shardPath(kind: "notes", shardCount: 4, key: "b")
        for (n, torn) in ["tne", "t\"o"].enumerated() {
            try put(store, Note(id: "a", text: "one"), Note(id: "b", text: "old"))
            // Killed after a's line was written in place, before b's: the record is in the log.
            store.faults = FaultPlan(
                failWritesMatching: String(pathB.split(separator: "/").last ?? ""), abandonOnFault: true)
            XCTAssertThrowsError(try put(store, Note(id: "a", text: "two"), Note(id: "b", text: "ne\(n)")))
            store.faults = .none
            let text = String(decoding: try FileSystem.read(pathA) ?? [], as: UTF8.self)
            let at = try XCTUnwrap(text.utf8.firstRange(of: Array("\"two\"".utf8)))
            let offset = text.utf8.distance(from: text.utf8.startIndex, to: at.lowerBound) + 1
            try FileSystem.overwrite(pathA, [(offset, Array(torn.utf8))])
            XCTAssertNotEqual(try? store.get(Note.self, id: "a")?.text, "two", "torn: \(torn)")
            try store.change(clerk: "t", command: "noop", clock: clock) { _ in }
            XCTAssertEqual(try store.get(Note.self, id: "a")?.text, "two", "torn: \(torn)")
            XCTAssertEqual(try store.get(Note.self, id: "b")?.text, "ne\(n)")
            XCTAssertEqual(try store.scan(Note.self).problems.count, 0)
        }
    }

    /// Issue 28: a change dated before the record's last one (a clock set back, a replay with
    /// an earlier `CS_NOW`) is refused, not taken.
    func testAChangeDatedBeforeTheRecordsLastOneIsRefused() throws {
        let store = Store(root: root)
        try put(store, Note(id: "a", text: "one"))
        let earlier = Clock(now: try XCTUnwrap(Instant(parsing: "2026-11-23T09:59:59+08:00", defaultOffset: .utc)))
        XCTAssertThrowsError(
            try store.change(clerk: "t", command: "test", clock: earlier) { txn in
                try txn.put(Note(id: "a", text: "two"), action: "put")
            }
        ) { e in
            XCTAssertEqual(
                e as? ClockError, .beforeLastChange(id: "a", last: clock.now, now: earlier.now))
        }
        XCTAssertEqual(try store.get(Note.self, id: "a")?.text, "one")
        // A new record, or the same instant, is no step back.
        try store.change(clerk: "t", command: "test", clock: earlier) { txn in
            try txn.put(Note(id: "b", text: "new"), action: "put")
        }
        try put(store, Note(id: "a", text: "six"))
        XCTAssertEqual(try store.get(Note.self, id: "a")?.text, "six")
    }
}

/// `cs undo` asks first on a terminal; what it then takes back must be what the clerk saw.
extension StoreTests {
    func testAnUndoConfirmedForOneChangeTakesBackNothingIfAnotherCameBetween() throws {
        let store = Store(root: root)
        let context = DeskContext(store: store, config: try Config.load(from: store), clock: clock, clerk: "t")
        try put(store, Note(id: "a", text: "one"))
        let shown = try context.undoCandidate()
        XCTAssertEqual(shown.records.map(\.id), ["a"])
        XCTAssertEqual(shown.clerk, "t")
        try put(store, Note(id: "b", text: "two"))
        XCTAssertThrowsError(
            try context.undoLast(kinds: [.restoring(Note.self)], expecting: shown.transaction)
        ) { e in
            guard case .changedMeanwhile? = e as? UndoError else { return XCTFail("\(e)") }
        }
        XCTAssertEqual(try store.get(Note.self, id: "b")?.text, "two", "nothing taken back")
        let again = try context.undoCandidate()
        XCTAssertEqual(
            try context.undoLast(kinds: [.restoring(Note.self)], expecting: again.transaction).records.map(\.id), ["b"])
        XCTAssertNil(try store.get(Note.self, id: "b"))
    }
}
