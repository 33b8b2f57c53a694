import CSCore
import Foundation
import XCTest

/// Issue 5's campaign: killed commands, concurrent clerks, failing storage. Each later desk
/// joins by adding its mutating commands to `operations` (with a key that identifies the record
/// it creates) and its record kind to the export checks.
final class ReliabilityTests: XCTestCase {
    /// One mutating command of the campaign and how to find what it wrote.
    struct Operation {
        let args: [String]
        /// Text that appears in exactly one exported record iff the command took effect.
        let key: String?
        let export: String
    }

    func operations(_ i: Int, cards: [String], rng: inout SeededRandom) -> Operation {
        let card = cards[Int.random(in: 0..<cards.count, using: &rng)]
        switch Int.random(in: 0..<9, using: &rng) {
        case 0:
            return Operation(
                args: [
                    "member", "earn", card, "--amount", "\(Int.random(in: 1...300, using: &rng))", "--receipt", "E\(i)",
                ], key: "\"receipt\":\"E\(i)\"", export: "ledger")
        case 1:
            return Operation(
                args: [
                    "member", "pay", card, "--amount", "\(Int.random(in: 1...50, using: &rng))", "--receipt", "P\(i)",
                ], key: "\"receipt\":\"P\(i)\"", export: "ledger")
        case 2:
            return Operation(
                args: ["member", "redeem", card, "--gift", "item-\(i)", "--points", "1"], key: "\"item\":\"item-\(i)\"",
                export: "ledger")
        case 3:
            return Operation(
                args: [
                    "member", "adjust", card, "--points", "\(Int.random(in: -5...20, using: &rng) | 1)", "--reason",
                    "A\(i)",
                ], key: "\"reason\":\"A\(i)\"", export: "ledger")
        case 4:
            return Operation(
                args: [
                    "member", "add", "--name", "R\(i)", "--phone", "1390\(String(format: "%07d", i))", "--birthday",
                    "1990-01-01",
                ], key: "\"name\":\"R\(i)\"", export: "members")
        case 5:
            return Operation(
                args: ["birthday", "gift", "prepare", card, "--item", "gift-\(i)", "--force"],
                key: "\"item\":\"gift-\(i)\"", export: "gifts")
        // A second clerk tops up and undoes her own changes, racing everyone else's.
        case 6:
            return Operation(
                args: ["--clerk", "undoer", "member", "topup", card, "--amount", "7"], key: nil, export: "ledger")
        case 7: return Operation(args: ["--clerk", "undoer", "undo"], key: nil, export: "ledger")
        default:
            return Operation(
                args: ["member", "topup", card, "--amount", "\(Int.random(in: 1...100, using: &rng))"], key: nil,
                export: "ledger")
        }
    }

    /// Starts the commands at once and SIGKILLs about half of them at a random moment of their
    /// run; returns each one's exit status, nil for a killed one.
    func killWave(_ cs: CS, _ wave: [[String]], rng: inout SeededRandom) throws -> [Int32?] {
        let procs = wave.map { args -> Process in
            let p = cs.start(args)
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            return p
        }
        for p in procs { try p.run() }
        for p in procs where Bool.random(using: &rng) {
            usleep(UInt32.random(in: 0...12_000, using: &rng))
            kill(p.processIdentifier, SIGKILL)
        }
        return procs.map { p in
            p.waitUntilExit()
            return p.terminationReason == .uncaughtSignal ? nil : p.terminationStatus
        }
    }

    func exported(_ cs: CS, _ kind: String) -> [String] {
        let r = cs.run("export", kind, "--jsonl")
        XCTAssertEqual(r.status, 0, r.stderr)
        return r.lines
    }

