import CSCore
import Foundation

/// The side-by-side benchmark: every figure is the median of `runs` whole-process runs after a
/// warm-up, page cache warm.
struct Benchmark {
    let members: Int
    let runs: Int
    let cs: String
    let work: String
    /// Rows left out (`--skip doctor,sync`): each word is the start of a row's name. At 1M a
    /// sync round copies gigabytes into git, so its figures are timed by hand.
    var skip: [String] = []

    func skips(_ name: String) -> Bool { skip.contains { name.hasPrefix($0) } }

    struct Row {
        let operation: String
        let cs: Double
        let sqlite: Double?
        let peakMB: Double
        let note: String
    }

    var dataDir: String { "\(work)/data-\(members)" }
    var database: String { "\(work)/sqlite-\(members).db" }
    var csv: String { "\(work)/members-\(members).csv" }
    var lostCSV: String { "\(work)/lostfound-\(members).csv" }
    var invoiceCSV: String { "\(work)/invoices-\(members).csv" }
    var complaintCSV: String { "\(work)/complaints-\(members).csv" }
    var loanCSV: String { "\(work)/loans-\(members).csv" }
    var bagCSV: String { "\(work)/bags-\(members).csv" }
    var followupCSV: String { "\(work)/followups-\(members).csv" }
    var enquiryCSV: String { "\(work)/enquiries-\(members).csv" }
    var environment: [String: String] {
        [
            "CS_DATA_DIR": dataDir, "CS_NOW": "2026-11-23T10:00:00+08:00", "CS_CLERK": "bench", "PATH": "/usr/bin:/bin",
            "LANG": "C", "CS_LOCK_TIMEOUT": "60",
        ]
    }

    func sh(_ script: String) -> Int32 { Spawn.run(["/bin/sh", "-c", script], environment: environment).status }

