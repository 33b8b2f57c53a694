import Foundation
import XCTest

/// The foundation's promises, through the real binary (issue 2's "done when").
final class FoundationTests: XCTestCase {
    func testTwoProcessesChangingDataAtOnceBothLand() throws {
        let cs = try CS.fresh()
        let card = cs.addMember("Alice", phone: "13900000001")
        // Many concurrent earns on one member and concurrent config changes on two keys.
        var procs = [Process]()
        for i in 0..<8 {
            procs.append(cs.start(["member", "earn", card, "--amount", "10", "--receipt", "R\(i)"]))
        }
        procs.append(cs.start(["config", "set", "member.voucherMinYuan", "20"]))
        procs.append(cs.start(["config", "set", "member.voucherMaxYuan", "200"]))
        for p in procs {
            p.standardOutput = FileHandle.nullDevice
            try p.run()
        }
        for p in procs {
            p.waitUntilExit()
            XCTAssertEqual(p.terminationStatus, 0)
        }
        let m = cs.json("member", "show", card)
        XCTAssertEqual(m["points"] as? Int, 80)
        XCTAssertEqual(cs.run("config", "get", "member.voucherMinYuan").stdout, "20\n")
        XCTAssertEqual(cs.run("config", "get", "member.voucherMaxYuan").stdout, "200\n")
        XCTAssertEqual(cs.run("doctor").status, 0)
    }

    func testALockHeldByAKilledProcessDoesNotBlock() throws {
        let cs = try CS.fresh()
        let card = cs.addMember("Bob", phone: "13900000002")
        // This command holds the lock for 30 s (debug-only fault point); kill it mid-way.
        let holder = cs.start(
            ["member", "earn", card, "--amount", "5", "--receipt", "K1"], env: ["CS_FAULT_HOLD_LOCK_MS": "30000"])
        try holder.run()
        // Wait until it holds the lock: the lock file names it.
        let lockPath = cs.path("cs.lock")
        for _ in 0..<200 where ((try? String(contentsOfFile: lockPath, encoding: .utf8)) ?? "").isEmpty {
            usleep(20_000)
        }
        let waiting = cs.run(
            ["member", "earn", card, "--amount", "7", "--receipt", "K2"], env: ["CS_LOCK_TIMEOUT": "0.3"])
        assertRefused(waiting, status: 3, mentions: "pid \(holder.processIdentifier)", "alice")
        kill(holder.processIdentifier, SIGKILL)
        holder.waitUntilExit()
        let after = cs.run(["member", "earn", card, "--amount", "7", "--receipt", "K2"], env: ["CS_LOCK_TIMEOUT": "2"])
        XCTAssertEqual(after.status, 0, after.stderr)
        XCTAssertEqual(cs.json("member", "show", card)["points"] as? Int, 7, "the killed command left nothing behind")
        XCTAssertEqual(cs.run("doctor").status, 0)
    }

    func testATruncatedDocumentIsNamedByDoctorWhileOtherCommandsKeepWorking() throws {
        let cs = try CS.fresh()
        let a = cs.addMember("Carol", phone: "13900000003")
        // Find a second member in another shard.
        var b = ""
        for i in 0..<20 {
            b = cs.addMember("Dan\(i)", phone: "1390000010\(i % 10)\(i / 10)")
            if shard(cs, a) != shard(cs, b) { break }
        }
        let damaged = cs.path("members/\(shard(cs, a))")
        let text = try String(contentsOfFile: damaged, encoding: .utf8)
        try String(text.prefix(text.count / 2)).write(toFile: damaged, atomically: false, encoding: .utf8)

        let doctor = cs.run("doctor")
        XCTAssertEqual(doctor.status, 3)
        XCTAssertTrue(doctor.stdout.contains(damaged), doctor.stdout)
        // The other member is untouched and still usable.
        XCTAssertEqual(cs.run("member", "earn", b, "--amount", "3", "--receipt", "T1").status, 0)
        XCTAssertEqual(cs.json("member", "show", b)["points"] as? Int, 3)
        // The damaged one is reported by file, not with a crash.
        let r = cs.run("member", "show", a)
        assertRefused(r, status: 3, mentions: damaged)
        // A listing leaves the damaged line out, still lists the rest, and says so on stderr.
        let list = cs.run("member", "list")
        XCTAssertEqual(list.status, 0)
        XCTAssertTrue(list.stdout.contains(b))
        XCTAssertTrue(list.stderr.contains("damaged") && list.stderr.contains(damaged), list.stderr)
    }

