import Foundation

/// Issue 17: a desk taking in 1,000 earns another desk made offline, through `cs sync` and a
/// bare repository, on a copy of the bench directory. sqlite3 has no counterpart (it has no
/// replication); the figure is against the issue's target (≤ 2 s at 100k).
extension Benchmark {
    func syncRows() -> [Row] {
        let base = "\(work)/sync-\(members)"
        let east = "\(base)/east"
        let west = "\(base)/west"
        let remote = "\(base)/shared.git"
        _ = Spawn.run(["/bin/rm", "-rf", base], environment: environment)
        try? FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        let setup = [
            "cp -a '\(dataDir)' '\(east)'",
            "git init -q --bare '\(remote)'",
            "'\(cs)' --data-dir '\(east)' sync init --remote '\(remote)' >/dev/null",
            "'\(cs)' --data-dir '\(west)' init >/dev/null",
            "'\(cs)' --data-dir '\(west)' sync init --remote '\(remote)' --desk 2 >/dev/null",
            "'\(cs)' --data-dir '\(east)' sync admit 2 -q --fingerprint "
                + "\"$('\(cs)' --data-dir '\(west)' sync status --field fingerprint)\" >/dev/null",
        ]
        for step in setup where sh(step) != 0 {
            Swift.print("  sync: set-up failed at: \(step)")
            return []
        }
        let changes = 1_000
        let step = max(1, members / changes)
        let cards = (0..<changes).map { Generator.card(($0 * step) % members) }
        let list = "\(base)/cards.txt"
        try? cards.joined(separator: "\n").appending("\n").write(toFile: list, atomically: true, encoding: .utf8)
        let stamp = Int(Spawn.now() * 1000) % 100_000_000
        // Before each run: east earns 1,000 times (each a change, journalled) and sends them.
        let earn = { (i: Int) in
            _ = self.sh(
                "n=0; while read c; do n=$((n+1)); '\(self.cs)' --data-dir '\(east)' member earn \"$c\" "
                    + "--amount 10 --receipt S\(stamp)-\(i)-$n -q >/dev/null || exit 1; done < '\(list)'")
        }
        var rows = [Row]()
        let runs = min(self.runs, 3)
        let send = Spawn.measure(
            runs: runs, prepare: earn, { _ in [self.cs, "--data-dir", east, "sync"] },
            environment: environment)
        rows.append(
            Row(
                operation: "sync: send 1,000 changes", cs: send.medianMS, sqlite: nil, peakMB: send.peakMB,
                note: "to a bare repository; target ≤ 2 s"))
        // The other desk takes in what east sent: each run east earns and sends first (untimed).
        let receive = Spawn.measure(
            runs: runs,
            prepare: { i in
                earn(100 + i)
                _ = Spawn.run([self.cs, "--data-dir", east, "sync"], environment: self.environment)
            }, { _ in [self.cs, "--data-dir", west, "sync"] }, environment: environment)
        rows.append(
            Row(
                operation: "sync: take in 1,000 changes", cs: receive.medianMS, sqlite: nil,
                peakMB: receive.peakMB, note: "from another desk; target ≤ 2 s"))
        for r in rows { Swift.print("  \(r.operation): cs \(String(format: "%.0f", r.cs)) ms") }
        return rows
    }
}
