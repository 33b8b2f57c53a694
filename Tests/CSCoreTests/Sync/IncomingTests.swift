import XCTest

@testable import CSCore

/// What a desk takes from a peer (issue 25): paths, lines and settings, checked as a local
/// write is checked.
final class IncomingTests: XCTestCase {
    let paths = SharedPaths(kinds: Desk.all.flatMap(\.kinds) + SyncKinds.all, shards: 256)

    func testOnlyTheSharedKindsOwnPathsHaveARole() {
        XCTAssertEqual(paths.role(of: "config.json"), .config)
        XCTAssertEqual(paths.role(of: "desks.jsonl"), .registry)
        XCTAssertEqual(paths.role(of: ".gitattributes"), .owned)
        XCTAssertEqual(paths.role(of: "members/ff.jsonl"), .shard(kind: "members"))
        XCTAssertEqual(paths.role(of: "conflicts/00.jsonl"), .shard(kind: "conflicts"))
        XCTAssertEqual(paths.role(of: "journal/2026-11.jsonl"), .journal)
        XCTAssertEqual(paths.role(of: "journal/2026-11-24.jsonl"), .journal)
        XCTAssertEqual(paths.role(of: "photos/" + String(repeating: "ab", count: 32) + ".jpg"), .photo)
        for refused in [
            "..", "../x", ".git/config", "members/../../x", "members/100.jsonl", "members/FF.jsonl",
            "members/0.jsonl", "conflicts/01.jsonl", "index-phone/00.jsonl", "accounts/00.jsonl",
            "desk.json", "cs.lock", "txn.json", "journal/2026-1.jsonl", "journal/x.jsonl", "notes.txt",
            "photos/abc.jpg", "members/00.jsonl/x", "", "members/",
        ] {
            XCTAssertNil(paths.role(of: refused), refused)
        }
    }

    /// Found by the 100k bench: a store that kept a month before it synced has a 354 MB journal
    /// file, which a desk joining it must take; a shard that big is not a desk's.
    func testAJournalMonthOfABusyStoreIsNotRefusedForItsSize() {
        XCTAssertGreaterThan(SharedPaths.maxBytes(.journal), 354 << 20)
        XCTAssertLessThan(SharedPaths.maxBytes(.shard(kind: "members")), 60 << 20)
        XCTAssertLessThan(SharedPaths.maxBytes(.config), 1 << 20)
    }

    func testEveryKindSharedByTheRemoteIsCheckedLineByLine() {
        for kind in Desk.all.flatMap(\.kinds) + SyncKinds.all where kind.merge.shared {
            XCTAssertNotNil(kind.lineCheck, kind.name)
        }
    }

