import CSCore
import Foundation
import XCTest

/// Desks and a bare remote for the sync tests.
enum SyncHarness {
    /// A bare remote and `count` desks, each an initialised data directory (not yet synced).
    static func desks(_ count: Int) throws -> (remote: String, desks: [CS]) {
        let first = try CS.fresh()
        let remote = first.dataDirectory.path + "-remote.git"
        let made = first.shell("git init -q --bare '\(remote)'")
        XCTAssertEqual(made.status, 0, made.stderr)
        var all = [first]
        for _ in 1..<count { all.append(try CS.fresh()) }
        return (remote, all)
    }

    static func join(_ desks: [CS], _ remote: String) {
        for (i, d) in desks.enumerated() {
            let r = d.run("sync", "init", "--remote", remote, "--desk", String(i + 1))
            XCTAssertEqual(r.status, 0, r.stderr)
        }
        admitAll(desks)
    }

    /// Every desk admits every other desk's key, as their clerks would after a phone call.
    static func admitAll(_ desks: [CS]) {
        for (i, d) in desks.enumerated() {
            for (j, other) in desks.enumerated() where j != i {
                let fingerprint = other.run("sync", "status", "--field", "fingerprint").stdout
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                let r = d.run("sync", "admit", String(j + 1), "--fingerprint", fingerprint)
                XCTAssertEqual(r.status, 0, r.stderr)
            }
        }
    }

