import CSCore
import Foundation
import XCTest

/// Issue 30: the enquiry desk's phase of the campaign — killed intakes, answers, hand-overs and
/// log lines; clerks answering and handing over one enquiry at once; failing storage.
extension ReliabilityTests {
    func enquiries(_ cs: CS) -> [[String: Any]] {
        let r = cs.run("export", "enquiries", "--json")
        XCTAssertEqual(r.status, 0, r.stderr)
        return (try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [[String: Any]] ?? []
    }

    func askNew(_ name: String, clerk: String = "lily") -> [String] {
        ["--clerk", clerk, "ask", "new", "--name", name, "--topic", "价格", "--text", name]
    }

    func testKilledAskCommandsLeaveEachChangeWhollyPresentOrWhollyAbsent() throws {
        var rng = SeededRandom(seed: Campaign.seed)
        var cs = try CS.fresh()
        Campaign.killing(&cs)
        let total = Campaign.size(96, 800)
        let (outcomes, killed) = try killCampaign(cs, total: total, rng: &rng) { n, made, rng in
            let target = "Q01-\(Int.random(in: 1...max(made, 1), using: &rng))"
            switch Int.random(in: 0..<5, using: &rng) {
            case 0, 1: return (askNew("caller-\(n)"), "caller-\(n)")
            case 2: return (["--clerk", "lily", "ask", "answer", target, "--answer", "a\(n)"], nil)
            case 3: return (["--clerk", "lily", "ask", "pass", target, "--to", "mei"], nil)
            default: return (["ask", "note", "--text", "note-\(n)"], nil)
            }
        }
        let doctor = cs.run("doctor")
        XCTAssertEqual(doctor.status, 0, doctor.stdout)
        let all = enquiries(cs)
        let (lost, doubled) = Campaign.tally(outcomes) { key in all.filter { ($0["name"] as? String) == key }.count }
        for e in all {
            let passes = e["handovers"] as? [[String: Any]] ?? []
            XCTAssertEqual(e["owner"] as? String, passes.last?["to"] as? String ?? "lily", "owner without a hand-over")
        }
        XCTAssertEqual(lost, 0, "acknowledged enquiries lost")
        XCTAssertEqual(doubled, 0, "enquiries recorded twice")
        Campaign.report(
            "ask crash: \(total) commands, \(killed) SIGKILLed, \(all.count) enquiries; lost \(lost), doubled \(doubled)"
        )
    }

    func testClerksActingOnOneEnquiryAtOnceActOnce() throws {
        var cs = try CS.fresh()
        cs.environment["CS_LOCK_TIMEOUT"] = "60"
        let rounds = Campaign.size(6, 30)
        var twice = 0
        for round in 0..<rounds {
            XCTAssertEqual(cs.run(askNew("r\(round)")).status, 0)
            let id = "Q01-\(round + 1)"
            let args: [[String]] = (0..<3).map { n in
                round % 2 == 0
                    ? ["--clerk", "lily", "ask", "answer", id, "--answer", "n\(n)"]
                    : ["--clerk", "boss", "ask", "pass", id, "--to", "clerk\(n)", "--supervisor", "王主管"]
            }
            let procs = args.map { a -> Process in
                let p = cs.start(a)
                p.standardOutput = FileHandle.nullDevice
                p.standardError = FileHandle.nullDevice
                return p
            }
            for p in procs { try p.run() }
            for p in procs { p.waitUntilExit() }
            let statuses = procs.map(\.terminationStatus).sorted()
            if round % 2 == 0 {
                XCTAssertEqual(statuses, [0, 1, 1], "answered once, round \(round)")
            } else {
                XCTAssertEqual(statuses.first, 0, "handed over, round \(round)")
            }
            let e = enquiries(cs).first { $0["id"] as? String == id } ?? [:]
            let passes = e["handovers"] as? [[String: Any]] ?? []
            if round % 2 == 0 && e["status"] as? String != "answered" { twice += 1 }
            if round % 2 == 1 && passes.last?["to"] as? String != e["owner"] as? String { twice += 1 }
        }
        XCTAssertEqual(twice, 0)
        XCTAssertEqual(cs.run("doctor").status, 0)
        Campaign.report("ask races: \(rounds) rounds of 3 clerks answering or handing over one enquiry; wrong \(twice)")
    }

    func testAnAskWriteThatFailsPartWayChangesNothing() throws {
        let cs = try CS.fresh()
        XCTAssertEqual(cs.run(askNew("anna")).status, 0)
        var faults = 0
        for target in ["txn.json", "/enquiries/", "journal/", "#commit"] {
            let env = ["CS_FAULT_WRITE": target]
            assertRefused(cs.run(askNew("bert"), env: env), status: 3, mentions: "injected fault")
            assertRefused(
                cs.run(["--clerk", "lily", "ask", "pass", "Q01-1", "--to", "mei"], env: env), status: 3,
                mentions: "injected fault")
            assertRefused(
                cs.run(["--clerk", "lily", "ask", "answer", "Q01-1", "--answer", "x"], env: env), status: 3,
                mentions: "injected fault")
            faults += 3
            let all = enquiries(cs)
            XCTAssertEqual(all.count, 1, "after a fault at \(target)")
            XCTAssertEqual(all.first?["status"] as? String, "open")
            XCTAssertEqual(all.first?["owner"] as? String, "lily")
            XCTAssertEqual(cs.run("doctor").status, 0, "after a fault at \(target)")
        }
        assertRefused(
            cs.run(["ask", "note", "--text", "x"], env: ["CS_FAULT_WRITE": "/shift-notes/"]), status: 3,
            mentions: "injected fault")
        XCTAssertEqual(cs.run("export", "shift-notes", "--csv").lines.count, 1, "the header only")
        Campaign.report("ask failing storage: \(faults + 1) faults injected into new, pass, answer, note; state intact")
    }
}
