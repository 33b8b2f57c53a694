import CSCore
import Foundation
import XCTest

/// Issue 30: the call-back desk's phase of the campaign — killed additions, calls and plans;
/// clerks recording one call at once; failing storage, a complaint made from a score included.
extension ReliabilityTests {
    func followups(_ cs: CS) -> [[String: Any]] {
        let r = cs.run("export", "followups", "--json")
        XCTAssertEqual(r.status, 0, r.stderr)
        return (try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [[String: Any]] ?? []
    }

    func followupAdd(_ n: Int) -> [String] {
        ["followup", "add", "--name", "p\(n)", "--phone", String(13_900_000_000 + n)]
    }

    func testKilledFollowupCommandsLeaveEachChangeWhollyPresentOrWhollyAbsent() throws {
        var rng = SeededRandom(seed: Campaign.seed)
        var cs = try CS.fresh()
        Campaign.killing(&cs)
        let total = Campaign.size(96, 800)
        let (outcomes, killed) = try killCampaign(cs, total: total, rng: &rng) { n, made, rng in
            let target = "F01-\(Int.random(in: 1...max(made, 1), using: &rng))"
            switch Int.random(in: 0..<4, using: &rng) {
            case 0, 1: return (followupAdd(n), "p\(n)")
            case 2: return (["followup", "call", target, "--no-answer"], nil)
            default: return (["followup", "call", target, "--reached", "--satisfaction", "4"], nil)
            }
        }
        let doctor = cs.run("doctor")
        XCTAssertEqual(doctor.status, 0, doctor.stdout)
        let all = followups(cs)
        let (lost, doubled) = Campaign.tally(outcomes) { key in all.filter { ($0["name"] as? String) == key }.count }
        let overTried = all.filter { ($0["tries"] as? Int ?? 0) > 3 && $0["status"] as? String != "reached" }
        XCTAssertEqual(overTried.count, 0, "called past followup.tries")
        XCTAssertEqual(lost, 0, "acknowledged follow-ups lost")
        XCTAssertEqual(doubled, 0, "follow-ups recorded twice")
        Campaign.report(
            "followup crash: \(total) commands, \(killed) SIGKILLed, \(all.count) follow-ups; lost \(lost), "
                + "doubled \(doubled)")
    }

    func testClerksRecordingOneCallAtOnceRecordItOnce() throws {
        var cs = try CS.fresh()
        cs.environment["CS_LOCK_TIMEOUT"] = "60"
        let rounds = Campaign.size(6, 30)
        var wrong = 0
        for round in 0..<rounds {
            XCTAssertEqual(cs.run(followupAdd(round)).status, 0)
            let id = "F01-\(round + 1)"
            let procs = (0..<3).map { n -> Process in
                let p = cs.start(["followup", "call", id, "--reached", "--satisfaction", String(n + 3)])
                p.standardOutput = FileHandle.nullDevice
                p.standardError = FileHandle.nullDevice
                return p
            }
            for p in procs { try p.run() }
            for p in procs { p.waitUntilExit() }
            XCTAssertEqual(procs.map(\.terminationStatus).sorted(), [0, 1, 1], "one call closes it, round \(round)")
            let f = followups(cs).first { $0["id"] as? String == id } ?? [:]
            if (f["calls"] as? [[String: Any]])?.count != 1 { wrong += 1 }
        }
        XCTAssertEqual(wrong, 0)
        XCTAssertEqual(cs.run("doctor").status, 0)
        Campaign.report("followup races: \(rounds) rounds of 3 clerks recording one call; recorded twice \(wrong)")
    }

    func testAFollowupWriteThatFailsPartWayChangesNothing() throws {
        let cs = try CS.fresh()
        XCTAssertEqual(cs.run(followupAdd(1)).status, 0)
        XCTAssertEqual(cs.run(followupAdd(2)).status, 0)
        XCTAssertEqual(cs.run("followup", "call", "F01-2", "--reached", "--satisfaction", "1").status, 0)
        var faults = 0
        for target in ["txn.json", "/followups/", "/complaints/", "journal/", "#commit"] {
            let env = ["CS_FAULT_WRITE": target]
            let complain = cs.run(["followup", "complain", "F01-2"], env: env)
            assertRefused(complain, status: 3, mentions: "injected fault")
            faults += 1
            if target != "/complaints/" {
                assertRefused(cs.run(followupAdd(3), env: env), status: 3, mentions: "injected fault")
                assertRefused(
                    cs.run(["followup", "call", "F01-1", "--no-answer"], env: env), status: 3, mentions: "fault")
                faults += 2
            }
            let all = followups(cs)
            XCTAssertEqual(all.count, 2, "after a fault at \(target)")
            XCTAssertEqual(all.first?["tries"] as? Int, 0)
            XCTAssertNil(all.last?["complaint"] as? String, "no half-made complaint link after \(target)")
            XCTAssertEqual(cs.jsonArray("complaint", "list").count, 0, "no half-made complaint after \(target)")
            XCTAssertEqual(cs.run("doctor").status, 0, "after a fault at \(target)")
        }
        XCTAssertEqual(cs.run("followup", "complain", "F01-2").status, 0)
        Campaign.report(
            "followup failing storage: \(faults) faults injected into add, call and complain; state intact after each")
    }
}
