import CSCore
import Foundation
import XCTest

/// Issue 29: the left-luggage desk's phase of the campaign — killed check-ins, collections and
/// sweeps; clerks handing out one tag at once; failing storage.
extension ReliabilityTests {
    func bags(_ cs: CS) -> [[String: Any]] {
        let r = cs.run("export", "bags", "--json")
        XCTAssertEqual(r.status, 0, r.stderr)
        return (try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [[String: Any]] ?? []
    }

    func keepIn(_ tag: Int, _ owner: String) -> [String] {
        ["--clerk", owner, "keep", "in", "--tag", String(tag), "--what", owner, "--phone", "13900000001"]
    }

    func testKilledKeepCommandsLeaveEachChangeWhollyPresentOrWhollyAbsent() throws {
        var rng = SeededRandom(seed: Campaign.seed)
        var cs = try CS.fresh()
        XCTAssertEqual(cs.run("config", "set", "keep.tags", "1-200").status, 0)
        Campaign.killing(&cs)
        let total = Campaign.size(96, 800)
        let (outcomes, killed) = try killCampaign(cs, total: total, rng: &rng) { n, _, rng in
            let tag = Int.random(in: 1...200, using: &rng)
            switch Int.random(in: 0..<4, using: &rng) {
            case 0, 1: return (keepIn(tag, "owner-\(n)"), "owner-\(n)")
            case 2: return (["keep", "out", String(tag)], nil)
            default: return (["keep", "sweep", "--apply", "--received-by", "s"], nil)
            }
        }
        let doctor = cs.run("doctor")
        XCTAssertEqual(doctor.status, 0, doctor.stdout)
        let all = bags(cs)
        let (lost, doubled) = Campaign.tally(outcomes) { key in all.filter { ($0["what"] as? String) == key }.count }
        let tags = all.filter { $0["status"] as? String == "kept" }.compactMap { $0["tag"] as? String }
        XCTAssertEqual(Set(tags).count, tags.count, "a tag on two kept bags")
        XCTAssertEqual(lost, 0, "acknowledged check-ins lost")
        XCTAssertEqual(doubled, 0, "check-ins recorded twice")
        Campaign.report(
            "keep crash: \(total) commands, \(killed) SIGKILLed, \(all.count) bags; lost \(lost), doubled \(doubled), "
                + "tags on two bags \(tags.count - Set(tags).count)")
    }

    func testClerksHandingOutOneTagAtOnceGiveItOnce() throws {
        var cs = try CS.fresh()
        cs.environment["CS_LOCK_TIMEOUT"] = "60"
        let rounds = Campaign.size(6, 30)
        var doubled = 0
        for round in 0..<rounds {
            let tag = round % 50 + 1
            let procs = (0..<3).map { n -> Process in
                let p = cs.start(keepIn(tag, "r\(round)-\(n)"))
                p.standardOutput = FileHandle.nullDevice
                p.standardError = FileHandle.nullDevice
                return p
            }
            for p in procs { try p.run() }
            for p in procs { p.waitUntilExit() }
            XCTAssertEqual(procs.map(\.terminationStatus).sorted(), [0, 1, 1], "one bag on tag \(tag), round \(round)")
            let kept = bags(cs).filter { $0["status"] as? String == "kept" && $0["tag"] as? String == String(tag) }
            if kept.count != 1 { doubled += 1 }
            XCTAssertEqual(cs.run("keep", "out", String(tag)).status, 0)
        }
        XCTAssertEqual(doubled, 0)
        XCTAssertEqual(cs.run("doctor").status, 0)
        Campaign.report("keep races: \(rounds) rounds of 3 clerks handing out one tag; doubled \(doubled)")
    }

    func testAKeepWriteThatFailsPartWayChangesNothing() throws {
        let cs = try CS.fresh()
        XCTAssertEqual(cs.run(keepIn(1, "anna")).status, 0)
        let late = ["CS_NOW": "2026-11-30T10:00:00+08:00"]
        var faults = 0
        for target in ["txn.json", "/bags/", "journal/", "#commit"] {
            let env = ["CS_FAULT_WRITE": target]
            assertRefused(cs.run(keepIn(2, "bert"), env: env), status: 3, mentions: "injected fault")
            assertRefused(cs.run(["keep", "out", "1"], env: env), status: 3, mentions: "injected fault")
            assertRefused(
                cs.run(["keep", "sweep", "--apply", "--received-by", "s"], env: env.merging(late) { $1 }), status: 3,
                mentions: "injected fault")
            faults += 3
            let all = bags(cs)
            XCTAssertEqual(all.count, 1, "after a fault at \(target)")
            XCTAssertEqual(all.first?["status"] as? String, "kept")
            XCTAssertEqual(cs.jsonArray("lostfound", "list").count, 0, "no half-made lost item after \(target)")
            XCTAssertEqual(cs.run("doctor").status, 0, "after a fault at \(target)")
        }
        XCTAssertEqual(cs.run(["keep", "sweep", "--apply", "--received-by", "s"], env: late).status, 0)
        XCTAssertEqual(bags(cs).first?["status"] as? String, "lost-found")
        Campaign.report(
            "keep failing storage: \(faults) faults injected into in, out and sweep; state intact after each")
    }
}