    func testKilledCommandsLeaveEachChangeWhollyPresentOrWhollyAbsent() throws {
        var rng = SeededRandom(seed: Campaign.seed)
        var cs = try CS.fresh()
        Campaign.killing(&cs)
        let cards = (0..<4).map { cs.addMember("M\($0)", phone: "1370000000\($0)", birthday: "1990-12-0\($0 + 1)") }
        for c in cards { XCTAssertEqual(cs.run("member", "topup", c, "--amount", "5000").status, 0) }
        let total = Campaign.size(160, 1_200)
        var outcomes: [(op: Operation, status: Int32?)] = []
        var killed = 0
        var i = 0
        while i < total {
            let wave = (0..<8).map { k in operations(i + k, cards: cards, rng: &rng) }
            let statuses = try killWave(cs, wave.map(\.args), rng: &rng)
            killed += statuses.filter { $0 == nil }.count
            outcomes += zip(wave, statuses).map { ($0, $1) }
            i += 8
        }
        // Readers work straight away, whatever was killed.
        XCTAssertEqual(cs.run("member", "list").status, 0)
        // The next change rolls back whatever a killed command left half-done.
        XCTAssertEqual(cs.run("member", "earn", cards[0], "--amount", "1", "--receipt", "FINAL").status, 0)
        let doctor = cs.run("doctor")
        XCTAssertEqual(doctor.status, 0, doctor.stdout)

        var exports = [String: [String]]()
        for kind in ["ledger", "members", "gifts"] { exports[kind] = exported(cs, kind) }
        var present = 0
        var lost = 0
        var doubled = 0
        for (op, status) in outcomes {
            XCTAssertTrue(status == nil || status == 0 || status == 1, "\(op.args) exited \(status!)")
            guard let key = op.key else { continue }
            let n = exports[op.export]!.filter { $0.contains(key) }.count
            if n > 1 { doubled += 1 }
            if status == 0 && n != 1 { lost += 1 }
            if status == 1 && n != 0 { XCTFail("\(op.args) was refused but is present") }
            if n == 1 { present += 1 }
        }
        XCTAssertEqual(lost, 0, "acknowledged changes lost")
        XCTAssertEqual(doubled, 0, "changes recorded twice")
        let cardsListed = exports["members"]!.compactMap { line -> String? in
            guard let r = line.range(of: "\"card\":\"") else { return nil }
            return String(line[r.upperBound...].prefix { $0 != "\"" })
        }
        XCTAssertEqual(Set(cardsListed).count, cardsListed.count, "a card number minted twice")
        var temps = [String]()
        let walker = FileManager.default.enumerator(atPath: cs.dataDirectory.path)
        while let f = walker?.nextObject() as? String {
            if (f as NSString).lastPathComponent.hasPrefix(".tmp-") { temps.append(f) }
        }
        XCTAssertEqual(temps, [], "orphan temp files")
        let topups = outcomes.filter { $0.op.key == nil && $0.op.args.last != "undo" }
        let topupEntries =
            exports["ledger"]!.filter { $0.contains("\"kind\":\"topup\"") && $0.contains("\"undoes\":null") }
            .count - cards.count
        XCTAssertGreaterThanOrEqual(topupEntries, topups.filter { $0.status == 0 }.count)
        XCTAssertLessThanOrEqual(topupEntries, topups.count)
        Campaign.report(
            "crash: \(total) mutating commands, \(killed) SIGKILLed, \(present) changes present; lost \(lost), doubled \(doubled), duplicate cards \(cardsListed.count - Set(cardsListed).count), orphan temps \(temps.count), doctor problems \(doctor.status == 0 ? 0 : 1), undos done \(outcomes.filter { $0.op.args.last == "undo" && $0.status == 0 }.count)"
        )
    }

