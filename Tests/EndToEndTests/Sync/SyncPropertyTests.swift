import CSCore
import Foundation
import XCTest

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
