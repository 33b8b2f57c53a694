/// The left-luggage rows (bags as many as members, three years): a durable check-in that checks
/// the tag is free against a durable insert that checks it first, and the sweep's listing
/// against the same query over the same rows.
extension Benchmark {
    func keepRows() -> [RowSpec] {
        let q = { (sql: String) in ["sqlite3", "-csv", self.database, sql] }
        let stamp = Int(Spawn.now())
        // Tags past the generated 1-50 so each run takes a free one (prepare sets keep.tags 1-1000).
        let tag = { (i: Int) in String(51 + (stamp % 900 + i) % 949) }
        return [
            RowSpec(
                name: "keep in (durable)",
                cs: { i in
                    [self.cs, "keep", "in", "--tag", tag(i), "--what", "bench", "--phone", "13800000000", "-q"]
                },
                sqlite: { i in
                    q(
                        "PRAGMA synchronous=FULL; BEGIN IMMEDIATE; SELECT id FROM bags WHERE status='kept' AND "
                            + "tag='\(tag(i))'; INSERT INTO bags(id, tag, what, phone, inAt, status, inBy) "
                            + "VALUES('KS\(stamp)-\(i)', '\(tag(i))', 'bench', '13800000000', "
                            + "'2026-11-23T10:00:00+08:00', 'kept', 'bench'); COMMIT;")
                }),
            RowSpec(
                name: "keep sweep --csv", cs: { _ in [self.cs, "keep", "sweep", "--csv"] }, success: [0, 4],
                sqlite: { _ in
                    q(
                        "select tag, id, what, phone, inAt from bags where status='kept' and inAt <= "
                            + "'2026-11-20T10:00:00+08:00' order by inAt")
                }),
        ]
    }
}
