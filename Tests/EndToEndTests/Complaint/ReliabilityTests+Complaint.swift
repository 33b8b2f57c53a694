import CSCore
import Foundation
import XCTest

/// Issue 14: the complaint desk's phase of the campaign — two clerks acting on one complaint at
/// once are serialised (one wins, the other refused with the new state); killed transitions and
/// injected write failures leave each change wholly present or absent.
extension ReliabilityTests {
    func complaintDesk() throws -> CS {
        var cs = try CS.fresh()
        Campaign.killing(&cs)
        return cs
    }

    func complaints(_ cs: CS) -> [[String: Any]] {
        let r = cs.run("export", "complaints", "--json")
        XCTAssertEqual(r.status, 0, r.stderr)
        return (try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [[String: Any]] ?? []
    }

    func newComplaint(_ cs: CS, _ n: Int) -> String {
        cs.run(["complaint", "new", "--customer", "c\(n)", "--phone", "13900000000", "--matter", "m\(n)", "-q"])
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func testTwoClerksActingOnOneComplaintAtOnceAreSerialised() throws {
        let cs = try complaintDesk()
        let rounds = Campaign.size(6, 30)
        var resolveRaces = 0
        var mixedRaces = 0
        var bothResolved = 0
        for n in 0..<rounds {
            let id = newComplaint(cs, n)
            let results = cs.dataDirectory.path + "-race-\(n)"
            XCTAssertTrue(FileManager.default.createFile(atPath: results, contents: nil))
            // Even rounds: two clerks resolve at once. Odd rounds: one escalates as the other resolves.
            let second = n % 2 == 0 ? "resolve \(id) --resolution b" : "escalate \(id) --to boss"
            let procs = ["resolve \(id) --resolution a", second].map { cmd in
                shell(
                    cs,
                    "\"$CS\" complaint \(cmd) >/dev/null 2>>\"$FAIL.err\"; echo \"\(cmd.prefix(8)) $?\" >>\"$FAIL\"",
                    results)
            }
            for p in procs { try p.run() }
            for p in procs { p.waitUntilExit() }
            let lines = try String(contentsOfFile: results, encoding: .utf8).split(separator: "\n")
            let ok = lines.filter { $0.hasSuffix(" 0") }.map { String($0.prefix(8)) }
            let refused = lines.filter { $0.hasSuffix(" 1") }.count
            XCTAssertEqual(ok.count + refused, 2, "\(lines)")
            let errors = (try? String(contentsOfFile: results + ".err", encoding: .utf8)) ?? ""
            let c = try XCTUnwrap(complaints(cs).first { $0["id"] as? String == id })
            let timeline = (c["timeline"] as? [[String: Any]] ?? []).compactMap { $0["action"] as? String }
            XCTAssertEqual(c["status"] as? String, "resolved", "a resolution always lands")
            if n % 2 == 0 {
                resolveRaces += 1
                XCTAssertEqual(ok.count, 1, "one wins")
                XCTAssertTrue(errors.contains("is resolved"), "the other is told the new state: \(errors)")
                XCTAssertEqual(timeline, ["received", "resolved"])
            } else {
                mixedRaces += 1
                // Escalation first: both land, in that order. Resolution first: the escalation is refused.
                if ok.count == 2 {
                    bothResolved += 1
                    XCTAssertEqual(timeline, ["received", "escalated", "resolved"])
                } else {
                    XCTAssertEqual(ok, ["resolve "])
                    XCTAssertTrue(errors.contains("is resolved"), errors)
                    XCTAssertEqual(timeline, ["received", "resolved"])
                }
            }
        }
        XCTAssertEqual(cs.run("doctor").status, 0)
        Campaign.report(
            "complaint concurrency: \(resolveRaces) resolve/resolve races (one winner each), "
                + "\(mixedRaces) escalate/resolve races (\(bothResolved) escalated first); no lost update")
    }

    func testKilledComplaintTransitionsLeaveEachChangeWhollyPresentOrAbsent() throws {
        var rng = SeededRandom(seed: Campaign.seed)
        let total = Campaign.size(48, 320)
        let cs = try complaintDesk()
        let ids = (0..<8).map { newComplaint(cs, $0) }
        var outcomes: [(args: [String], note: String?, status: Int32?)] = []
        var killed = 0
        var i = 0
        while i < total {
            let wave: [(args: [String], note: String?)] = (0..<8).map { k in
                let n = i + k
                let id = ids[Int.random(in: 0..<ids.count, using: &rng)]
                switch Int.random(in: 0..<5, using: &rng) {
                case 0: return (["complaint", "note", id, "n\(n)"], "n\(n)")
                case 1: return (["complaint", "escalate", id, "--to", "e\(n)"], nil)
                case 2: return (["complaint", "wait", id, "--reason", "w\(n)"], "w\(n)")
                case 3: return (["complaint", "resolve", id, "--resolution", "r\(n)"], "r\(n)")
                default:
                    return (
                        [
                            "complaint", "new", "--customer", "k\(n)", "--phone", "13900000000", "--matter",
                            "k\(n)",
                        ], "k\(n)"
                    )
                }
            }
            let statuses = try killWave(cs, wave.map(\.args), rng: &rng)
            killed += statuses.filter { $0 == nil }.count
            outcomes += zip(wave, statuses).map { ($0.args, $0.note, $1) }
            i += 8
        }
        XCTAssertEqual(cs.run("complaint", "list").status, 0, "readers work straight away")
        let doctor = cs.run("doctor")
        XCTAssertEqual(doctor.status, 0, doctor.stdout)
        let all = complaints(cs)
        let texts = all.flatMap { c in
            (c["timeline"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        }
        var lost = 0
        var doubled = 0
        for o in outcomes {
            XCTAssertTrue(o.status == nil || o.status == 0 || o.status == 1, "\(o.args) exited \(o.status!)")
            guard let note = o.note else { continue }
            let n = texts.filter { $0 == note }.count
            if n > 1 { doubled += 1 }
            if o.status == 0 && n != 1 { lost += 1 }
            if o.status == 1 && n != 0 { XCTFail("\(o.args) was refused but is present") }
        }
        XCTAssertEqual(lost, 0)
        XCTAssertEqual(doubled, 0)
        let numbers = all.compactMap { $0["id"] as? String }
        XCTAssertEqual(Set(numbers).count, numbers.count, "an id minted twice")
        Campaign.report(
            "complaint crash: \(total) notes, escalations, waits, resolutions and intakes, \(killed) "
                + "SIGKILLed; lost \(lost), doubled \(doubled), doctor problems \(doctor.status == 0 ? 0 : 1)")
    }

    func testAComplaintWriteThatFailsPartWayChangesNothing() throws {
        let cs = try complaintDesk()
        let id = newComplaint(cs, 1)
        var faults = 0
        for target in [
            "txn.json", "/complaints/", "/index-complaint-pending/", "/index-complaint-month/", "journal/",
            "#commit",
        ] {
            let env = ["CS_FAULT_WRITE": target]
            assertRefused(
                cs.run(["complaint", "resolve", id, "--resolution", "x"], env: env), status: 3,
                mentions: "injected fault")
            assertRefused(
                cs.run(
                    ["complaint", "new", "--customer", "y", "--phone", "13900000001", "--matter", "y"],
                    env: env), status: 3, mentions: "injected fault")
            faults += 2
            let all = complaints(cs)
            XCTAssertEqual(all.count, 1, "after a fault at \(target)")
            XCTAssertEqual(all.first?["status"] as? String, "open", "after a fault at \(target)")
            XCTAssertEqual(
                cs.run("complaint", "overdue", "--within", "49", "--field", "id").stdout, "\(id)\n",
                "the pending index intact after a fault at \(target)")
            XCTAssertEqual(cs.run("doctor").status, 0, "after a fault at \(target)")
        }
        XCTAssertEqual(newComplaint(cs, 2), "C01-2", "no id was lost to a failed write")
        Campaign.report(
            "complaint failing storage: \(faults) faults injected into resolve and new; state intact "
                + "after each")
    }
}
