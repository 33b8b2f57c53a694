/// After `cs sync`: a numbered thing lent at two desks offline is a conflict — one wheelchair
/// cannot be with two borrowers, so one of the two loans names the wrong number. A pool's loans
/// merge as they are (each umbrella is its own loan).
extension LendDesk {
    func mergeConflicts(_ merged: MergedChanges, desk: String, in txn: inout Transaction) throws -> [SyncConflict] {
        let incoming = merged.records(Loan.self).compactMap { before, after in before == nil ? after : nil }
            .filter { $0.status == .out && $0.asset != nil }
        guard !incoming.isEmpty else { return [] }
        // The index still holds this desk's loans out: the merged ones follow it after the checks.
        let local = try txn.store.scan(OutLoan.self).records
        var conflicts = [SyncConflict]()
        for loan in incoming {
            guard let asset = loan.asset, let other = local.first(where: { $0.asset == asset && $0.id != loan.id })
            else { continue }
            conflicts.append(
                SyncConflict(
                    subject: .lent, recordKind: LendAsset.kind, key: asset, records: [other.id, loan.id].sorted(),
                    foundAt: clock.now, foundBy: desk))
        }
        return conflicts
    }

    /// Whether the two loans are both still out.
    public func stillHolds(_ c: SyncConflict) throws -> Bool {
        try c.records.compactMap { try store.get(Loan.self, id: $0) }.filter { $0.status == .out }.count > 1
    }
}