    func prepare(generate: (Int, String) -> Void) {
        try? FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: dataDir) {
            generate(members, dataDir)
            // Room for the check-in row's tags beside the generated 1-50.
            _ = sh("'\(cs)' config set keep.tags 1-1000")
        }
        if !FileManager.default.fileExists(atPath: csv) {
            _ = sh("'\(cs)' export members --csv --reveal --out '\(csv)'")
        }
        if !FileManager.default.fileExists(atPath: lostCSV) {
            _ = sh("'\(cs)' export lostfound --csv --reveal --out '\(lostCSV)'")
        }
        if !FileManager.default.fileExists(atPath: invoiceCSV) {
            _ = sh("'\(cs)' export invoices --csv --out '\(invoiceCSV)'")
        }
        if !FileManager.default.fileExists(atPath: complaintCSV) {
            _ = sh("'\(cs)' export complaints --csv --out '\(complaintCSV)'")
        }
        if !FileManager.default.fileExists(atPath: loanCSV) {
            _ = sh("'\(cs)' export loans --csv --reveal --out '\(loanCSV)'")
        }
        if !FileManager.default.fileExists(atPath: bagCSV) {
            _ = sh("'\(cs)' export bags --csv --out '\(bagCSV)'")
        }
        if !FileManager.default.fileExists(atPath: followupCSV) {
            _ = sh("'\(cs)' export followups --csv --out '\(followupCSV)'")
        }
        if !FileManager.default.fileExists(atPath: enquiryCSV) {
            _ = sh("'\(cs)' export enquiries --csv --out '\(enquiryCSV)'")
        }
        if !FileManager.default.fileExists(atPath: database) { loadSQLite(into: database) }
    }

    func loadSQLite(into db: String) {
        let script = "\(work)/load.sql"
        let imports =
            ".import --csv --skip 1 '\(csv)' members\n.import --csv --skip 1 '\(lostCSV)' lostfound\n"
            + ".import --csv --skip 1 '\(invoiceCSV)' invoices\n.import --csv --skip 1 '\(complaintCSV)' complaints\n"
            + ".import --csv --skip 1 '\(loanCSV)' loans\n.import --csv --skip 1 '\(bagCSV)' bags\n"
            + ".import --csv --skip 1 '\(followupCSV)' followups\n.import --csv --skip 1 '\(enquiryCSV)' enquiries\n"
        try? (Benchmark.schema + "\n" + imports + Benchmark.indexes).write(
            toFile: script, atomically: true,
            encoding: .utf8)
        _ = sh("sqlite3 '\(db)' < '\(script)'")
    }

    // Long: the bench's rows in the order the README's table prints them, one after another.
    func run(generate: (Int, String) -> Void) -> [Row] {
        prepare(generate: generate)
        let env = environment
        var rows = [Row]()
        func both(
            _ name: String, runs: Int? = nil, note: String = "", prepare: @escaping (Int) -> Void = { _ in },
            cs: @escaping (Int) -> [String], csSuccess: Set<Int32> = [0], sqlite: ((Int) -> [String])?
        ) {
            guard !skips(name) else { return }
            let n = runs ?? self.runs
            let a = Spawn.measure(runs: n, prepare: prepare, cs, environment: env, success: csSuccess)
            let b = sqlite.map { Spawn.measure(runs: n, prepare: prepare, $0, environment: env) }
            let failures = a.failures + (b?.failures ?? 0)
            rows.append(
                Row(
                    operation: name, cs: a.medianMS, sqlite: b?.medianMS, peakMB: a.peakMB,
                    note: note + (failures > 0 ? " (\(failures) runs failed)" : "")))
            Swift.print(
                "  \(name): cs \(String(format: "%.2f", a.medianMS)) ms"
                    + (b.map { ", sqlite3 \(String(format: "%.2f", $0.medianMS)) ms" } ?? ""))
        }
        let card = Generator.card(members / 2)
        let phone = Generator.phone(members / 2)
        let q = { (sql: String) in ["sqlite3", "-csv", self.database, sql] }
        both(
            "start-up (--version / select 1)", cs: { _ in [self.cs, "--version"] },
            sqlite: { _ in
                [
                    "sqlite3",
                    ":memory:", "select 1",
                ]
            })
        both(
            "member show CARD", cs: { _ in [self.cs, "member", "show", card] },
            sqlite: { _ in q("select * from members where card='\(card)'") })
        both(
            "member show PHONE", cs: { _ in [self.cs, "member", "show", phone] },
            sqlite: { _ in q("select * from members where phone='\(phone)'") })
        both(
            "member find --name 王芳", cs: { _ in [self.cs, "member", "find", "--name", "王芳", "--csv"] },
            sqlite: { _ in q("select * from members where name like '%王芳%'") })
        let stamp = Int(Spawn.now() * 1000) % 100_000_000
        both(
            "member earn (durable)",
            cs: { i in
                [
                    self.cs, "member", "earn", card, "--amount", "10", "--receipt",
                    "B\(stamp)-\(i)",
                ]
            },
            sqlite: { i in
                q(
                    "PRAGMA synchronous=FULL; BEGIN; UPDATE members SET points=points+10 WHERE card='\(card)'; INSERT INTO ledger VALUES('L\(stamp)-\(i)','\(card)','earn',10,'10.00','B\(stamp)-\(i)','bench','2026-11-23T10:00:00+08:00'); COMMIT;"
                )
            })
        // The same earn on the member with 10,000 ledger entries: flat cost per member means this
        // row stays within 1.5× the one above.
        let regular = Generator.card(0)
        both(
            "member earn, 10,000-entry member",
            cs: { i in
                [
                    self.cs, "member", "earn", regular, "--amount", "10",
                    "--receipt", "H\(stamp)-\(i)",
                ]
            },
            sqlite: { i in
                q(
                    "PRAGMA synchronous=FULL; BEGIN; UPDATE members SET points=points+10 WHERE card='\(regular)'; INSERT INTO ledger VALUES('H\(stamp)-\(i)','\(regular)','earn',10,'10.00','H\(stamp)-\(i)','bench','2026-11-23T10:00:00+08:00'); COMMIT;"
                )
            })
        both(
            "member show, 10,000-entry member", cs: { _ in [self.cs, "member", "show", regular] },
            sqlite: { _ in q("select * from members where card='\(regular)'") })
        both(
            "birthday list --month 11 --csv", cs: { _ in [self.cs, "birthday", "list", "--month", "11", "--csv"] },
            sqlite: { _ in
                q(
                    "select card,name,phone,birthday from members where substr(birthday,6,2)='11' and "
                        + "status='active' order by substr(birthday,9,2), name")
            })
        both(
            "export members --csv", cs: { _ in [self.cs, "export", "members", "--csv"] },
            sqlite: { _ in q("select * from members") })
        let importRuns = members >= 1_000_000 ? 3 : min(self.runs, 5)
        let fresh = "\(work)/import-\(members)"
        both(
            "member import of N rows", runs: importRuns, note: "into an empty directory",
            prepare: { _ in
                _ = Spawn.run(["/bin/rm", "-rf", fresh, fresh + ".db"], environment: env)
                _ = Spawn.run(
                    [self.cs, "init", "--data-dir", fresh]
                        + (self.members >= 500_000
                            ? [
                                "--shards",
                                "4096",
                            ] : []),
                    environment: env)
                _ = Spawn.run(["sqlite3", fresh + ".db", Benchmark.schema + Benchmark.indexes], environment: env)
            },
            cs: { _ in [self.cs, "member", "import", "--from", self.csv, "--data-dir", fresh] },
            sqlite: { _ in ["sqlite3", fresh + ".db", ".import --csv --skip 1 \(self.csv) members"] })
        // Lost items (as many as members): a search in four fields, and the day-end sweep's
        // listing (exit 4: something is due), against the same rows and conditions in SQL.
        both(
            "lostfound list --search 黑色 --csv",
            cs: { _ in
                [
                    self.cs, "lostfound", "list", "--search", "黑色",
                    "--csv",
                ]
            },
            sqlite: { _ in
                q(
                    "select * from lostfound where item like '%黑色%' or color like '%黑色%' or place like "
                        + "'%黑色%' or description like '%黑色%' order by registeredAt")
            })
        both(
            "lostfound sweep --csv", cs: { _ in [self.cs, "lostfound", "sweep", "--csv"] }, csSuccess: [0, 4],
            sqlite: { _ in
                q(
                    "select id,item,custody,foundAt from lostfound where status='held' and ("
                        + "(custody='general-affairs' and registeredAt <= '2025-11-23T10:00:00+08:00') or "
                        + "(custody!='general-affairs' and foundAt <= '2026-11-20T10:00:00+08:00') or "
                        + "(custody='desk' and registeredAt < '2026-11-22T23:00:00+08:00')) order by foundAt")
            })
        // Invoices: a year at 300 a day. A durable issue against a durable insert; the day report
        // against the same sums over the same day's rows.
        both(
            "invoice issue (durable)",
            cs: { i in
                [
                    self.cs, "invoice", "issue", "--receipt", "BI\(stamp)-\(i)",
                    "--amount", "88", "-q",
                ]
            },
            sqlite: { i in
                q(
                    "PRAGMA synchronous=FULL; BEGIN; INSERT INTO invoices(id, code, number, kind, status, "
                        + "receipt, amount, issuedAt, issuedBy) VALUES('S\(stamp)-\(i)', '144031900111', "
                        + "'S\(stamp)-\(i)', 'paper', 'issued', 'BI\(stamp)-\(i)', '88.00', "
                        + "'2026-11-23T10:00:00+08:00', 'bench'); COMMIT;")
            })
        both(
            "invoice report --date (a year)",
            cs: { _ in
                [
                    self.cs, "invoice", "report", "--date", "2026-06-15",
                    "--csv",
                ]
            },
            sqlite: { _ in
                q(
                    "select min(number), max(number), count(*), sum(case when status='issued' then "
                        + "cast(amount as real) else 0 end), group_concat(case when status='voided' then id end) "
                        + "from invoices where substr(issuedAt, 1, 10) = '2026-06-15'")
            })
        // Complaints (as many as members, three years): the month's review and the hourly overdue
        // check against the same aggregations over the same rows in SQL.
        let month = "substr(receivedAt, 1, 7) = '2026-10'"
        both(
            "complaint report --month (all months)",
            cs: { _ in
                [
                    self.cs, "complaint", "report", "--month", "2026-10",
                    "--csv",
                ]
            },
            sqlite: { _ in
                q(
                    "select count(*), sum(status in ('resolved','closed')), sum(onTime = 'true'), "
                        + "avg(satisfaction), sum(satisfaction <= 2) from complaints where \(month); "
                        + "select category, count(*) from complaints where \(month) group by 1 order by 2 desc; "
                        + "select channel, count(*) from complaints where \(month) group by 1 order by 2 desc; "
                        + "select severity, count(*) from complaints where \(month) group by 1 order by 2 desc; "
                        + "select staff, count(*) from complaints where \(month) group by 1 order by 2 desc; "
                        + "select cast(hoursTaken as real) from complaints where \(month) and hoursTaken != '' "
                        + "order by 1")
            })
        both(
            "complaint overdue --csv", cs: { _ in [self.cs, "complaint", "overdue", "--csv"] }, csSuccess: [0, 4],
            sqlite: { _ in
                q(
                    "select id, status, due, customer, staff, severity, matter from complaints where status "
                        + "in ('open', 'escalated') and due < '2026-11-23T10:00:00+08:00' order by due")
            })
        for r in lendRows() + keepRows() + followupRows() {
            both(r.name, cs: r.cs, csSuccess: r.success, sqlite: r.sqlite)
        }
        both(
            "doctor (every document)", runs: members >= 1_000_000 ? 3 : self.runs, cs: { _ in [self.cs, "doctor"] },
            sqlite: { _ in q("pragma integrity_check") })
        if !skips("earn, 8 parallel") { rows.append(parallelEarn(card: Generator.card(members / 3))) }
        if !skips("sync") { rows += syncRows() }
        return rows
    }

    /// 8 shells each running `cs member earn` in a loop on one member: invocations per second,
    /// and the exact points total (no lost update).
    func parallelEarn(card: String) -> Row {
        let shells = 8
        let each = 40
        let before = points(card)
        let start = Spawn.now()
        var pids = [pid_t]()
        for w in 0..<shells {
            let script =
                "for i in $(seq 1 \(each)); do '\(cs)' member earn \(card) --amount 1 --receipt PAR\(Int(start))-\(w)-$i >/dev/null || exit 1; done"
            var pid: pid_t = 0
            let words: [String] = ["/bin/sh", "-c", script]
            let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
            let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
            posix_spawn(&pid, "/bin/sh", nil, nil, argv, envp)
            pids.append(pid)
        }
        var failed = 0
        for pid in pids {
            var status: Int32 = 0
            _ = SystemCall.retryingInterrupts { waitpid(pid, &status, 0) }
            if status != 0 { failed += 1 }
        }
        let elapsed = Spawn.now() - start
        let gained = points(card) - before
        let rate = Double(shells * each) / elapsed
        Swift.print(
            "  8 parallel shells: \(String(format: "%.0f", rate)) earns/s, points +\(gained) of \(shells * each)")
        return Row(
            operation: "earn, 8 parallel shells (per s)", cs: rate, sqlite: nil, peakMB: 0,
            note: "points +\(gained) of \(shells * each)\(failed > 0 ? ", \(failed) shells failed" : "")")
    }

    func points(_ card: String) -> Int {
        let out = "\(work)/points.json"
        _ = Spawn.run([cs, "member", "show", card, "--json"], environment: environment, stdoutPath: out)
        let data = (try? Data(contentsOf: URL(fileURLWithPath: out))) ?? Data()
        return ((try? JSONSerialization.jsonObject(with: data)) as? [String: Any])?["points"] as? Int ?? -1
    }

    func print(_ rows: [Row]) {
        Swift.print("\n\(members) members, median of \(runs) runs (ms; peak MB of cs)")
        Swift.print("operation                          cs ms     sqlite3 ms   cs/sqlite3   cs peak MB  note")
        for r in rows {
            let ratio = r.sqlite.map { String(format: "%.2f", r.cs / max($0, 0.001)) } ?? "-"
            Swift.print(
                r.operation.padding(toLength: 34, withPad: " ", startingAt: 0)
                    + String(format: "%9.2f", r.cs) + "  "
                    + (r.sqlite.map {
                        String(
                            format: "%11.2f",
                            $0)
                    } ?? "          -")
                    + "  " + ratio.padding(toLength: 11, withPad: " ", startingAt: 0)
                    + String(
                        format: "%11.1f",
                        r.peakMB) + "  " + r.note)
        }
    }

    func writeJSON(_ rows: [Row], to path: String) {
        let list: [[String: Any]] = rows.map { r in
            var o: [String: Any] = ["operation": r.operation, "csMs": r.cs, "peakMB": r.peakMB, "note": r.note]
            if let s = r.sqlite {
                o["sqliteMs"] = s
                o["ratio"] = r.cs / max(s, 0.001)
            }
            return o
        }
        let doc: [String: Any] = ["members": members, "runs": runs, "results": list]
        if let data = try? JSONSerialization.data(withJSONObject: doc, options: [.prettyPrinted, .sortedKeys]) {
            try? data.write(to: URL(fileURLWithPath: path))
        }
    }
}
