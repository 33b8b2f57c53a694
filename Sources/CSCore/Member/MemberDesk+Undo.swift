/// `cs undo` on the membership desk: a ledger entry is never removed; it is offset.
extension MemberDesk {
    /// The entry that takes back `e`: the same kind with its figures negated and `undoes`
    /// naming it, so the account, the spend and sums by kind come out as before. Points given
    /// back (an undone redemption) expire like newly earned ones; points of an undone expiry
    /// are due again at once (the next `member expire` records them). The receipt index
    /// follows: an undone earn, pay or top-up frees its receipt, an undone reversal makes the
    /// earn reversible again.
    @Sendable static func offset(_ e: LedgerEntry, _ context: DeskContext, _ txn: inout Transaction) throws {
        let desk = MemberDesk(context)
        var expires: Day?
        if e.points < 0 {
            expires =
                e.kind == .expire
                ? e.at.day
                : context.clock.today.adding(months: context.config.int(.pointsExpireMonths))
        }
        let entry = LedgerEntry(
            id: try desk.nextEntryID(e.account, txn), card: e.card, account: e.account,
            kind: e.kind, points: -e.points, amount: -e.amount, receipt: e.receipt,
            clerk: context.clerk, at: context.clock.now, expiresOn: expires, item: e.item,
            reason: "undo of \(e.id)", room: e.room, undoes: e.id)
        try desk.post(entry, action: "undo", in: &txn)
        guard let r = e.receipt else { return }
        if e.kind.receiptOnce { txn.delete(ReceiptIndexEntry.self, id: "\(e.kind.rawValue):\(r)") }
        if e.kind == .reverse, var index = try txn.get(ReceiptIndexEntry.self, id: "earn:\(r)") {
            index.reversedBy = nil
            txn.putQuietly(index)
        }
    }
}
