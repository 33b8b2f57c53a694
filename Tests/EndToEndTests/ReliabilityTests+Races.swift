import CSCore
import Foundation
import XCTest

/// Races between processes: an import racing other clerks, killed restores, killed
/// imports watched by readers, and two hundred clerks earning at once.
extension ReliabilityTests {
    func testAnImportRacingAddsAndTopUpsNeverOverwritesThem() throws {
        var cs = try CS.fresh()
        cs.environment["CS_LOCK_TIMEOUT"] = "120"
        let regular = cs.addMember("Regular", phone: "13600000001")
        let rows = Campaign.size(2_000, 50_000)
        var csv = "name,phone,birthday,card\n"
        for i in 1...rows { csv += "I\(i),139\(String(format: "%08d", i)),1990-01-01,C\(String(format: "%07d", i))\n" }
        let file = cs.write(csv, to: "race.csv")
        let importer = cs.start(["member", "import", "--from", file])
        importer.standardOutput = FileHandle.nullDevice
        importer.standardError = FileHandle.nullDevice
        try importer.run()
        // Clerks at the desk meanwhile: walk-ins whose cards the import also holds, and top-ups.
        var adds = [(card: String, status: Int32)]()
        var topups = [Int32]()
        for k in 0..<10 {
            let card = "C\(String(format: "%07d", 1 + k * (rows / 10)))"
            adds.append(
                (
                    card,
                    cs.run(
                        "member", "add", "--name", "Walk-in \(k)", "--phone", "1350000000\(k)",
                        "--birthday", "1991-01-01", "--card", card
                    ).status
                ))
            topups.append(cs.run("member", "topup", regular, "--amount", "10").status)
        }
        importer.waitUntilExit()
        let imported = importer.terminationStatus == 0
        let landed = adds.filter { $0.status == 0 }
        // Either the import came first (every walk-in refused) or it was refused whole.
        if imported { XCTAssertEqual(landed.count, 0, "a walk-in registered a card the import holds") }
        for a in landed {
            XCTAssertTrue(
                cs.json("member", "show", a.card)["name"] as? String ?? ""
                    == "Walk-in \(adds.firstIndex { $0.card == a.card }!)")
        }
        let members = cs.run("member", "list", "--csv", "--no-header").lines.count
        XCTAssertEqual(members, 1 + landed.count + (imported ? rows : 0))
        XCTAssertEqual(
            cs.json("member", "show", regular)["balance"] as? String, "\(topups.filter { $0 == 0 }.count * 10).00")
        XCTAssertEqual(cs.run("doctor").status, 0)
        Campaign.report(
            "import race: \(rows) rows against 10 walk-ins and 10 top-ups; import \(imported ? "landed first" : "refused"), walk-ins landed \(landed.count), top-ups lost 0, overwritten 0"
        )
    }

    func testAKilledRestoreLeavesTheOldOrTheNewDirectoryWhole() throws {
        var rng = SeededRandom(seed: Campaign.seed &+ 9)
        var cs = try CS.fresh()
        cs.environment["CS_LOCK_TIMEOUT"] = "60"
        for i in 0..<5 { _ = cs.addMember("A\(i)", phone: "1370000000\(i)") }
        let small = cs.dataDirectory.path + "-small"
        XCTAssertEqual(cs.run("backup", "--to", small).status, 0)
        for i in 5..<12 { _ = cs.addMember("B\(i)", phone: "137000000\(String(format: "%02d", i))") }
        let large = cs.dataDirectory.path + "-large"
        XCTAssertEqual(cs.run("backup", "--to", large).status, 0)
        let rounds = Campaign.size(16, 120)
        var killed = 0
        var seen = [Int: Int]()
        for round in 0..<rounds {
            let p = cs.start(["restore", "--from", round % 2 == 0 ? small : large, "--force"])
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            usleep(UInt32.random(in: 0...40_000, using: &rng))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            if p.terminationReason == .uncaughtSignal { killed += 1 }
            // A reader comes first: it must see one whole directory.
            let list = cs.run("member", "list", "--csv", "--no-header")
            XCTAssertEqual(list.status, 0, list.stderr)
            XCTAssertTrue([5, 12].contains(list.lines.count), "round \(round): \(list.lines.count) members")
            seen[list.lines.count, default: 0] += 1
            let doctor = cs.run("doctor")
            XCTAssertEqual(doctor.status, 0, "round \(round): \(doctor.stdout)")
        }
        XCTAssertEqual(
            cs.run("member", "add", "--name", "After", "--phone", "13800000000", "--birthday", "1990-01-01").status, 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cs.dataDirectory.path).filter {
            $0.hasPrefix(".")
        }
        XCTAssertEqual(leftovers, [], "no staging or temp files left")
        let parent = cs.dataDirectory.deletingLastPathComponent().path
        let asides = try FileManager.default.contentsOfDirectory(atPath: parent)
            .filter { $0.hasPrefix(cs.dataDirectory.lastPathComponent + ".before-restore-") }
        var whole = 0
        for name in asides {
            let dir = parent + "/" + name
            guard !(try FileManager.default.contentsOfDirectory(atPath: dir)).isEmpty else { continue }
            let side = CS(
                dataDirectory: URL(fileURLWithPath: dir),
                environment: cs.environment.merging(["CS_DATA_DIR": dir]) { _, b in b })
            XCTAssertEqual(side.run("doctor").status, 0, "side copy \(name) is whole")
            whole += 1
        }
        Campaign.report(
            "restore: \(rounds) restores, \(killed) SIGKILLed; readers saw the old or the new directory (5: \(seen[5] ?? 0), 12: \(seen[12] ?? 0), mixed 0); side copies \(whole), all whole; doctor problems 0"
        )
    }

