/// The call-back and enquiry rows (follow-ups and enquiries as many as members, three years): a
/// durable addition that checks the phone is not already listed, and a durable intake, against
/// durable inserts that check the same first; the day's calls, the month's analysis and the open
/// enquiries against the same queries over the same rows.
extension Benchmark {
    func followupRows() -> [RowSpec] {
        let q = { (sql: String) in ["sqlite3", "-csv", self.database, sql] }
        let stamp = Int(Spawn.now())
        // A phone no generated follow-up has, new at every run.
        let phone = { (i: Int) in "1550\(String(format: "%07d", (stamp % 1_000_000) * 10 + i % 10))" }
        let month = "substr(closedAt, 1, 7) = '2026-10'"
        return [
            RowSpec(
                name: "followup add (durable)",
                cs: { i in [self.cs, "followup", "add", "--name", "bench", "--phone", phone(i), "-q"] },
                sqlite: { i in
                    q(
                        "PRAGMA synchronous=FULL; BEGIN IMMEDIATE; SELECT id FROM followups WHERE status='open' AND "
                            + "phone='\(phone(i))'; INSERT INTO followups(id, due, source, name, phone, tries, status, "
                            + "createdAt, createdBy) VALUES('FS\(stamp)-\(i)', '2026-11-23', 'hand', 'bench', "
                            + "'\(phone(i))', 0, 'open', '2026-11-23T10:00:00+08:00', 'bench'); COMMIT;")
                }),
            RowSpec(
                name: "followup due --csv", cs: { _ in [self.cs, "followup", "due", "--csv"] }, success: [0, 4],
                sqlite: { _ in
                    q(
                        "select id, due, source, name, phone, tries from followups where status='open' and "
                            + "due <= '2026-11-23' order by due, id")
                }),
            RowSpec(
                name: "followup report --month",
                cs: { _ in [self.cs, "followup", "report", "--month", "2026-10", "--json"] },
                sqlite: { _ in
                    q(
                        "select count(*), sum(status='reached'), sum(status='unreached'), avg(satisfaction) from "
                            + "followups where \(month); select ward, count(*), avg(satisfaction) from followups "
                            + "where \(month) and status='reached' group by ward; select staff, count(*), "
                            + "avg(satisfaction) from followups where \(month) and status='reached' group by staff")
                }),
            RowSpec(
                name: "ask new (durable)",
                cs: { _ in [self.cs, "ask", "new", "--name", "bench", "--topic", "价格", "--text", "bench", "-q"] },
                sqlite: { i in
                    q(
                        "PRAGMA synchronous=FULL; BEGIN IMMEDIATE; INSERT INTO enquiries(id, takenAt, channel, topic, "
                            + "name, text, owner, status, takenBy) VALUES('QS\(stamp)-\(i)', "
                            + "'2026-11-23T10:00:00+08:00', 'phone', '价格', 'bench', 'bench', 'bench', 'open', "
                            + "'bench'); COMMIT;")
                }),
            RowSpec(
                name: "ask list --open --csv", cs: { _ in [self.cs, "ask", "list", "--open", "--csv"] },
                sqlite: { _ in q("select * from enquiries where status='open' order by takenAt") }),
        ]
    }
}
