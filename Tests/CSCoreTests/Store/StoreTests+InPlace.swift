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
}
