import CSCore
import Foundation
import XCTest

/// How `cs sync` refuses, in the clerk's language, leaving the data directory as it was.
final class SyncRefusalTests: XCTestCase {
    func testWithoutGitSyncSaysSoAndEveryOtherCommandWorks() throws {
        let (remote, d) = try SyncHarness.desks(1)
        let r = d[0].run(["sync", "init", "--remote", remote], env: ["PATH": "/nonexistent"])
        assertRefused(r, status: 1, mentions: "git")
        XCTAssertFalse(FileManager.default.fileExists(atPath: d[0].path(".git")))
        let zh = d[0].run(["sync", "--lang", "zh"], env: ["PATH": "/nonexistent"])
        XCTAssertEqual(zh.status, 1)
        XCTAssertTrue(zh.stderr.contains("尚未设置同步") || zh.stderr.contains("git"), zh.stderr)
        _ = d[0].addMember("张三", phone: "13800000001")
        XCTAssertEqual(d[0].run(["doctor"], env: ["PATH": "/nonexistent"]).status, 0)
    }

    func testADeskIdAlreadyRegisteredIsRefusedNamingAFreeOne() throws {
        let (remote, d) = try SyncHarness.desks(2)
        XCTAssertEqual(d[0].run("sync", "init", "--remote", remote).status, 0)
        let r = d[1].run("sync", "init", "--remote", remote, "--desk", "1")
        assertRefused(r, status: 1, mentions: "01", "02")
        XCTAssertFalse(FileManager.default.fileExists(atPath: d[1].path(".git")), "a refused join leaves no trace")
        XCTAssertFalse(FileManager.default.fileExists(atPath: d[1].path("desk.json")))
        let zh = d[1].run("sync", "init", "--remote", remote, "--lang", "zh")
        XCTAssertEqual(zh.status, 1)
        XCTAssertTrue(zh.stderr.contains("前台编号 01 已在共享数据中登记"), zh.stderr)
        XCTAssertEqual(d[1].run("sync", "init", "--remote", remote, "--desk", "2").status, 0)
        let id = d[1].run("config", "get", "desk.id").stdout
        XCTAssertEqual(id.trimmingCharacters(in: .whitespacesAndNewlines), "02")
        assertRefused(d[1].run("config", "set", "desk.id", "03"), status: 1, mentions: "desk.id")
    }

    func testAStoreWithRecordsCannotJoinAnotherOne() throws {
        let (remote, d) = try SyncHarness.desks(2)
        XCTAssertEqual(d[0].run("sync", "init", "--remote", remote).status, 0)
        _ = d[1].addMember("李四", phone: "13800000002")
        assertRefused(d[1].run("sync", "init", "--remote", remote, "--desk", "2"), status: 1, mentions: "hold records")
        XCTAssertEqual(d[1].run("member", "show", "13800000002").status, 0)
    }

    func testOfflineTheChangesAreCommittedHereAndCounted() throws {
        let (remote, d) = try SyncHarness.desks(1)
        XCTAssertEqual(d[0].run("sync", "init", "--remote", remote).status, 0)
        _ = d[0].addMember("张三", phone: "13800000001")
        XCTAssertEqual(d[0].shell("mv '\(remote)' '\(remote).away'").status, 0)
        let r = d[0].run("sync")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("offline") && r.stdout.contains(": 1 changes committed here"), r.stdout)
        XCTAssertFalse(r.stdout.contains("(and the repository"), "git's reason, not its last words: \(r.stdout)")
        XCTAssertTrue(d[0].run("sync", "status").stdout.contains("changes waiting to be sent: 1"))
        XCTAssertEqual(d[0].shell("mv '\(remote).away' '\(remote)'").status, 0)
        XCTAssertTrue(d[0].run("sync").stdout.contains("sent: 1 changes"))
        XCTAssertTrue(d[0].run("sync", "status").stdout.contains("changes waiting to be sent: 0"))
        XCTAssertEqual(d[0].run("sync", "status", "--json").status, 0)
    }

    /// `--data-dir shop`, relative: git's second working tree must not be named relative to the first.
    func testDesksNamedByRelativePathsMerge() throws {
        let (remote, d) = try SyncHarness.desks(2)
        let parent = d[0].dataDirectory.deletingLastPathComponent().path
        let names = d.map(\.dataDirectory.lastPathComponent)
        func cs(_ i: Int, _ args: String) -> CS.Result {
            d[i].shell("cd '\(parent)' && '\(CS.binary.path)' --data-dir '\(names[i])' \(args)")
        }
        XCTAssertEqual(cs(0, "sync init --remote '\(remote)'").status, 0)
        XCTAssertEqual(cs(1, "sync init --remote '\(remote)' --desk 2").status, 0)
        SyncHarness.admitAll(d)
        XCTAssertEqual(cs(0, "member add --name A --phone 13800000001 --birthday 1990-01-01 -q").status, 0)
        XCTAssertEqual(cs(1, "member add --name B --phone 13800000002 --birthday 1990-01-01 -q").status, 0)
        for i in [0, 1, 0] {
            let r = cs(i, "sync")
            XCTAssertEqual(r.status, 0, r.stderr)
        }
        XCTAssertEqual(cs(0, "member show 13800000002 --field name").stdout, "B\n")
        XCTAssertEqual(cs(1, "member show 13800000001 --field name").stdout, "A\n")
    }

    func testNotSyncedSaysWhatToRun() throws {
        let d = try CS.fresh()
        assertRefused(d.run("sync"), status: 1, mentions: "cs sync init --remote")
        assertRefused(d.run("sync", "status"), status: 1, mentions: "cs sync init --remote")
    }
}
