import CSCore
import Foundation
import XCTest

/// Issue 29: the lending desk's phase of the campaign — killed loans, returns and write-offs;
/// clerks racing for the last umbrella and for one wheelchair; failing storage.
extension ReliabilityTests {
    func loans(_ cs: CS) -> [[String: Any]] {
        let r = cs.run("export", "loans", "--json")
        XCTAssertEqual(r.status, 0, r.stderr)
        return (try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [[String: Any]] ?? []
    }

    func lendOut(_ item: String, to name: String) -> [String] {
        ["--clerk", name, "lend", "out", item, "--to", name, "--phone", "13900000001", "--deposit", "50"]
    }

    func testKilledLendCommandsLeaveEachChangeWhollyPresentOrWhollyAbsent() throws {
        var rng = SeededRandom(seed: Campaign.seed)
        var cs = try CS.fresh()
        XCTAssertEqual(cs.run("lend", "stock", "add", "--item", "雨伞", "--count", "10000").status, 0)
        XCTAssertEqual(cs.run("lend", "stock", "add", "--item", "轮椅", "--ids", "W1-W5").status, 0)
        let first = (0..<6).map { n -> String in
            let r = cs.run(lendOut("雨伞", to: "first-\(n)") + ["-q"])
            return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        Campaign.killing(&cs)
        let total = Campaign.size(96, 800)
        let (outcomes, killed) = try killCampaign(cs, total: total, rng: &rng) { n, _, rng in
            let loan = first[Int.random(in: 0..<first.count, using: &rng)]
            switch Int.random(in: 0..<5, using: &rng) {
            case 0, 1: return (lendOut("雨伞", to: "borrower-\(n)"), "borrower-\(n)")
            case 2: return (lendOut("轮椅", to: "chair-\(n)"), nil)
            case 3: return (["lend", "back", loan, "--keep", "10"], nil)
            default: return (["lend", "writeoff", loan, "--reason", "lost", "--supervisor", "wang"], nil)
            }
        }
        XCTAssertEqual(cs.run("lend", "list").status, 0, "readers work straight away")
        let doctor = cs.run("doctor")
        XCTAssertEqual(doctor.status, 0, doctor.stdout)
        let all = loans(cs)
        let (lost, doubled) = Campaign.tally(outcomes) { key in all.filter { ($0["borrower"] as? String) == key }.count
        }
        let ids = all.compactMap { $0["id"] as? String }
        XCTAssertEqual(Set(ids).count, ids.count, "an id minted twice")
        let chairs = all.filter { $0["status"] as? String == "out" }.compactMap { $0["asset"] as? String }
        XCTAssertEqual(Set(chairs).count, chairs.count, "a wheelchair out twice")
        XCTAssertEqual(lost, 0, "acknowledged loans lost")
        XCTAssertEqual(doubled, 0, "loans recorded twice")
        let report = cs.run("lend", "report", "--json")
        XCTAssertEqual(report.status, 0, "the day's deposits balance: \(report.stdout)")
        Campaign.report(
            "lend crash: \(total) commands, \(killed) SIGKILLed, \(all.count) loans; lost \(lost), doubled "
                + "\(doubled), duplicate ids \(ids.count - Set(ids).count), chairs out twice "
                + "\(chairs.count - Set(chairs).count), deposits balance \(report.status == 0)")
    }

    /// Three clerks reach for the last umbrella, and three for wheelchair W1, at once: one loan
    /// each, the others refused, nothing doubled.
    func testClerksRacingForTheLastOneGetOneLoan() throws {
        var cs = try CS.fresh()
        cs.environment["CS_LOCK_TIMEOUT"] = "60"
        let rounds = Campaign.size(6, 30)
        var doubled = 0
        for round in 0..<rounds {
            let umbrella = "伞-\(round)"
            let chair = "R\(round)"
            XCTAssertEqual(cs.run("lend", "stock", "add", "--item", umbrella, "--count", "1").status, 0)
            XCTAssertEqual(cs.run("lend", "stock", "add", "--item", "椅-\(round)", "--ids", chair).status, 0)
            let commands =
                (0..<3).map { lendOut(umbrella, to: "u\($0)") } + (0..<3).map { lendOut(chair, to: "c\($0)") }
            let procs = commands.map { args -> Process in
                let p = cs.start(args)
                p.standardOutput = FileHandle.nullDevice
                p.standardError = FileHandle.nullDevice
                return p
            }
            for p in procs { try p.run() }
            for p in procs { p.waitUntilExit() }
            let statuses = procs.map(\.terminationStatus)
            XCTAssertEqual(statuses[0..<3].sorted(), [0, 1, 1], "one umbrella lent, round \(round)")
            XCTAssertEqual(statuses[3..<6].sorted(), [0, 1, 1], "one chair lent, round \(round)")
            let out = loans(cs).filter {
                $0["status"] as? String == "out"
                    && ($0["item"] as? String == umbrella || $0["asset"] as? String == chair)
            }
            if out.count != 2 { doubled += 1 }
        }
        XCTAssertEqual(doubled, 0)
        XCTAssertEqual(cs.run("doctor").status, 0)
        Campaign.report(
            "lend races: \(rounds) rounds of 3 clerks for the last umbrella and 3 for one chair; doubled \(doubled)")
    }

    func testALendWriteThatFailsPartWayChangesNothing() throws {
        let cs = try CS.fresh()
        XCTAssertEqual(cs.run("lend", "stock", "add", "--item", "雨伞", "--count", "2").status, 0)
        let loan = cs.run(lendOut("雨伞", to: "anna") + ["-q"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        var faults = 0
        for target in ["txn.json", "/loans/", "journal/", "#commit"] {
            let env = ["CS_FAULT_WRITE": target]
            assertRefused(cs.run(lendOut("雨伞", to: "bert"), env: env), status: 3, mentions: "injected fault")
            assertRefused(
                cs.run(["lend", "back", loan, "--keep", "5"], env: env), status: 3, mentions: "injected fault")
            assertRefused(
                cs.run(["lend", "writeoff", loan, "--reason", "x", "--supervisor", "y"], env: env), status: 3,
                mentions: "injected fault")
            faults += 3
            let all = loans(cs)
            XCTAssertEqual(all.count, 1, "after a fault at \(target)")
            XCTAssertEqual(all.first?["status"] as? String, "out")
            XCTAssertEqual(cs.run("doctor").status, 0, "after a fault at \(target)")
        }
        XCTAssertEqual(cs.run("lend", "back", loan).status, 0)
        XCTAssertEqual(loans(cs).first?["returned"] as? String, "50.00")
        Campaign.report(
            "lend failing storage: \(faults) faults injected into out, back and writeoff; state intact after each")
    }
}
