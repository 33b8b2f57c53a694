import CSCore
import Foundation
import XCTest

/// The data directory defends itself: hostile input, damaged files, racing restores and
/// failed output, each through the real binary (first found by an adversarial tester, issue 9).
final class DataDirectoryDefenceTests: XCTestCase {
    // MARK: loses or mixes data

    func testAnImportThatWaitedForTheLockRefusesACardRegisteredMeanwhile() throws {
        let cs = try CS.fresh()
        let csv = cs.write("name,phone,birthday,card\nImported,13911110000,1990-01-01,C0000005\n", to: "import.csv")
        // The add holds the lock for a while before committing; the import checks (card free),
        // then waits for the lock, and must decide again once it has it.
        let add = cs.start(
            [
                "member", "add", "--name", "Walk-in", "--phone", "13922220000", "--birthday", "1991-01-01",
                "--card", "C0000005",
            ], env: ["CS_FAULT_HOLD_LOCK_MS": "1500"])
        add.standardOutput = FileHandle.nullDevice
        try add.run()
        usleep(400_000)
        let imported = cs.run("member", "import", "--from", csv)
        add.waitUntilExit()
        XCTAssertEqual(add.terminationStatus, 0)
        XCTAssertEqual(imported.status, 1, imported.stdout + imported.stderr)
        XCTAssertTrue(imported.stderr.contains("C0000005"), imported.stderr)
        XCTAssertEqual(
            cs.json("member", "show", "C0000005")["name"] as? String, "Walk-in", "the add was not overwritten")
        XCTAssertEqual(cs.run("doctor").status, 0)
    }

    func testTwoRestoresInOneSecondKeepTwoSideCopies() throws {
        let cs = try CS.fresh()
        let card = cs.addMember("Ann", phone: "13700000001")
        let backup = cs.dataDirectory.path + "-backup"
        XCTAssertEqual(cs.run("backup", "--to", backup).status, 0)
        XCTAssertEqual(cs.run("restore", "--from", backup, "--force").status, 0)
        XCTAssertEqual(cs.run("member", "earn", card, "--amount", "77", "--receipt", "BETWEEN").status, 0)
        let second = cs.run("restore", "--from", backup, "--force")
        XCTAssertEqual(second.status, 0, second.stderr)
        // CS_NOW fixes the second: both restores happened "at once".
        let first = cs.dataDirectory.path + ".before-restore-20261123-100000"
        XCTAssertTrue(FileManager.default.fileExists(atPath: first))
        XCTAssertTrue(second.stdout.contains(first + "-2"), second.stdout)
        let aside = CS(
            dataDirectory: URL(fileURLWithPath: first + "-2"),
            environment: cs.environment.merging(["CS_DATA_DIR": first + "-2"]) { _, b in b })
        XCTAssertTrue(aside.run("export", "ledger").stdout.contains("BETWEEN"), "the earn between the restores is kept")
        XCTAssertEqual(aside.run("doctor").status, 0, "the side copy is a whole data directory")
        XCTAssertFalse(cs.run("export", "ledger").stdout.contains("BETWEEN"))
    }

    func testRestoreRefusesATamperedBackupUnlessToldOtherwise() throws {
        let cs = try CS.fresh()
        let card = cs.addMember("Ann", phone: "13700000001")
        cs.run("member", "earn", card, "--amount", "10", "--receipt", "R1")
        let backup = cs.dataDirectory.path + "-backup"
        XCTAssertEqual(cs.run("backup", "--to", backup).status, 0)
        let members = try FileManager.default.contentsOfDirectory(atPath: backup + "/members").map {
            backup + "/members/" + $0
        }
        let shard = try XCTUnwrap(
            members.first { (try? String(contentsOfFile: $0, encoding: .utf8))?.contains(card) == true })
        let text = try String(contentsOfFile: shard, encoding: .utf8)
        try text.replacingOccurrences(of: "\"points\":10", with: "\"points\":9999999").write(
            toFile: shard, atomically: true, encoding: .utf8)
        let refused = cs.run("restore", "--from", backup, "--force")
        assertRefused(refused, status: 3, mentions: "members/", "--force-unverified")
        XCTAssertEqual(cs.json("member", "show", card)["points"] as? Int, 10, "nothing was restored")
        XCTAssertEqual(cs.run("restore", "--from", backup, "--force", "--force-unverified").status, 0)
        XCTAssertTrue(cs.run("log").stdout.contains("verified: false"))
    }

