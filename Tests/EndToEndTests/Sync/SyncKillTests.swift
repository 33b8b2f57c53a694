import CSCore
import Foundation
import XCTest

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