    func shard(_ cs: CS, _ card: String) -> String {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: cs.path("members"))) ?? []
        return names.first { name in
            ((try? String(contentsOfFile: cs.path("members/\(name)"), encoding: .utf8)) ?? "").contains(
                "\"id\":\"\(card)\"")
        } ?? ""
    }

    func testATypoSuggestsTheRightCommand() throws {
        let cs = try CS.fresh()
        assertRefused(cs.run("membr"), status: 2, mentions: "did you mean 'member'")
        assertRefused(cs.run("member", "ern"), status: 2, mentions: "did you mean 'earn'")
        assertRefused(cs.run("member", "earn", "1", "--amout", "5"), status: 2, mentions: "did you mean --amount")
    }

    func testAMissingRequiredOptionListsAllMissingOptions() throws {
        let cs = try CS.fresh()
        assertRefused(cs.run("member", "add", "--name", "Eve"), status: 2, mentions: "--phone", "--birthday")
        XCTAssertFalse(FileManager.default.fileExists(atPath: cs.path("members")), "nothing was written")
    }

    func testExcelCSVNeutralisesAFormulaNameAndPlainCSVIsLossless() throws {
        let cs = try CS.fresh()
        _ = cs.addMember("=HYPERLINK(\"x\")", phone: "13900000004")
        let csv = cs.run("member", "list", "--csv").stdout
        XCTAssertTrue(csv.contains("\"=HYPERLINK(\"\"x\"\")\""), csv)
        XCTAssertTrue(csv.contains(",13900000004,"), "plain CSV keeps the phone as it is")
        let excel = cs.run("member", "list", "--csv", "--excel").stdout
        XCTAssertTrue(excel.contains("\"'=HYPERLINK(\"\"x\"\")\""), excel)
        XCTAssertTrue(excel.contains("\"=\"\"13900000004\"\"\""), "a phone stays text in a spreadsheet")
        let zh = cs.run("--lang", "zh", "member", "list", "--csv", "--excel").stdout
        XCTAssertTrue(zh.hasPrefix("\u{FEFF}卡号,姓名,手机"), zh)
        XCTAssertTrue(excel.hasPrefix("\u{FEFF}card,"), "Excel CSV starts with a BOM")
        XCTAssertTrue(excel.contains("\r\n"))
        XCTAssertFalse(csv.hasPrefix("\u{FEFF}"), "plain CSV has no BOM")
    }

    func testATableWithChineseNamesAligns() throws {
        let cs = try CS.fresh()
        _ = cs.addMember("张三丰", phone: "13900000005")
        _ = cs.addMember("Alice", phone: "13900000006")
        let lines = cs.run("member", "list", "--sort", "name").lines
        // The PHONE column starts at the same display column on every line.
        func column(of needle: String, in line: String) -> Int? {
            guard let r = line.range(of: needle) else { return nil }
            return line[..<r.lowerBound].unicodeScalars.reduce(0) {
                $0 + (($1.value >= 0x4E00 && $1.value <= 0x9FFF) ? 2 : 1)
            }
        }
        let header = column(of: "PHONE", in: lines[0])
        XCTAssertNotNil(header)
        XCTAssertEqual(column(of: "13900000005", in: lines.first { $0.contains("张三丰") }!), header)
        XCTAssertEqual(column(of: "13900000006", in: lines.first { $0.contains("Alice") }!), header)
    }

    func testChineseMessagesWithLangZh() throws {
        let cs = try CS.fresh()
        assertRefused(cs.run("--lang", "zh", "member", "show", "999"), status: 1, mentions: "没有卡号或手机号为 999 的会员")
        assertRefused(cs.run(["member", "show", "999"], env: ["LANG": "zh_CN.UTF-8"]), status: 1, mentions: "会员")
        XCTAssertTrue(cs.run("--lang", "zh", "member", "--help").stdout.contains("子命令"))
    }

    func testInitIsIdempotentAndPrivate() throws {
        let cs = try CS.fresh()
        XCTAssertEqual(cs.run("init").status, 0)
        _ = cs.addMember("Fay", phone: "13900000007", extra: ["--id-number", "110101199001010011"])
        let attrs = try FileManager.default.attributesOfItem(atPath: cs.dataDirectory.path)
        XCTAssertEqual((attrs[.posixPermissions] as? Int), 0o700)
        for name in try FileManager.default.contentsOfDirectory(atPath: cs.path("members")) {
            XCTAssertEqual(
                try FileManager.default.attributesOfItem(atPath: cs.path("members/\(name)"))[.posixPermissions] as? Int,
                0o600)
        }
        let log = cs.run("log").stdout
        XCTAssertFalse(log.contains("110101199001010011"), "the journal never records an ID number")
        XCTAssertTrue(log.contains("alice"))
    }

    func testCommandsBeforeInitSayWhatToDo() throws {
        let cs = try CS.fresh(initialize: false)
        assertRefused(cs.run("member", "list"), status: 3, mentions: "cs init")
    }

    func testVersionHelpAndCompletion() throws {
        let cs = try CS.fresh()
        XCTAssertTrue(cs.run("--version").stdout.hasPrefix("cs "))
        XCTAssertTrue(cs.run("help", "member", "earn").stdout.contains("--receipt"))
        XCTAssertEqual(cs.run("help", "member", "earn").stdout, cs.run("member", "earn", "--help").stdout)
        XCTAssertTrue(cs.run("completion", "bash").stdout.contains("-F _cs cs"))
        XCTAssertTrue(cs.run("completion", "zsh").stdout.contains("compdef _cs cs"))
        XCTAssertTrue(cs.run("completion", "fish").stdout.contains("complete -c cs"))
        assertRefused(cs.run("completion", "tcsh"), status: 2, mentions: "bash|zsh|fish")
    }

    func testConfigRefusesABadValueAndJournalsAGoodOne() throws {
        let cs = try CS.fresh()
        assertRefused(
            cs.run("config", "set", "member.pointsPerYuan", "lots"), status: 2, mentions: "member.pointsPerYuan",
            "integer")
        assertRefused(
            cs.run("config", "set", "member.pointsPerYaun", "2"), status: 2,
            mentions: "did you mean member.pointsPerYuan")
        XCTAssertEqual(cs.run("config", "set", "member.pointsPerYuan", "2").status, 0)
        XCTAssertTrue(cs.run("log", "--kind", "file").stdout.contains("member.pointsPerYuan: 1 → 2"))
    }

    func testALargeExportStreamsWholeToAFileAndToStandardOutput() throws {
        let cs = try CS.fresh()
        // Enough rows to pass the 256 KB streaming buffer several times.
        var csv = "name,phone,birthday,address\n"
        for i in 0..<4_000 { csv += "会员\(i),139\(String(format: "%08d", i)),1990-01-01,上海市徐汇区漕溪北路\(i)号\n" }
        XCTAssertEqual(cs.run("member", "import", "--from", cs.write(csv, to: "big.csv")).status, 0)
        let out = cs.dataDirectory.path + "-big-export.csv"
        XCTAssertEqual(cs.run("export", "members", "--out", out).status, 0)
        let file = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(file.count, 4_001)
        XCTAssertTrue(file[0].hasPrefix("card,name,phone"))
        let piped = cs.run("export", "members", "--jsonl")
        XCTAssertEqual(piped.lines.count, 4_000)
        let json = cs.run("export", "members", "--json")
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        XCTAssertEqual(parsed?.count, 4_000)
    }

    func testExportWritesAFileAtomicallyAndKnowsItsKinds() throws {
        let cs = try CS.fresh()
        _ = cs.addMember("Gus", phone: "13900000008")
        let out = cs.dataDirectory.path + "-members.csv"
        XCTAssertEqual(cs.run("export", "members", "--out", out).status, 0)
        XCTAssertTrue(try String(contentsOfFile: out, encoding: .utf8).contains("Gus"))
        assertRefused(cs.run("export", "membres"), status: 2, mentions: "members")
    }
}