    func testReadersWatchingKilledImportsSeeAllOrNothing() throws {
        var rng = SeededRandom(seed: Campaign.seed &+ 11)
        var cs = try CS.fresh()
        cs.environment["CS_LOCK_TIMEOUT"] = "60"
        for i in 0..<10 { _ = cs.addMember("Base\(i)", phone: "1370000000\(i)") }
        let rows = Campaign.size(1_500, 20_000)
        let rounds = Campaign.size(6, 30)
        let counts = cs.dataDirectory.path + "-counts"
        XCTAssertTrue(FileManager.default.createFile(atPath: counts, contents: nil))
        let stop = cs.dataDirectory.path + "-stop"
        var readers = [Process]()
        for _ in 0..<2 {
            let script = """
                while [ ! -e "$STOP" ]; do
                  n=$("$CS" member list --csv --no-header 2>/dev/null | wc -l) && echo "$n" >>"$FAIL"
                done
                """
            let p = shell(cs, script, counts)
            p.environment?["STOP"] = stop
            readers.append(p)
        }
        for p in readers { try p.run() }
        var killed = 0
        for round in 0..<rounds {
            var csv = "name,phone,birthday\n"
            for i in 0..<rows { csv += "R\(round)-\(i),13\(round)\(String(format: "%08d", i)),1990-01-01\n" }
            let p = cs.start(["member", "import", "--from", cs.write(csv, to: "import-\(round).csv")])
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            usleep(UInt32.random(in: 50_000...1_500_000, using: &rng))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            if p.terminationReason == .uncaughtSignal { killed += 1 }
        }
        XCTAssertTrue(FileManager.default.createFile(atPath: stop, contents: nil))
        for p in readers { p.waitUntilExit() }
        let seen = try String(contentsOfFile: counts, encoding: .utf8).split(separator: "\n").compactMap {
            Int($0.trimmingCharacters(in: .whitespaces))
        }
        let partial = seen.filter { ($0 - 10) % rows != 0 }
        XCTAssertEqual(partial, [], "a reader saw part of an import")
        XCTAssertGreaterThan(seen.count, 0)
        XCTAssertEqual(cs.run("doctor").status, 0)
        Campaign.report(
            "imports watched: \(rounds) imports of \(rows) rows, \(killed) SIGKILLed, \(seen.count) reads by 2 readers; partial views 0 of \(seen.count)"
        )
    }

    func testTwoHundredClerksEarningAtOnceAllGetTheLock() throws {
        var cs = try CS.fresh()
        cs.environment["CS_LOCK_TIMEOUT"] = nil  // the default, 10 s
        let card = cs.addMember("Busy", phone: "13700000001")
        let clerks = 200
        let started = Date()
        let procs = (0..<clerks).map { i -> Process in
            let p = cs.start(["member", "earn", card, "--amount", "1", "--receipt", "P\(i)"])
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            return p
        }
        for p in procs { try p.run() }
        for p in procs { p.waitUntilExit() }
        let seconds = Date().timeIntervalSince(started)
        let failed = procs.filter { $0.terminationStatus != 0 }.count
        XCTAssertEqual(failed, 0, "lock timeouts")
        XCTAssertEqual(cs.json("member", "show", card)["points"] as? Int, clerks)
        Campaign.report(
            "lock: \(clerks) earns at once on one card, timeouts \(failed), points exact, \(String(format: "%.1f", seconds)) s"
        )
    }
}
