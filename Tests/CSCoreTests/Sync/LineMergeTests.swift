import XCTest

@testable import CSCore

/// The merge driver's rules (issue 17), on shards as git hands them over.
final class LineMergeTests: XCTestCase {
    func lines(_ docs: String...) -> [UInt8] { Array(docs.map { $0 + "\n" }.joined().utf8) }

    func texts(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    let members = LineMerge(kind: "members", rule: .fields(derived: Member.figureFields))

    func testRecordsAddedOnEitherSideAreAllKept() {
        let base = lines(#"{"id":"1","name":"a","updatedAt":"2026-11-01T10:00:00+08:00"}"#)
        let ours = lines(
            #"{"id":"1","name":"a","updatedAt":"2026-11-01T10:00:00+08:00"}"#,
            #"{"id":"2","name":"b","updatedAt":"2026-11-02T10:00:00+08:00"}"#)
        let theirs = lines(
            #"{"id":"1","name":"a","updatedAt":"2026-11-01T10:00:00+08:00"}"#,
            #"{"id":"3","name":"c","updatedAt":"2026-11-03T10:00:00+08:00"}"#)
        let r = members.merge(base: base, ours: ours, theirs: theirs)
        XCTAssertEqual(texts(r.bytes).count, 3)
        XCTAssertTrue(r.conflicts.isEmpty)
    }

    func testEditsToDifferentFieldsAreBothKept() {
        let base = lines(#"{"id":"1","name":"a","phone":"1","updatedAt":"2026-11-01T10:00:00+08:00"}"#)
        let ours = lines(#"{"id":"1","name":"b","phone":"1","updatedAt":"2026-11-02T10:00:00+08:00"}"#)
        let theirs = lines(#"{"id":"1","name":"a","phone":"2","updatedAt":"2026-11-03T10:00:00+08:00"}"#)
        let r = members.merge(base: base, ours: ours, theirs: theirs)
        XCTAssertEqual(texts(r.bytes), [#"{"id":"1","name":"b","phone":"2","updatedAt":"2026-11-03T10:00:00+08:00"}"#])
        XCTAssertTrue(r.conflicts.isEmpty)
    }

    func testTheSameFieldChangedOnBothSidesKeepsTheLaterAndRecordsTheOther() {
        let base = lines(#"{"id":"1","name":"a","updatedAt":"2026-11-01T10:00:00+08:00"}"#)
        let ours = lines(#"{"id":"1","name":"later","updatedAt":"2026-11-05T10:00:00+08:00"}"#)
        let theirs = lines(#"{"id":"1","name":"earlier","updatedAt":"2026-11-03T10:00:00+08:00"}"#)
        for (x, y) in [(ours, theirs), (theirs, ours)] {
            let r = members.merge(base: base, ours: x, theirs: y)
            XCTAssertEqual(texts(r.bytes), [#"{"id":"1","name":"later","updatedAt":"2026-11-05T10:00:00+08:00"}"#])
            XCTAssertEqual(r.conflicts.map(\.field), ["name"])
            XCTAssertEqual(r.conflicts.first?.kept, "later")
            XCTAssertEqual(r.conflicts.first?.other, "earlier")
        }
    }

    func testDerivedFiguresAreNeverAConflict() {
        let base = lines(#"{"id":"1","points":0,"updatedAt":"2026-11-01T10:00:00+08:00"}"#)
        let ours = lines(#"{"id":"1","points":10,"updatedAt":"2026-11-02T10:00:00+08:00"}"#)
        let theirs = lines(#"{"id":"1","points":20,"updatedAt":"2026-11-03T10:00:00+08:00"}"#)
        XCTAssertTrue(members.merge(base: base, ours: ours, theirs: theirs).conflicts.isEmpty)
    }

    func testAppendOnlyListsMergeAsAUnionInTimeOrder() {
        let merge = LineMerge(kind: "complaints", rule: .fields(lists: ["timeline"]))
        let base = lines(#"{"id":"C1","timeline":[{"at":"1"}],"updatedAt":"1"}"#)
        let ours = lines(#"{"id":"C1","timeline":[{"at":"1"},{"at":"3"}],"updatedAt":"3"}"#)
        let theirs = lines(#"{"id":"C1","timeline":[{"at":"1"},{"at":"2"}],"updatedAt":"2"}"#)
        let r = merge.merge(base: base, ours: ours, theirs: theirs)
        XCTAssertEqual(texts(r.bytes), [#"{"id":"C1","timeline":[{"at":"1"},{"at":"2"},{"at":"3"}],"updatedAt":"3"}"#])
        XCTAssertTrue(r.conflicts.isEmpty)
    }

    func testARemovalIsHonouredOnlyWhenTheOtherSideLeftTheRecordAlone() {
        let one = #"{"id":"1","name":"a","updatedAt":"1"}"#
        let edited = #"{"id":"1","name":"b","updatedAt":"2"}"#
        XCTAssertEqual(texts(members.merge(base: lines(one), ours: lines(one), theirs: []).bytes), [])
        XCTAssertEqual(texts(members.merge(base: lines(one), ours: lines(edited), theirs: []).bytes), [edited])
    }

    func testAnAppendOnlyKindKeepsTheFirstVersionOfAnId() {
        let ledger = LineMerge(kind: "ledger", rule: .appendOnly)
        let r = ledger.merge(
            base: [], ours: lines(#"{"id":"e1","points":1}"#),
            theirs: lines(#"{"id":"e1","points":2}"#))
        XCTAssertEqual(texts(r.bytes), [#"{"id":"e1","points":1}"#])
    }

    func testDamagedLinesAndJournalLinesAreKeptOnce() {
        let r = members.merge(
            base: [], ours: lines("not json", #"{"id":"1","updatedAt":"1"}"#),
            theirs: lines("not json", "also damaged"))
        XCTAssertEqual(texts(r.bytes).sorted(), ["also damaged", "not json", #"{"id":"1","updatedAt":"1"}"#])
        let journal = LineMerge.unionOfLines(lines("a", "b"), lines("a", "c"))
        XCTAssertEqual(texts(journal), ["a", "b", "c"])
    }

    func testTheMergeIsTheSameWhicheverDeskComputesIt() {
        let base = lines(#"{"id":"1","name":"a","phone":"1","updatedAt":"1"}"#)
        let x = lines(#"{"id":"1","name":"x","phone":"1","updatedAt":"3"}"#)
        let y = lines(#"{"id":"1","name":"y","phone":"2","updatedAt":"2"}"#)
        XCTAssertEqual(
            members.merge(base: base, ours: x, theirs: y).bytes,
            members.merge(base: base, ours: y, theirs: x).bytes)
    }
}
