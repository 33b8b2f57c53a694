import CSCore
import Foundation
import XCTest

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
