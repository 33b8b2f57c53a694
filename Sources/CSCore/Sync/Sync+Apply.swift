/// Applying a merge: every file the merge changed replaces this desk's, in one transaction
/// under the lock; then the desks check what only a merge reveals, the indexes follow the
/// records, and each account touched is summed again.
extension Sync {
    /// The record kinds whose changes keep indexes (`Indexed`), kept up to date as a merge
    /// brings their records in.
    static let indexed: [any Indexed.Type] = [Member.self, Gift.self, LostItem.self, Invoice.self, Complaint.self]

    /// `merged`: a path's bytes in the merge (nil: gone from it).
    func apply(_ paths: [String], merged read: (String) throws -> [UInt8]?) throws
        -> (records: Int, found: Int) {
        try store.inTransaction(clerk: context.clerk, command: "sync", clock: context.clock) { txn in
            var merged = MergedChanges()
            for rel in paths {
                // A shared file cs never removes; one gone from the merge is left as it is here.
                guard let new = try read(rel) else { continue }
                let old = try FileSystem.read("\(store.root)/\(rel)")
                guard old != new else { continue }
                // A photo is named by its content: one already here is the same photo.
                if rel.hasPrefix("photos/") && old != nil { continue }
                txn.putMergedFile(rel, new)
                let parts = rel.split(separator: "/")
                if parts.count == 2, rel.hasSuffix(".jsonl"),
                   let kind = kinds.first(where: { $0.name == parts[0] }), kind.merge.shared {
                    merged.add(kind: kind.name, old: old ?? [], new: new)
                }
            }
            let members = MemberDesk(context)
            var found = try members.mergeConflicts(merged, desk: desk, in: &txn)
            found += try GiftLedger(context).mergeConflicts(merged, desk: desk, in: &txn)
            found += try InvoiceDesk(context).mergeConflicts(merged, desk: desk, in: &txn)
            for type in Sync.indexed { try reindex(type, merged, &txn) }
            found += try members.settleAccounts(merged, desk: desk, in: &txn)
            found += try fieldConflicts()
            var new = 0
            for c in found where try txn.get(SyncConflict.self, id: c.id) == nil {
                txn.putQuietly(c)
                if c.subject != .field { new += 1 }
            }
            return (merged.count, new)
        }
    }

    func reindex<I: Indexed>(_: I.Type, _ merged: MergedChanges, _ txn: inout Transaction) throws {
        for (before, after) in merged.records(I.self) where before != nil || after != nil {
            try I.updateIndexes(before: before, after: after, in: &txn)
        }
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
            out.append(SyncConflict(subject: .field, recordKind: kind, key: record, records: [record], field: field,
                                    kept: o["kept"]?.string, other: o["other"]?.string, foundAt: context.clock.now,
                                    foundBy: desk))
        }
        return out
    }
}
