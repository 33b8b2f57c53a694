/// After `cs sync`: a member-year given a gift at two desks offline is a conflict (the register
/// allows one); otherwise the merged gift takes its place in the member-year index.
extension GiftLedger {
    func mergeConflicts(_ merged: MergedChanges, desk: String, in txn: inout Transaction) throws -> [SyncConflict] {
        var conflicts = [SyncConflict]()
        for (before, after) in merged.records(Gift.self) {
            guard let g = after, before == nil else { continue }
            let key = "\(g.account):\(g.forDate.year)"
            guard let entry = try txn.get(GiftYearIndexEntry.self, id: key) else {
                txn.putQuietly(GiftYearIndexEntry(account: g.account, year: g.forDate.year, gift: g.id))
                continue
            }
            guard entry.gift != g.id, let other = try txn.get(Gift.self, id: entry.gift) else { continue }
            if other.status != .returned && g.status != .returned {
                conflicts.append(
                    SyncConflict(
                        subject: .gift, recordKind: Gift.kind, key: key,
                        records: [other.id, g.id].sorted(), foundAt: clock.now, foundBy: desk))
            }
        }
        return conflicts
    }

    /// Whether two of the gifts are still with the member (neither returned to finance).
    public func stillHolds(_ c: SyncConflict) throws -> Bool {
        let gifts = try c.records.compactMap { try store.get(Gift.self, id: $0) }
        return gifts.filter { $0.status != .returned }.count > 1
    }
}