    func testConcurrentClerksLoseNoUpdateAndReadersNeverFail() throws {
        var cs = try CS.fresh()
        cs.environment["CS_LOCK_TIMEOUT"] = "120"
        let card = cs.addMember("Shared", phone: "13700000001", birthday: "1990-12-01")
        let writers = 8
        let changes = Campaign.size(5, 40)
        let failures = cs.dataDirectory.path + "-failures"
        XCTAssertTrue(FileManager.default.createFile(atPath: failures, contents: nil))
        var procs = [Process]()
        for w in 0..<writers {
            let script = """
                for i in $(seq 1 \(changes)); do
                  "$CS" member earn \(card) --amount 3 --receipt W\(w)-$i >/dev/null 2>>"$FAIL" || echo "earn W\(w)-$i $?" >>"$FAIL"
                  "$CS" birthday gift prepare \(card) --item W\(w)-$i --force >/dev/null 2>>"$FAIL" || echo "gift W\(w)-$i $?" >>"$FAIL"
                  "$CS" member add --name N\(w)-$i --phone 138\(w)$(printf %07d $i) --birthday 1990-01-01 >/dev/null 2>>"$FAIL" || echo "add W\(w)-$i $?" >>"$FAIL"
                done
                """
            procs.append(shell(cs, script, failures))
        }
        for r in 0..<2 {
            let script = """
                for i in $(seq 1 \(changes * 2)); do
                  "$CS" member show \(card) >/dev/null 2>>"$FAIL" || echo "reader \(r) show $?" >>"$FAIL"
                  "$CS" member list --csv >/dev/null 2>>"$FAIL" || echo "reader \(r) list $?" >>"$FAIL"
                done
                """
            procs.append(shell(cs, script, failures))
        }
        for p in procs { try p.run() }
        for p in procs { p.waitUntilExit() }
        let failed = try String(contentsOfFile: failures, encoding: .utf8)
        XCTAssertEqual(failed, "", "no writer or reader failed")
        let m = cs.json("member", "show", card)
        XCTAssertEqual(m["points"] as? Int, writers * changes * 3, "no lost update")
        XCTAssertEqual(cs.jsonArray("birthday", "gift", "list").count, writers * changes)
        let members = cs.jsonArray("member", "list")
        XCTAssertEqual(members.count, 1 + writers * changes)
        let cards = members.compactMap { $0["card"] as? String }
        XCTAssertEqual(Set(cards).count, cards.count, "no card number twice")
        XCTAssertEqual(cs.run("doctor").status, 0)
        Campaign.report(
            "concurrency: \(writers) writers × \(changes) rounds × 3 changes, 2 readers; lost updates \(writers * changes * 3 - (m["points"] as? Int ?? 0)), duplicate cards \(cards.count - Set(cards).count), reader/writer errors \(failed.split(separator: "\n").count)"
        )
    }