    func testExportOutNeverReplacesALinkADirectoryOrAnExistingFileWithoutForce() throws {
        let cs = try CS.fresh()
        _ = cs.addMember("Ann", phone: "13700000001")
        let dir = cs.dataDirectory.path + "-out"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let existing = dir + "/m.csv"
        try "mine\n".write(toFile: existing, atomically: true, encoding: .utf8)
        assertRefused(cs.run("export", "members", "--out", existing), status: 1, mentions: "--force")
        XCTAssertEqual(try String(contentsOfFile: existing, encoding: .utf8), "mine\n")
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.csv", withDestinationPath: existing)
        assertRefused(cs.run("export", "members", "--out", dir + "/link.csv", "--force"), status: 1, mentions: "link")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/link.csv"), existing)
        assertRefused(cs.run("export", "members", "--out", dir, "--force"), status: 1, mentions: "directory")
        XCTAssertEqual(cs.run("export", "members", "--out", existing, "--force").status, 0)
        XCTAssertTrue(try String(contentsOfFile: existing, encoding: .utf8).contains("Ann"))
        // A FIFO and a device are written directly, never turned into files. The devices are
        // our own nodes (null and full), so a broken build cannot replace the system's.
        let fifo = dir + "/fifo"
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [fifo]
        let piped = Pipe()
        reader.standardOutput = piped
        try reader.run()
        XCTAssertEqual(cs.run("export", "members", "--out", fifo).status, 0)
        let streamed = String(decoding: piped.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        reader.waitUntilExit()
        XCTAssertTrue(streamed.contains("Ann"))
        var st = stat()
        XCTAssertEqual(lstat(fifo, &st), 0)
        XCTAssertEqual(st.st_mode & S_IFMT, S_IFIFO, "the FIFO is still a FIFO")
        var null = stat()
        var full = stat()
        guard stat("/dev/null", &null) == 0, stat("/dev/full", &full) == 0,
            null.st_mode & S_IFMT == S_IFCHR, full.st_mode & S_IFMT == S_IFCHR,
            mknod(dir + "/null", S_IFCHR | 0o600, null.st_rdev) == 0,
            mknod(dir + "/full", S_IFCHR | 0o600, full.st_rdev) == 0
        else { return }  // not root: no devices of our own
        XCTAssertEqual(cs.run("export", "members", "--out", dir + "/null").status, 0)
        assertRefused(cs.run("export", "members", "--out", dir + "/full"), status: 3, mentions: dir + "/full")
        for device in ["null", "full"] {
            XCTAssertEqual(lstat(dir + "/" + device, &st), 0)
            XCTAssertEqual(st.st_mode & S_IFMT, S_IFCHR, "\(device) is still a device")
        }
    }

    func testOneReceiptEarnsOnceWhateverItsSpelling() throws {
        let cs = try CS.fresh()
        let card = cs.addMember("Ann", phone: "13700000001")
        XCTAssertEqual(cs.run("member", "earn", card, "--amount", "100", "--receipt", "R-1001").status, 0)
        for spelling in ["r-1001", " R-1001 ", "R-1001\u{3000}", "Ｒ-1001", "R－1001"] {
            assertRefused(
                cs.run("member", "earn", card, "--amount", "100", "--receipt", spelling), status: 1, mentions: "R-1001")
        }
        assertRefused(
            cs.run("member", "earn", card, "--amount", "100", "--receipt", ""), status: 2, mentions: "--receipt")
        XCTAssertEqual(cs.json("member", "show", card)["points"] as? Int, 100)
        XCTAssertEqual(cs.run("member", "reverse", "--receipt", "ｒ－１００１", "--reason", "refund").status, 0)
    }

    func testADamagedConfigStopsCommandsInsteadOfFallingBackToDefaults() throws {
        let cs = try CS.fresh()
        XCTAssertEqual(cs.run("config", "set", "desk.id", "07").status, 0)
        try "{\"schema\":1,\"desk.id\":".write(toFile: cs.path("config.json"), atomically: true, encoding: .utf8)
        for args in [
            ["member", "add", "--name", "X", "--phone", "13700000009", "--birthday", "1990-01-01"],
            ["member", "list"], ["birthday", "list"], ["config", "get", "desk.id"], ["log"],
        ] {
            assertRefused(cs.run(args), status: 3, mentions: "config.json")
        }
        let doctor = cs.run("doctor")
        XCTAssertEqual(doctor.status, 3)
        XCTAssertTrue(doctor.stdout.contains("config.json"), doctor.stdout)
    }

    // MARK: corrupts or wedges the store

    func testAnUndoRecordPointingOutsideTheJournalIsRefusedAndRepairMovesItAside() throws {
        let cs = try CS.fresh()
        let config = try String(contentsOfFile: cs.path("config.json"), encoding: .utf8)
        let undo =
            #"{"txn":"x","records":[],"created":[],"files":[],"journal":{"path":"\#(cs.dataDirectory.path)/journal/../config.json","size":0}}"#
        try undo.write(toFile: cs.path("txn.json"), atomically: true, encoding: .utf8)
        assertRefused(
            cs.run("member", "add", "--name", "X", "--phone", "13700000009", "--birthday", "1990-01-01"),
            status: 3, mentions: "txn.json", "doctor --repair")
        XCTAssertEqual(try String(contentsOfFile: cs.path("config.json"), encoding: .utf8), config)
        let repair = cs.run("doctor", "--repair")
        XCTAssertTrue(repair.stdout.contains("txn.json.damaged-"), repair.stdout)
        XCTAssertEqual(repair.status, 0, repair.stdout)
        XCTAssertEqual(
            cs.run("member", "add", "--name", "X", "--phone", "13700000009", "--birthday", "1990-01-01").status, 0)
    }

    func testReadersNeverSeeHalfTheChangeOfAWriterThatDied() throws {
        let cs = try CS.fresh()
        _ = cs.addMember("Committed", phone: "13700000001")
        // A writer that dies after its log record (the commit point) and the member shards,
        // before the journal: committed, half written out.
        var store = Store(root: cs.dataDirectory.path)
        store.faults = FaultPlan(failWritesMatching: "journal", abandonOnFault: true)
        let config = try Config.load(from: store)
        let now = Clock(now: Instant(parsing: "2026-11-23T10:00:00+08:00", defaultOffset: .utc)!)
        let desk = MemberDesk(DeskContext(store: store, config: config, clock: now, clerk: "ghost"))
        var application = MemberDesk.Application()
        application.name = "Ghost"
        application.phone = "13700000002"
        application.birthday = Day(iso: "1990-01-01")
        XCTAssertThrowsError(try desk.add(application))
        XCTAssertTrue(FileManager.default.fileExists(atPath: cs.path("txn.json")))
        let list = cs.run("member", "list", "--csv")
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertEqual(list.stdout.components(separatedBy: "Ghost").count, 2, "finished before it is shown, once")
        XCTAssertTrue(list.stdout.contains("Committed"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: cs.path("txn.json")))
        XCTAssertEqual(cs.run("member", "show", "13700000002").status, 0, "found by its phone: the index is whole")
        let log = cs.run("log", "--csv").stdout.split(separator: "\n")
        XCTAssertEqual(log.filter { $0.contains("Ghost") }.count, 1, "journalled once")
        XCTAssertEqual(cs.run("doctor").status, 0)
    }

    // MARK: misleads or falls over

    func testAFailedWriteToStandardOutputExits3() throws {
        let cs = try CS.fresh()
        _ = cs.addMember("Ann", phone: "13700000001")
        for args in [["member", "list"], ["export", "members", "--csv"], ["member", "show", "13700000001"]] {
            let p = cs.start(args)
            p.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
            let err = Pipe()
            p.standardError = err
            try p.run()
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            XCTAssertEqual(p.terminationStatus, 3, "\(args)")
            XCTAssertTrue(message.contains("standard output"), message)
        }
    }

    func testAnAbsurdClockIsRefusedNotATrap() throws {
        let cs = try CS.fresh()
        let card = cs.addMember("Ann", phone: "13700000001")
        for args in [
            ["member", "earn", card, "--amount", "1", "--receipt", "X"], ["birthday", "upcoming"],
            ["birthday", "greet"],
            ["member", "add", "--name", "B", "--phone", "13700000002", "--birthday", "tomorrow"],
        ] {
            assertRefused(cs.run(args, env: ["CS_NOW": "9999-12-31T00:00:00+14:00"]), status: 2, mentions: "CS_NOW")
        }
    }

    func testTodayIsTheDesksDayWhateverOffsetCSNowWasWrittenIn() throws {
        let cs = try CS.fresh()
        // 16:00 UTC is midnight of the 24th at the desk (+08:00).
        let r = cs.run(
            ["member", "add", "--name", "B", "--phone", "13700000002", "--birthday", "today", "-q"],
            env: ["CS_NOW": "2026-11-23T16:00:00Z"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let card = r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(cs.json("member", "show", card)["birthday"] as? String, "2026-11-24")
    }

    func testTerminalEscapesAreRefusedInNamesAndShownEscapedInNotes() throws {
        let cs = try CS.fresh()
        for name in ["Bob\u{1B}[2J", "Bob\u{9B}31m", "Bob\u{202E}evil", "B\u{200B}ob"] {
            let r = cs.run("member", "add", "--name", name, "--phone", "13700000001", "--birthday", "1990-01-01")
            assertRefused(r, status: 2, mentions: "--name")
            XCTAssertFalse(
                r.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x202E },
                "the error echoes the name visibly")
        }
        let card = cs.addMember("Bob", phone: "13700000001", extra: ["--note", "see \u{202E}here"])
        let show = cs.run("member", "show", card)
        XCTAssertFalse(show.stdout.unicodeScalars.contains { $0.value == 0x202E })
        XCTAssertTrue(show.stdout.contains("<U+202E>"), show.stdout)
        XCTAssertTrue(
            cs.run("member", "show", card, "--json").stdout.contains("\u{202E}"), "JSON keeps the stored text")
    }

    func testFiguresStayWithinTheLimitsSoEveryExportImportsBack() throws {
        let cs = try CS.fresh()
        let card = cs.addMember("Ann", phone: "13700000001")
        assertRefused(
            cs.run("member", "earn", card, "--amount", "9999999999.99", "--receipt", "BIG"), status: 1,
            mentions: "points")
        XCTAssertEqual(cs.run("member", "topup", card, "--amount", "999999999.99").status, 0)
        assertRefused(cs.run("member", "topup", card, "--amount", "9999999999.99"), status: 1, mentions: "balance")
        let m = cs.dataDirectory.path + "-m.csv"
        let l = cs.dataDirectory.path + "-l.csv"
        XCTAssertEqual(cs.run("export", "members", "--reveal", "--out", m).status, 0)
        XCTAssertEqual(cs.run("export", "ledger", "--out", l).status, 0)
        let imported = cs.run(
            "--data-dir", cs.dataDirectory.path + "-moved", "member", "import", "--from", m, "--ledger", l,
            env: ["CS_DATA_DIR": ""])
        XCTAssertNotEqual(imported.status, 0, "needs init first")
        let moved = CS(
            dataDirectory: URL(fileURLWithPath: cs.dataDirectory.path + "-moved"),
            environment: cs.environment.merging(["CS_DATA_DIR": cs.dataDirectory.path + "-moved"]) { _, b in b })
        XCTAssertEqual(moved.run("init").status, 0)
        let back = moved.run("member", "import", "--from", m, "--ledger", l)
        XCTAssertEqual(back.status, 0, back.stderr)
    }

    func testAShardReplacedByADirectoryIsReportedAndTheRestGoesOn() throws {
        let cs = try CS.fresh()
        for i in 0..<20 { _ = cs.addMember("M\(i)", phone: "137000000\(String(format: "%02d", i))") }
        let shards = try FileManager.default.contentsOfDirectory(atPath: cs.path("members")).filter {
            $0.hasSuffix(".jsonl")
        }.sorted()
        let victim = cs.path("members/" + shards[0])
        let lost = try String(contentsOfFile: victim, encoding: .utf8).split(separator: "\n").count
        try FileManager.default.removeItem(atPath: victim)
        try FileManager.default.createDirectory(atPath: victim, withIntermediateDirectories: false)
        let list = cs.run("member", "list", "--csv", "--no-header")
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertEqual(list.lines.count, 20 - lost)
        XCTAssertTrue(list.stderr.contains(shards[0]), list.stderr)
        XCTAssertEqual(cs.run("export", "members").status, 0)
        let doctor = cs.run("doctor")
        XCTAssertEqual(doctor.status, 3)
        XCTAssertTrue(doctor.stdout.contains(shards[0]), doctor.stdout)
    }

    func testADataDirectoryThatIsAFileIsNotToldToRunInit() throws {
        let cs = try CS.fresh(initialize: false)
        try "not a directory".write(to: cs.dataDirectory, atomically: true, encoding: .utf8)
        let r = cs.run("member", "list")
        assertRefused(r, status: 3, mentions: cs.dataDirectory.path)
        XCTAssertFalse(r.stderr.contains("cs init"), r.stderr)
    }
}

extension DataDirectoryDefenceTests {
    /// Found by the killed-restore campaign: a restore killed after moving the old entries out
    /// and before moving config.json in left a root without config.json, and the next command
    /// said "run cs init" instead of rolling the switch back.
    func testARestoreKilledMidSwitchIsRolledBackBeforeAnythingReadsTheConfig() throws {
        let cs = try CS.fresh()
        _ = cs.addMember("Old", phone: "13700000001")
        let backup = cs.dataDirectory.path + "-backup"
        XCTAssertEqual(cs.run("backup", "--to", backup).status, 0)
        _ = cs.addMember("Newer", phone: "13700000002")
        var store = Store(root: cs.dataDirectory.path)
        store.faults = FaultPlan(failWritesMatching: cs.dataDirectory.path + "/config.json", abandonOnFault: true)
        let clock = Clock(now: Instant(parsing: "2026-11-23T10:00:00+08:00", defaultOffset: .utc)!)
        XCTAssertThrowsError(try store.restore(from: backup, force: true, unverified: false, clerk: "t", clock: clock))
        XCTAssertFalse(FileManager.default.fileExists(atPath: cs.path("config.json")), "the kill left no config.json")
        let list = cs.run("member", "list", "--csv", "--no-header")
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertEqual(list.lines.count, 2, "the old directory, whole")
        XCTAssertEqual(cs.run("doctor").status, 0)
    }
}
