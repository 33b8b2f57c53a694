import CSCore
import Foundation
import XCTest

/// Issue 12: the lost-and-found desk's phase of the campaign — killed adds, claims, moves and
/// sweeps; two clerks claiming one item at once; a sweep racing a claim; failing storage.
extension ReliabilityTests {
    /// Registers an item found four days before the campaign's now (due to general affairs);
    /// returns its id.
    func lostItem(_ cs: CS, _ name: String) -> String {
        let found = "2026-11-19T10:00"
        let r = cs.run(
            "lostfound", "add", "--item", name, "--where", "lobby", "--handed-in-by", "a", "--supervisor",
            "b", "--found-at", found, "-q")
        XCTAssertEqual(r.status, 0, r.stderr)
        return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func claimArgs(_ id: String, by claimant: String) -> [String] {
        [
            "--clerk", claimant, "lostfound", "claim", id, "--claimant", claimant, "--phone", "13900000001",
            "--id-number", "110101199001011234", "--described", "mine", "--supervisor", "王",
        ]
    }

    func lostItems(_ cs: CS) -> [[String: Any]] {
        let r = cs.run("export", "lostfound", "--json")
        XCTAssertEqual(r.status, 0, r.stderr)
        return (try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [[String: Any]] ?? []
    }

    func testKilledLostFoundCommandsLeaveEachChangeWhollyPresentOrWhollyAbsent() throws {
        var rng = SeededRandom(seed: Campaign.seed)
        var cs = try CS.fresh()
        Campaign.killing(&cs)
        let old = (0..<6).map { lostItem(cs, "old-\($0)") }
        let total = Campaign.size(96, 800)
        var outcomes: [(args: [String], key: String?, status: Int32?)] = []
        var killed = 0
        var i = 0
        while i < total {
            let wave: [(args: [String], key: String?)] = (0..<8).map { k in
                let n = i + k
                let id = old[Int.random(in: 0..<old.count, using: &rng)]
                switch Int.random(in: 0..<5, using: &rng) {
                case 0, 1:
                    return (
                        [
                            "lostfound", "add", "--item", "item-\(n)", "--where", "lobby", "--handed-in-by", "a",
                            "--supervisor", "b",
                        ], "item-\(n)"
                    )
                case 2: return (claimArgs(id, by: "claimant-\(n)"), "claimant-\(n)")
                case 3: return (["lostfound", "sweep", "--apply", "--received-by", "sweeper"], nil)
                default:
                    return (
                        [
                            "lostfound", "move", id, "--to", Bool.random(using: &rng) ? "safe" : "center",
                            "--received-by", "mover-\(n)",
                        ], nil
                    )
                }
            }
            let statuses = try killWave(cs, wave.map(\.args), rng: &rng)
            killed += statuses.filter { $0 == nil }.count
            outcomes += zip(wave, statuses).map { ($0.args, $0.key, $1) }
            i += 8
        }
        XCTAssertEqual(cs.run("lostfound", "list").status, 0, "readers work straight away")
        XCTAssertEqual(cs.run("lostfound", "sweep", "--apply", "--received-by", "final").status, 0)
        let doctor = cs.run("doctor")
        XCTAssertEqual(doctor.status, 0, doctor.stdout)
        let items = lostItems(cs)
        var lost = 0
        var doubled = 0
        var present = 0
        for o in outcomes {
            XCTAssertTrue(o.status == nil || o.status == 0 || o.status == 1, "\(o.args) exited \(o.status!)")
            guard let key = o.key else { continue }
            let n = items.filter { ($0["item"] as? String) == key || ($0["claimant"] as? String) == key }.count
            if n > 1 { doubled += 1 }
            if o.status == 0 && n != 1 { lost += 1 }
            if o.status == 1 && n != 0 { XCTFail("\(o.args) was refused but is present") }
            if n == 1 { present += 1 }
        }
        let ids = items.compactMap { $0["id"] as? String }
        XCTAssertEqual(Set(ids).count, ids.count, "an id minted twice")
        XCTAssertEqual(lost, 0, "acknowledged changes lost")
        XCTAssertEqual(doubled, 0, "changes recorded twice")
        let claimedOld = items.filter {
            old.contains($0["id"] as? String ?? "") && $0["status"] as? String == "claimed"
        }
        Campaign.report(
            "lostfound crash: \(total) commands, \(killed) SIGKILLed, \(present) adds and claims present; "
                + "lost \(lost), doubled \(doubled), duplicate ids \(ids.count - Set(ids).count), old items "
                + "claimed \(claimedOld.count) of \(old.count), doctor problems \(doctor.status == 0 ? 0 : 1)")
    }

    /// Two clerks claim one item at once while a sweep wants to move it: exactly one claim wins,
    /// and a sweep never moves an item already claimed.
    func testTwoClaimsAtOnceOneWinsAndASweepNeverMovesAClaimedItem() throws {
        var cs = try CS.fresh()
        cs.environment["CS_LOCK_TIMEOUT"] = "60"
        let rounds = Campaign.size(8, 40)
        var doubleWins = 0
        var sweptAfterClaim = 0
        var sweepsMoved = 0
        for round in 0..<rounds {
            let id = lostItem(cs, "race-\(round)")
            let commands = [
                claimArgs(id, by: "anna"), claimArgs(id, by: "bert"),
                ["lostfound", "sweep", "--apply", "--received-by", "sweeper"],
            ]
            let procs = commands.map { args -> Process in
                let p = cs.start(args)
                p.standardOutput = FileHandle.nullDevice
                p.standardError = FileHandle.nullDevice
                return p
            }
            // Every other round the sweep starts a moment earlier (a few ms: the lock decides).
            if round % 2 == 1 {
                try procs[2].run()
                usleep(UInt32(1_000 * (round % 7)))
                try procs[0].run()
                try procs[1].run()
            } else {
                for p in procs { try p.run() }
            }
            for p in procs { p.waitUntilExit() }
            let statuses = procs.map(\.terminationStatus)
            XCTAssertEqual(statuses[2], 0, "the sweep never fails")
            if statuses[0] == 0 && statuses[1] == 0 { doubleWins += 1 }
            XCTAssertEqual(Set(statuses[0...1]), [0, 1], "exactly one claim wins, round \(round)")
            let log = cs.jsonArray("log", "--id", id)
            let claimAt = log.firstIndex { $0["command"] as? String == "lostfound claim" } ?? log.count
            if log[claimAt...].contains(where: { $0["command"] as? String == "lostfound sweep" }) {
                sweptAfterClaim += 1
            }
            if log.contains(where: { $0["command"] as? String == "lostfound sweep" }) { sweepsMoved += 1 }
        }
        XCTAssertEqual(doubleWins, 0)
        XCTAssertEqual(sweptAfterClaim, 0, "a sweep moved a claimed item")
        XCTAssertEqual(cs.run("doctor").status, 0)
        Campaign.report(
            "lostfound races: \(rounds) rounds of 2 claims and a sweep on one item; double claims "
                + "\(doubleWins), sweeps after a claim \(sweptAfterClaim), sweeps first \(sweepsMoved)")
    }

    func testALostFoundWriteThatFailsPartWayChangesNothing() throws {
        let cs = try CS.fresh()
        let id = lostItem(cs, "umbrella")
        var faults = 0
        for target in ["txn.json", "/lostfound/", "journal/", "#commit"] {
            let env = ["CS_FAULT_WRITE": target]
            assertRefused(
                cs.run(
                    [
                        "lostfound", "add", "--item", "x", "--where", "y", "--handed-in-by", "a",
                        "--supervisor", "b",
                    ], env: env), status: 3, mentions: "injected fault")
            assertRefused(cs.run(claimArgs(id, by: "anna"), env: env), status: 3, mentions: "injected fault")
            assertRefused(
                cs.run(["lostfound", "sweep", "--apply", "--received-by", "s"], env: env), status: 3,
                mentions: "injected fault")
            faults += 3
            let items = lostItems(cs)
            XCTAssertEqual(items.count, 1, "after a fault at \(target)")
            XCTAssertEqual(items.first?["status"] as? String, "held")
            XCTAssertEqual(items.first?["custody"] as? String, "desk")
            XCTAssertEqual(cs.run("doctor").status, 0, "after a fault at \(target)")
        }
        XCTAssertEqual(cs.run("lostfound", "sweep", "--apply", "--received-by", "s").status, 0)
        XCTAssertEqual(cs.run(claimArgs(id, by: "anna")).status, 0)
        XCTAssertEqual(lostItems(cs).first?["status"] as? String, "claimed")
        Campaign.report(
            "lostfound failing storage: \(faults) faults injected into add, claim and sweep; state intact "
                + "after each")
    }
}
