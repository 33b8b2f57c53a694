/// After `cs sync`: one invoice number issued at two desks offline (both drew on one shared
/// stock range) merges into one invoice, the later. The earlier receipt's invoice exists on
/// paper but not in the register: a conflict until finance voids or red-letters the number
/// (and reissues both receipts).
extension InvoiceDesk {
    func mergeConflicts(_ merged: MergedChanges, desk: String, in txn: inout Transaction) throws -> [SyncConflict] {
        var conflicts = [SyncConflict]()
        for (before, after) in merged.records(Invoice.self) {
            guard let ours = before, let kept = after, ours.receipt != kept.receipt else { continue }
            conflicts.append(
                SyncConflict(
                    subject: .invoice, recordKind: Invoice.kind, key: kept.id, records: [kept.id],
                    field: "receipt", kept: kept.receipt, other: ours.receipt,
                    foundAt: clock.now, foundBy: desk))
        }
        return conflicts
    }

    /// Open while the number still stands (neither voided nor red-lettered).
    public func stillHolds(_ c: SyncConflict) throws -> Bool {
        try store.get(Invoice.self, id: c.key)?.isStanding ?? false
    }
}
