/// The lending rows (loans as many as members, three years): a durable loan against a durable
/// insert that checks the pool first, the overdue check, and the day's deposits against the
/// same sums over the same rows in SQL.
extension Benchmark {
    struct RowSpec {
        let name: String
        let cs: (Int) -> [String]
        var success: Set<Int32> = [0]
        let sqlite: (Int) -> [String]
    }

    func lendRows() -> [RowSpec] {
        let q = { (sql: String) in ["sqlite3", "-csv", self.database, sql] }
        let stamp = Int(Spawn.now())
        let now = "2026-11-23T10:00:00+08:00"
        let dayStart = "2026-11-23T00:00:00+08:00"
        let dayEnd = "2026-11-24T00:00:00+08:00"
        func held(at t: String) -> String {
            "sum(case when lentAt < '\(t)' and (closedAt = '' or closedAt >= '\(t)') then cast(deposit as real) "
                + "else 0 end)"
        }
        return [
            RowSpec(
                name: "lend out (durable)",
                cs: { i in
                    [
                        self.cs, "lend", "out", "雨伞", "--to", "bench\(i)", "--phone", "13800000000", "--deposit", "50",
                        "-q",
                    ]
                },
                sqlite: { i in
                    q(
                        "PRAGMA synchronous=FULL; BEGIN IMMEDIATE; SELECT count(*) FROM loans WHERE status='out' AND "
                            + "item='雨伞' AND asset=''; INSERT INTO loans(id, item, asset, borrower, phone, deposit, "
                            + "lentAt, due, status, lentBy) VALUES('BS\(stamp)-\(i)', '雨伞', '', 'bench\(i)', "
                            + "'13800000000', '50.00', '\(now)', '2026-11-23T22:00:00+08:00', 'out', 'bench'); COMMIT;")
                }),
            RowSpec(
                name: "lend overdue --csv", cs: { _ in [self.cs, "lend", "overdue", "--csv"] }, success: [0, 4],
                sqlite: { _ in
                    q(
                        "select id, item, asset, borrower, phone, due from loans where status='out' and due < '\(now)' "
                            + "order by due")
                }),
            RowSpec(
                name: "lend report --date (3 years)",
                cs: { _ in [self.cs, "lend", "report", "--date", "2026-11-23", "--csv"] },
                sqlite: { _ in
                    q(
                        "select \(held(at: dayStart)), sum(case when lentAt >= '\(dayStart)' and lentAt < '\(dayEnd)' "
                            + "then cast(deposit as real) else 0 end), sum(case when closedAt >= '\(dayStart)' and "
                            + "closedAt < '\(dayEnd)' then cast(returned as real) else 0 end), sum(case when closedAt >= "
                            + "'\(dayStart)' and closedAt < '\(dayEnd)' then cast(kept as real) else 0 end), "
                            + "\(held(at: dayEnd)) from loans")
                }),
        ]
    }
}
