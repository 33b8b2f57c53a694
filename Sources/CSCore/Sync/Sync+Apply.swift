/// Applying a merge: every file the merge changed replaces this desk's, in one transaction
/// under the lock; then the desks check what only a merge reveals, the indexes follow the
/// records, and each account touched is summed again.
extension Sync {
    /// What applying a merge did: records brought in, conflicts found, what was refused.
    struct Applied {
        var records = 0
        var found = 0
        var refused = [IncomingScreen.Refused]()
        var settings = [ConfigScreen.Change]()
    }

    // Long: the merge's one transaction read top to bottom: each path screened by its role, then the desks' checks,
    // the indexes, the conflicts.
    /// `merged`: a path's bytes in the merge (nil: gone from it). `forged`: the lines the
    /// incoming commits wrote in another desk's name, kept out.
    func apply(_ paths: [String], from origin: IncomingOrigin, merged read: (String) throws -> [UInt8]?) throws
        -> Applied
    {
        try store.inTransaction(clerk: context.clerk, command: "sync", clock: context.clock) { txn in
            var merged = MergedChanges()
            var applied = Applied()
            let roles = SharedPaths(kinds: kinds, shards: store.shards)
            for rel in paths {
                // A shared file cs never removes; one gone from the merge is left as it is here.
                guard let incoming = try read(rel), let role = roles.role(of: rel) else { continue }
                let old = try FileSystem.read("\(store.root)/\(rel)")
                guard old != incoming else { continue }
                let new: [UInt8]
                switch role {
                case .owned: continue
                case .photo:
                    // A photo is named by its content: one already here is the same photo.
                    guard old == nil else { continue }
                    if let refused = IncomingScreen.photo(incoming, path: rel) {
                        applied.refused.append(refused)
                        continue
                    }
                    new = incoming
                case .config:
                    let local = try Config.load(from: store, shared: true)
                    let screen = ConfigScreen(local: local, incoming: incoming)
                    applied.settings += screen.changes.map { change in
                        var c = change
                        c.desk = origin.settingsDesk
                        c.clerk = origin.settingsClerk
                        c.at = context.clock.now
                        return c
                    }
                    new = screen.bytes
                    if screen.changes.contains(where: { $0.problem == nil }) {
                        txn.journalChange("file", "config.json", "sync", before: local.json, after: screen.config.json)
                    }
                case .journal, .registry:
                    let screened = IncomingScreen.lines(incoming, old: old ?? [], path: rel, forged: origin.forged[rel])
                    applied.refused += screened.refused
                    new = screened.bytes
                case .shard(let name):
                    guard let kind = kinds.first(where: { $0.name == name }), let check = kind.lineCheck else {
                        continue
                    }
                    let screened = IncomingScreen.shard(
                        incoming, old: old ?? [], path: rel, check: check,
                        shards: store.shards, forged: origin.forged[rel])
                    applied.refused += screened.refused
                    new = screened.bytes
                    merged.add(kind: kind.name, old: old ?? [], new: new)
                }
                guard new != old else { continue }
                txn.putMergedFile(rel, new)
            }
            let checks = Desk.all.compactMap(\.mergeChecks)
            var found = [SyncConflict]()
            for c in checks { found += try c.find(context, merged, desk, &txn) }
            for kind in kinds { try kind.reindexMerged?(merged, &txn) }
            for c in checks {
                if let settle = c.settle { found += try settle(context, merged, desk, &txn) }
            }
            found += try fieldConflicts()
            found += applied.refused.map { refusedConflict($0) }
            for c in found where try txn.get(SyncConflict.self, id: c.id) == nil {
                txn.putQuietly(c)
                if c.subject != .field && c.subject != .refused { applied.found += 1 }
            }
            applied.records = merged.count
            try keepAside(applied.refused)
            try noteSettings(applied.settings)
            return applied
        }
    }

    /// A refused line as the conflict every desk sees: its kind, its id and the problem — not
    /// its text, which may hold a customer's data and stays in this desk's quarantine.
    func refusedConflict(_ r: IncomingScreen.Refused, foundBy: String? = nil) -> SyncConflict {
        let kind = String(r.path.split(separator: "/").first ?? "")
        return SyncConflict(
            subject: .refused, recordKind: kind, key: VisibleText.escaped(r.id ?? r.path),
            records: [r.path], field: r.problem.rawValue, other: r.sender, foundAt: context.clock.now,
            foundBy: foundBy ?? desk)
    }

    /// The quarantine: each refused line as it came, in this desk's `.git` (never shared, 0600),
    /// for a clerk or the chain's administrator to inspect.
    var quarantinePath: String { "\(gitDirectory)/cs-quarantine.jsonl" }

    func keepAside(_ refused: [IncomingScreen.Refused], foundBy: String? = nil) throws {
        guard !refused.isEmpty else { return }
        var out = [UInt8]()
        for r in refused {
            var o = JSONObject()
            o.add("conflict", refusedConflict(r, foundBy: foundBy).id)
            o.add("path", r.path)
            o.add("problem", r.problem.rawValue)
            o.add("sentBy", r.sender)
            o.add("foundAt", context.clock.now.iso)
            o.add("line", String(decoding: r.line, as: UTF8.self))
            JSON.object(o).encode(into: &out)
            out.append(10)
        }
        try FileSystem.append(quarantinePath, out)
    }

    /// The values the merge driver did not keep (written by `cs sync merge-file`, a child of
    /// the merge).
    func fieldConflicts() throws -> [SyncConflict] {
        guard let bytes = try FileSystem.read(conflictLog) else { return [] }
        var out = [SyncConflict]()
        for range in Shards.lines(bytes) {
            guard case .object(let o)? = try? JSONParser.parse(String(decoding: bytes[range], as: UTF8.self)),
                let kind = o["kind"]?.string, let record = o["record"]?.string, let field = o["field"]?.string
            else { continue }
            out.append(
                SyncConflict(
                    subject: .field, recordKind: kind, key: record, records: [record], field: field,
                    kept: o["kept"]?.string, other: o["other"]?.string, foundAt: context.clock.now,
                    foundBy: desk))
            // One business conflict a record, however many of its state's fields clashed.
            if o["state"]?.bool == true, !out.contains(where: { $0.subject == .state && $0.key == record }) {
                out.append(
                    SyncConflict(
                        subject: .state, recordKind: kind, key: record, records: [record],
                        foundAt: context.clock.now, foundBy: desk))
            }
        }
        return out
    }
}