    static func head(_ d: CS) -> String {
        let out = d.shell("git -C '\(d.dataDirectory.path)' rev-parse HEAD").stdout
        return out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// What every desk must agree on: the shared records, as exported.
    static func shared(_ d: CS) -> [String] {
        ["members", "ledger", "gifts"].flatMap { kind -> [String] in
            let r = d.run("export", kind, "--jsonl", "--reveal")
            XCTAssertEqual(r.status, 0, r.stderr)
            return r.lines.sorted()
        }
    }

    static func openConflicts(_ d: CS) -> [String] {
        let r = d.run("sync", "conflicts", "--json")
        XCTAssertTrue(r.status == 0 || r.status == 4, r.stderr)
        let rows = (try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [[String: Any]] ?? []
        return rows.compactMap { $0["subject"] as? String }.sorted()
    }

    /// Doctor's problems other than the ones the open conflicts explain (a receipt counted
    /// twice; a phone the index can give to only one of its two members).
    static func unexplained(_ d: CS) -> [String] {
        d.run("doctor").stdout.split(separator: "\n").map(String.init)
            .filter { $0.contains("/") && !$0.hasSuffix("no problems") && !$0.contains("problem(s)") }
            .filter { !$0.contains("counted twice") && !$0.contains("index-phone") }
    }
}

/// Issue 17: desks share one member base through a git remote, offline-first.
final class SyncTests: XCTestCase {
    func testTwoStoresShareMembersAndTheirMovements() throws {
        let (remote, d) = try SyncHarness.desks(2)
        SyncHarness.join(d, remote)
        let card = d[0].addMember("张三", phone: "13800000001")
        XCTAssertEqual(d[0].run("member", "topup", card, "--amount", "100", "--receipt", "T1").status, 0)
        XCTAssertEqual(d[0].run("sync").status, 0)
        let received = d[1].run("sync")
        XCTAssertEqual(received.status, 0, received.stderr)
        XCTAssertTrue(received.stdout.contains("received"), received.stdout)
        // The member earns in the second store and pays in the first, each offline.
        XCTAssertEqual(d[1].run("member", "earn", card, "--amount", "88", "--receipt", "R1").status, 0)
        XCTAssertEqual(d[0].run("member", "pay", card, "--amount", "30", "--receipt", "P1").status, 0)
        for desk in [d[1], d[0], d[1]] { XCTAssertEqual(desk.run("sync").status, 0) }
        for desk in d {
            let m = desk.json("member", "show", card)
            XCTAssertEqual(m["points"] as? Int, 88)
            XCTAssertEqual(m["balance"] as? String ?? String(describing: m["balance"] ?? ""), "70.00")
            XCTAssertEqual(SyncHarness.unexplained(desk), [])
        }
        XCTAssertEqual(SyncHarness.head(d[0]), SyncHarness.head(d[1]))
        XCTAssertEqual(SyncHarness.shared(d[0]), SyncHarness.shared(d[1]))
    }
}

/// The property the issue asks for: three desks and a bare remote, random desk work at each
/// (offline between syncs), syncs in random order until every desk has synced twice — then all
/// hold identical records, every figure equals its ledger, and each planted business conflict
/// is flagged exactly once, at every desk, until a clerk settles it.
final class SyncPropertyTests: XCTestCase {
    struct World {
        var desks: [CS]
        /// Cards each desk can see (its own and what it received), and what the remote holds.
        var known: [Set<String>]
        var remote = Set<String>()
        var receipts = 0
        var phones = 0
        /// The planted conflicts' card: random work must not settle them before they are checked.
        var reserved = Set<String>()
    }

    func sync(_ w: inout World, _ i: Int) {
        let r = w.desks[i].run("sync")
        XCTAssertTrue(r.status == 0 || r.status == 4, "desk \(i + 1): \(r.stderr)")
        w.known[i].formUnion(w.remote)
        w.remote.formUnion(w.known[i])
    }

    /// One random piece of desk work; a refusal (not enough stored value) is part of the game.
    func work(_ w: inout World, _ i: Int, _ rng: inout SeededRandom) {
        let d = w.desks[i]
        let cards = w.known[i].subtracting(w.reserved).sorted()
        if cards.isEmpty || rng.int(0...4) == 0 {
            w.phones += 1
            let card = d.addMember(
                "会员\(w.phones)", phone: "139\(String(format: "%08d", w.phones * 10 + i))",
                birthday: "1990-12-0\(1 + w.phones % 9)")
            w.known[i].insert(card)
            return
        }
        let card = cards[rng.int(0...(cards.count - 1))]
        w.receipts += 1
        let receipt = "D\(i + 1)-\(w.receipts)"
        let amount = String(rng.int(1...300))
        switch rng.int(0...2) {
        case 0: XCTAssertEqual(d.run("member", "earn", card, "--amount", amount, "--receipt", receipt).status, 0)
        case 1: XCTAssertEqual(d.run("member", "topup", card, "--amount", amount, "--receipt", receipt).status, 0)
        default:
            let r = d.run("member", "pay", card, "--amount", String(rng.int(1...40)), "--receipt", receipt)
            XCTAssertTrue(r.status == 0 || r.status == 1, r.stderr)
        }
    }

    func testThreeDesksConvergeAndFlagEachPlantedConflictOnce() throws {
        var rng = SeededRandom(seed: Campaign.seed)
        let (remote, desks) = try SyncHarness.desks(3)
        SyncHarness.join(desks, remote)
        var w = World(desks: desks, known: [[], [], []])
        let steps = Campaign.size(24, 120)
        for _ in 0..<steps {
            let i = rng.int(0...2)
            if rng.int(0...3) == 0 { sync(&w, i) } else { work(&w, i, &rng) }
        }
        for i in [0, 1, 2, 0, 1, 2] { sync(&w, i) }
        // Planted, offline at desks 1 and 2: one receipt earned at both, one card paid beyond
        // its stored value at both, one phone registered to two new members, two birthday
        // gifts for one member-year.
        let a = w.desks[0]
        let b = w.desks[1]
        let card = a.addMember("王五", phone: "13700000099", birthday: "1990-12-05")
        XCTAssertEqual(a.run("member", "topup", card, "--amount", "100", "--receipt", "PLANT-T").status, 0)
        w.known[0].insert(card)
        w.reserved.insert(card)
        sync(&w, 0)
        sync(&w, 1)
        XCTAssertEqual(a.run("member", "earn", card, "--amount", "50", "--receipt", "PLANT-R").status, 0)
        XCTAssertEqual(b.run("member", "earn", card, "--amount", "50", "--receipt", "PLANT-R").status, 0)
        XCTAssertEqual(a.run("member", "pay", card, "--amount", "80", "--receipt", "PLANT-P1").status, 0)
        XCTAssertEqual(b.run("member", "pay", card, "--amount", "80", "--receipt", "PLANT-P2").status, 0)
        _ = a.addMember("赵六", phone: "13700000100")
        _ = b.addMember("钱七", phone: "13700000100")
        XCTAssertEqual(a.run("birthday", "gift", "prepare", card, "--item", "毛巾").status, 0)
        XCTAssertEqual(b.run("birthday", "gift", "prepare", card, "--item", "蛋糕").status, 0)
        for _ in 0..<steps {
            let i = rng.int(0...2)
            if rng.int(0...3) == 0 { sync(&w, i) } else { work(&w, i, &rng) }
        }
        for i in [0, 1, 2, 0, 1] { sync(&w, i) }

        let heads = w.desks.map { SyncHarness.head($0) }
        XCTAssertEqual(Set(heads).count, 1, "every desk ends on the same commit: \(heads)")
        let records = SyncHarness.shared(w.desks[0])
        for d in w.desks {
            XCTAssertEqual(SyncHarness.shared(d), records)
            XCTAssertEqual(SyncHarness.openConflicts(d), ["gift", "overspent", "phone", "receipt"])
            XCTAssertEqual(SyncHarness.unexplained(d), [], "figures equal their ledgers")
            XCTAssertEqual(d.run("sync", "conflicts").status, 4)
            let board = d.run("today")
            XCTAssertEqual(board.status, 4)
            XCTAssertTrue(board.stdout.contains("Sync conflicts") && board.stdout.contains("13700000100"), board.stdout)
        }
        // Settled by the usual commands at one desk each; every desk sees them go.
        XCTAssertEqual(a.run("member", "reverse", "--receipt", "PLANT-R", "--reason", "earned twice").status, 0)
        XCTAssertEqual(b.run("member", "topup", card, "--amount", "100", "--receipt", "PLANT-T2").status, 0)
        let phoneTwice = b.run("member", "find", "--phone", "13700000100", "--json")
        XCTAssertEqual(phoneTwice.status, 0, phoneTwice.stderr)
        let qian = b.jsonArray("member", "find", "--name", "钱七").first?["card"] as? String ?? ""
        XCTAssertEqual(b.run("member", "edit", qian, "--phone", "13700000101").status, 0)
        let gifts = a.jsonArray("birthday", "gift", "list", "--month", "2026-12").compactMap { $0["id"] as? String }
        XCTAssertEqual(gifts.count, 2, "both gifts merged")
        XCTAssertEqual(a.run("birthday", "gift", "return", gifts.sorted().last ?? "", "--reason", "two").status, 0)
        for i in [0, 1, 2, 0, 1, 2] { sync(&w, i) }
        for d in w.desks {
            XCTAssertEqual(SyncHarness.openConflicts(d), [])
            XCTAssertEqual(d.run("sync", "conflicts").status, 0)
            XCTAssertFalse(d.run("today").stdout.contains("Sync conflicts"))
            let doctor = d.run("doctor")
            XCTAssertEqual(doctor.status, 0, doctor.stdout.split(separator: "\n").suffix(4).joined(separator: " | "))
        }
        Campaign.report(
            "sync: 3 desks, 2×\(steps) random steps and syncs, \(w.known[0].count) members, "
                + "converged on one commit")
    }
}

/// A sync SIGKILLed at any moment — committing, fetching, merging, applying, pushing — never
/// loses a change a desk committed: the next sync finishes the job.
final class SyncKillTests: XCTestCase {
    func testASyncKilledAtRandomMomentsNeverLosesACommittedChange() throws {
        var rng = SeededRandom(seed: Campaign.seed)
        let (remote, d) = try SyncHarness.desks(2)
        SyncHarness.join(d, remote)
        let card = d[0].addMember("张三", phone: "13800000001")
        XCTAssertEqual(d[0].run("sync").status, 0)
        XCTAssertEqual(d[1].run("sync").status, 0)
        let rounds = Campaign.size(8, 60)
        var killed = 0
        for i in 0..<rounds {
            XCTAssertEqual(d[0].run("member", "earn", card, "--amount", "10", "--receipt", "A-\(i)").status, 0)
            XCTAssertEqual(d[1].run("member", "earn", card, "--amount", "10", "--receipt", "B-\(i)").status, 0)
            if i % 2 == 1 { XCTAssertTrue([0, 4].contains(d[1].run("sync").status)) }
            let p = d[0].start(["sync"])
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            usleep(UInt32(rng.int(0...400)) * 1000)
            if p.isRunning {
                kill(p.processIdentifier, SIGKILL)
                killed += 1
            }
            p.waitUntilExit()
        }
        for desk in [d[0], d[1], d[0]] {
            let r = desk.run("sync")
            XCTAssertEqual(r.status, 0, r.stderr)
        }
        let want = Set((0..<rounds).flatMap { ["A-\($0)", "B-\($0)"] })
        for desk in d {
            let ledger = desk.jsonArray("member", "history", card)
            XCTAssertEqual(Set(ledger.compactMap { $0["receipt"] as? String }), want)
            XCTAssertEqual(desk.json("member", "show", card)["points"] as? Int, rounds * 20)
            let doctor = desk.run("doctor")
            XCTAssertEqual(doctor.status, 0, doctor.stdout)
        }
        XCTAssertEqual(SyncHarness.head(d[0]), SyncHarness.head(d[1]))
        Campaign.report("sync kill: \(rounds) syncs, \(killed) SIGKILLed part-way, every change kept at both desks")
    }
}

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

final class SyncManTests: XCTestCase {
    func testEveryJSONFieldOfSyncIsInItsManPage() throws {
        let (remote, d) = try SyncHarness.desks(1)
        XCTAssertEqual(d[0].run("sync", "init", "--remote", remote).status, 0)
        let man = try ManFieldsTests.manPage("cs-sync.1")
        for args in [["sync"], ["sync", "status"], ["sync", "conflicts", "--all"]] {
            let r = d[0].run(args + ["--json"])
            XCTAssertEqual(r.status, 0, r.stderr)
            let value = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
            let rows = (value as? [String: Any]).map { [$0] } ?? (value as? [[String: Any]]) ?? []
            for key in Set(rows.flatMap(\.keys)) {
                XCTAssertTrue(man.contains(key), "cs-sync.1 lacks \(key) of \(args.joined(separator: " "))")
            }
        }
    }
}

/// The sync's transaction is a transaction like any other: a write failure part-way leaves the
/// data directory as it was, byte for byte, and the next sync applies the merge whole.
final class SyncFaultTests: XCTestCase {
    func snapshot(_ d: CS) -> [String: Data] {
        var out = [String: Data]()
        let root = d.dataDirectory.path
        let walker = FileManager.default.enumerator(atPath: root)
        while let rel = walker?.nextObject() as? String {
            if rel.hasPrefix(".git") || rel.hasPrefix("cs.") || rel.hasPrefix("index-") || rel.hasPrefix("accounts") {
                continue
            }
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + rel, isDirectory: &isDir), !isDir.boolValue {
                out[rel] = FileManager.default.contents(atPath: root + "/" + rel)
            }
        }
        return out
    }

    func testAWriteFailureDuringTheMergeLeavesEveryFileAsItWas() throws {
        let (remote, d) = try SyncHarness.desks(2)
        SyncHarness.join(d, remote)
        var cards = [String]()
        for i in 0..<6 { cards.append(d[0].addMember("会员\(i)", phone: "1380000000\(i)")) }
        XCTAssertEqual(d[0].run("sync").status, 0)
        XCTAssertEqual(d[1].run("sync").status, 0)
        for (i, card) in cards.enumerated() {
            XCTAssertEqual(d[0].run("member", "earn", card, "--amount", "10", "--receipt", "A\(i)").status, 0)
            XCTAssertEqual(d[1].run("member", "edit", card, "--note", "B\(i)").status, 0)
        }
        XCTAssertEqual(d[0].run("sync").status, 0)
        for target in ["members/", "ledger/", "txn.json#commit"] {
            // The sync commits this desk's own changes first; what must not change is the records.
            let before = snapshot(d[1])
            let r = d[1].run(["sync"], env: ["CS_FAULT_WRITE": target])
            XCTAssertEqual(r.status, 3, "\(target): \(r.stdout) \(r.stderr)")
            XCTAssertEqual(snapshot(d[1]), before, "a failed sync (\(target)) changes nothing")
            let left = try FileManager.default.contentsOfDirectory(atPath: d[1].dataDirectory.path)
                .filter { $0.hasPrefix(".tmp-") || $0 == "txn.json" }
            XCTAssertEqual(left, [], "\(target): nothing left behind")
        }
        XCTAssertEqual(d[1].run("sync").status, 0)
        for (i, card) in cards.enumerated() {
            let m = d[1].json("member", "show", card)
            XCTAssertEqual(m["points"] as? Int, 10)
            XCTAssertEqual(m["note"] as? String, "B\(i)")
        }
        XCTAssertEqual(d[1].run("doctor").status, 0)
    }
}

/// Two clerks at once: desks whose syncs race for the remote (the loser merges and pushes
/// again), and clerks working at a desk while it syncs.
final class SyncConcurrencyTests: XCTestCase {
    func testDesksSyncingAtOnceAndClerksWorkingMeanwhileLoseNothing() throws {
        let (remote, d) = try SyncHarness.desks(3)
        SyncHarness.join(d, remote)
        let card = d[0].addMember("张三", phone: "13800000001")
        for desk in [d[0], d[1], d[2]] { XCTAssertEqual(desk.run("sync").status, 0) }
        let rounds = Campaign.size(3, 12)
        for round in 0..<rounds {
            var processes = [Process]()
            for (i, desk) in d.enumerated() {
                let sync = desk.start(["sync"])
                sync.standardOutput = FileHandle.nullDevice
                sync.standardError = FileHandle.nullDevice
                processes.append(sync)
                let earn = desk.start(["member", "earn", card, "--amount", "10", "--receipt", "R\(round)-\(i)", "-q"])
                earn.standardOutput = FileHandle.nullDevice
                processes.append(earn)
            }
            for p in processes { try p.run() }
            for p in processes {
                p.waitUntilExit()
                XCTAssertEqual(p.terminationStatus, 0, "\(p.arguments ?? [])")
            }
        }
        for i in [0, 1, 2, 0, 1] { XCTAssertEqual(d[i].run("sync").status, 0) }
        XCTAssertEqual(Set(d.map { SyncHarness.head($0) }).count, 1)
        for desk in d {
            XCTAssertEqual(desk.json("member", "show", card)["points"] as? Int, rounds * 3 * 10)
            XCTAssertEqual(desk.run("doctor").status, 0)
        }
        Campaign.report("sync race: \(rounds) rounds of 3 desks syncing at once while each earns, nothing lost")
    }
}

final class SyncInvoiceTests: XCTestCase {
    /// One stock range shared by two stores: each issues its lowest free number offline, the
    /// same number. The merge keeps one invoice; the other receipt's is a conflict until the
    /// number is voided, at every desk.
    func testOneNumberIssuedAtTwoDesksIsFlaggedUntilVoided() throws {
        let (remote, d) = try SyncHarness.desks(2)
        SyncHarness.join(d, remote)
        XCTAssertEqual(
            d[0].run(
                "invoice", "stock", "add", "--code", "144031900111", "--from", "00000001",
                "--to", "00000050"
            ).status, 0)
        XCTAssertEqual(d[0].run("sync").status, 0)
        XCTAssertEqual(d[1].run("sync").status, 0)
        XCTAssertEqual(d[0].run("invoice", "issue", "--receipt", "E-1", "--amount", "88").status, 0)
        XCTAssertEqual(d[1].run("invoice", "issue", "--receipt", "W-1", "--amount", "66").status, 0)
        // The desk whose invoice the merge did not keep finds it; the next syncs carry it to all.
        for desk in [d[0], d[1], d[0], d[1]] { XCTAssertTrue([0, 4].contains(desk.run("sync").status)) }
        for desk in d {
            XCTAssertEqual(SyncHarness.openConflicts(desk), ["invoice"])
            XCTAssertTrue(desk.run("sync", "conflicts").stdout.contains("00000001"))
        }
        XCTAssertEqual(d[1].run("invoice", "void", "00000001", "--reason", "issued at both stores").status, 0)
        for desk in [d[1], d[0]] { XCTAssertEqual(desk.run("sync").status, 0) }
        for desk in d { XCTAssertEqual(SyncHarness.openConflicts(desk), []) }
    }
}