    func shell(_ cs: CS, _ script: String, _ failures: String) -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", script]
        p.environment = cs.environment.merging(["CS": CS.binary.path, "FAIL": failures]) { _, b in b }
        return p
    }

    func testAWriteThatFailsPartWayLeavesThePreviousStateAndExits3() throws {
        let cs = try CS.fresh()
        let card = cs.addMember("Ann", phone: "13700000001")
        cs.run("member", "earn", card, "--amount", "100", "--receipt", "R1")
        var faults = 0
        // Fail the write of each kind of file an earn touches, in turn.
        for target in ["txn.json", "/members/", "/ledger/", "/index-receipt/", "journal/", "#commit"] {
            let r = cs.run(
                ["member", "earn", card, "--amount", "50", "--receipt", "R2"], env: ["CS_FAULT_WRITE": target])
            assertRefused(r, status: 3, mentions: "injected fault")
            if target != "#commit" {
                XCTAssertTrue(
                    r.stderr.contains(target.trimmingCharacters(in: CharacterSet(charactersIn: "/"))), r.stderr)
            }
            XCTAssertEqual(cs.json("member", "show", card)["points"] as? Int, 100, "after a fault at \(target)")
            XCTAssertEqual(cs.run("doctor").status, 0, "after a fault at \(target)")
            faults += 1
        }
        XCTAssertEqual(
            cs.run("member", "earn", card, "--amount", "50", "--receipt", "R2").status, 0, "the receipt was never used")
        // An undo that fails part-way takes nothing back; the next one does.
        for target in ["txn.json", "/ledger/", "journal/"] {
            assertRefused(cs.run(["undo"], env: ["CS_FAULT_WRITE": target]), status: 3, mentions: "injected fault")
            XCTAssertEqual(cs.json("member", "show", card)["points"] as? Int, 150, "after a fault at \(target)")
            faults += 1
        }
        XCTAssertEqual(cs.run("undo").status, 0)
        XCTAssertEqual(cs.json("member", "show", card)["points"] as? Int, 100)
        XCTAssertEqual(cs.run("doctor").status, 0)
        XCTAssertEqual(
            cs.run("member", "earn", card, "--amount", "50", "--receipt", "R2").status, 0, "freed by the undo")
        XCTAssertEqual(cs.json("member", "show", card)["points"] as? Int, 150)
        // A real limit: no file may grow (ulimit -f 0): refused, nothing changed.
        let limited = Process()
        limited.executableURL = URL(fileURLWithPath: "/bin/sh")
        limited.arguments = ["-c", "ulimit -f 0; exec \"$CS\" member topup \(card) --amount 5"]
        limited.environment = cs.environment.merging(["CS": CS.binary.path]) { _, b in b }
        let err = Pipe()
        limited.standardError = err
        try limited.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        limited.waitUntilExit()
        XCTAssertEqual(limited.terminationStatus, 3, message)
        XCTAssertTrue(message.contains("txn.json") && message.lowercased().contains("too large"), message)
        XCTAssertEqual(cs.json("member", "show", card)["balance"] as? String, "0.00")
        XCTAssertEqual(cs.run("doctor").status, 0)
        Campaign.report("failing storage: \(faults + 1) faults injected; state intact after each")
    }

    func testBackupIsAcceptedByDoctorAndRestoreRefusesToOverwriteWithoutForce() throws {
        let cs = try CS.fresh()
        let card = cs.addMember("Ann", phone: "13700000001", extra: ["--id-number", "110101199001010011"])
        cs.run("member", "earn", card, "--amount", "100", "--receipt", "R1")
        let backup = cs.dataDirectory.path + "-backup"
        XCTAssertEqual(cs.run("backup", "--to", backup).status, 0)
        XCTAssertEqual(cs.run("doctor", "--data-dir", backup).status, 0)
        assertRefused(cs.run("backup", "--to", backup), status: 3, mentions: "not empty")
        cs.run("member", "earn", card, "--amount", "50", "--receipt", "R2")
        assertRefused(cs.run("restore", "--from", backup), status: 3, mentions: "--force")
        XCTAssertEqual(cs.json("member", "show", card)["points"] as? Int, 150, "refused restore changed nothing")
        let r = cs.run("restore", "--from", backup, "--force")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(cs.json("member", "show", card)["points"] as? Int, 100)
        XCTAssertEqual(cs.run("doctor").status, 0)
        // Into an empty directory, no --force needed.
        let fresh = cs.dataDirectory.path + "-restored"
        XCTAssertEqual(cs.run("restore", "--from", backup, "--data-dir", fresh).status, 0)
        XCTAssertEqual(cs.json("member", "show", card, "--data-dir", fresh)["points"] as? Int, 100)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: fresh)[.posixPermissions] as? Int, 0o700)
    }

    func testPermissionsAreCheckedAndIDNumbersNeverLeak() throws {
        let cs = try CS.fresh()
        let card = cs.addMember("Ann", phone: "13700000001", extra: ["--id-number", "110101199001010011"])
        let full = "110101199001010011"
        for args in [
            ["member", "show", card], ["member", "list", "--json"], ["member", "find", "--name", "Ann", "--csv"],
            ["log"], ["export", "members"], ["export", "journal"],
        ] {
            XCTAssertFalse(cs.run(args).stdout.contains(full), "\(args) shows the full ID number")
        }
        let journal = try FileManager.default.contentsOfDirectory(atPath: cs.path("journal"))
            .map { try String(contentsOfFile: cs.path("journal/\($0)"), encoding: .utf8) }.joined()
        XCTAssertFalse(journal.contains(full))
        chmod(cs.path("config.json"), 0o644)
        let d = cs.run("doctor")
        XCTAssertEqual(d.status, 3)
        XCTAssertTrue(d.stdout.contains("config.json") && d.stdout.contains("644"), d.stdout)
        XCTAssertEqual(cs.run("doctor", "--repair").status, 0)
    }
}