    func testControlCharactersAreFoundRawOrEscapedButLayoutIsNot() {
        func line(_ s: String) -> ArraySlice<UInt8> { Array(s.utf8)[...] }
        XCTAssertTrue(LineCheck.containsControl(line(#"{"name":"a\u001b[31m"}"#)))
        XCTAssertTrue(LineCheck.containsControl(line(#"{"name":"a\b"}"#)))
        XCTAssertTrue(LineCheck.containsControl(line(#"{"name":"a\u009b"}"#)))
        XCTAssertTrue(LineCheck.containsControl(line("{\"name\":\"a\u{9b}\"}")))
        XCTAssertFalse(LineCheck.containsControl(line(#"{"address":"a\nb\tc","name":"张\\b三"}"#)))
        XCTAssertFalse(LineCheck.containsControl(line(#"{"name":"\u4e09"}"#)))
    }

    func conflictLine(_ key: String) -> [UInt8] {
        let c = SyncConflict(
            subject: .phone, recordKind: "members", key: key, records: ["1", "2"],
            foundAt: Instant(parsing: "2026-11-23T10:00:00+08:00", defaultOffset: .utc)!,
            foundBy: "01")
        return Store.line(of: c, updatedAt: c.foundAt) + [10]
    }

    func testARefusedLineLeavesTheRecordAsThisDeskHadIt() throws {
        let check = try XCTUnwrap(SyncKinds.all.first?.lineCheck)
        let old = conflictLine("13800000001")
        let good = conflictLine("13800000002")
        let forged = Array(
            String(decoding: old, as: UTF8.self)
                .replacingOccurrences(of: "\"foundBy\":\"01\"", with: "\"foundBy\":\"0\\u001b1\"").utf8)
        let new = forged + good + good + Array("not json\n".utf8)
        let r = IncomingScreen.shard(new, old: old, path: "conflicts/00.jsonl", check: check, shards: 256)
        XCTAssertEqual(r.bytes, old + good)
        XCTAssertEqual(r.refused.map(\.problem), [.control, .duplicate, .notJSON])
    }

    func testAShardThatOnlyGrewIsCheckedOnlyInItsTail() throws {
        let check = try XCTUnwrap(SyncKinds.all.first?.lineCheck)
        let old = conflictLine("13800000001")
        let r = IncomingScreen.shard(
            old + conflictLine("13800000003"), old: old, path: "conflicts/00.jsonl",
            check: check, shards: 256)
        XCTAssertEqual(r.refused, [])
        XCTAssertEqual(r.bytes, old + conflictLine("13800000003"))
    }

    func testASharedConfigIsTakenKeyByKey() {
        var local = Config()
        XCTAssertNoThrow(try local.set(ConfigKey<String>.deskID.name, "01"))
        var incoming = local.json
        incoming[ConfigKey<String>.shards.name] = .string("1024")
        incoming[ConfigKey<String>.deskID.name] = .string("02")
        incoming["member.pointsPerYuan"] = .int(5)
        incoming["member.voucherMinYuan"] = .int(0)
        var bytes = [UInt8]()
        JSON.object(incoming).encode(into: &bytes)
        let screen = ConfigScreen(local: local, incoming: bytes)
        XCTAssertEqual(screen.config.shards, 256)
        XCTAssertEqual(screen.config.deskID, "01")
        XCTAssertEqual(screen.config.string(named: "member.pointsPerYuan"), "5")
        XCTAssertEqual(screen.config.string(named: "member.voucherMinYuan"), "10")
        let problems = Dictionary(uniqueKeysWithValues: screen.changes.map { ($0.key, $0.problem) })
        XCTAssertEqual(problems[ConfigKey<String>.shards.name], .structural)
        XCTAssertEqual(problems[ConfigKey<String>.deskID.name], .structural)
        XCTAssertEqual(problems["member.pointsPerYuan"], .some(nil))
        XCTAssertEqual(problems["member.voucherMinYuan"], .configValue)
    }

    func testAStateChangedAtTwoDesksComesWholeFromTheLaterSide() {
        let merge = LineMerge(kind: "complaints", rule: Complaint.mergeRule)
        let base =
            #"{"id":"C1","status":"open","resolvedAt":null,"escalatedTo":null,"updatedAt":"2026-11-23T10:00:00+08:00"}"#
        let resolved =
            #"{"id":"C1","status":"resolved","resolvedAt":"2026-11-23T11:00:00+08:00","escalatedTo":null,"#
            + #""updatedAt":"2026-11-23T11:00:00+08:00"}"#
        let escalated =
            #"{"id":"C1","status":"escalated","resolvedAt":null,"escalatedTo":"王经理","#
            + #""updatedAt":"2026-11-23T12:00:00+08:00"}"#
        let r = merge.merge(
            base: Array((base + "\n").utf8), ours: Array((resolved + "\n").utf8),
            theirs: Array((escalated + "\n").utf8))
        XCTAssertEqual(String(decoding: r.bytes, as: UTF8.self), escalated + "\n")
        XCTAssertTrue(r.conflicts.allSatisfy(\.state))
        XCTAssertEqual(Set(r.conflicts.map(\.field)), ["status", "resolvedAt"])
    }

    func testAnIDNumberAMergeReportsIsMasked() {
        let merge = LineMerge(kind: "members", rule: .fields(derived: Member.figureFields, masked: ["idNumber"]))
        let a = #"{"id":"1","idNumber":"110101199003071234","updatedAt":"2026-11-23T11:00:00+08:00"}"#
        let b = #"{"id":"1","idNumber":"110101198511112345","updatedAt":"2026-11-23T12:00:00+08:00"}"#
        let r = merge.merge(base: [], ours: Array((a + "\n").utf8), theirs: Array((b + "\n").utf8))
        XCTAssertEqual(r.conflicts.count, 1)
        XCTAssertFalse(r.conflicts[0].kept.contains("19851111"))
        XCTAssertFalse(r.conflicts[0].other.contains("19900307"))
    }
}
