/// After `cs sync` merged other desks' members and movements: what the merge alone can reveal
/// (one receipt earned at two desks, stored value overspent offline at two stores, one phone on
/// two new members) is recorded as a conflict, and each account touched is summed again so the
/// figures a member shows equal its merged ledger.
extension MemberDesk {
    /// Before the merged members' indexes are updated (which would silently hand a phone to
    /// the newer member): receipts used at two desks, phones on two members.
    func mergeConflicts(_ merged: MergedChanges, desk: String, in txn: inout Transaction) throws -> [SyncConflict] {
        var conflicts = [SyncConflict]()
        for (before, after) in merged.records(LedgerEntry.self) {
            guard let e = after, before == nil else { continue }
            if let c = try receiptConflict(e, desk: desk, in: &txn) { conflicts.append(c) }
        }
        for (_, after) in merged.records(Member.self) {
            guard let m = after else { continue }
            if let c = try phoneConflict(m, desk: desk, in: txn) { conflicts.append(c) }
        }
        return conflicts
    }

    /// After the indexes: every account a merged member or movement touches, summed again.
    func settleAccounts(_ merged: MergedChanges, desk: String, in txn: inout Transaction) throws -> [SyncConflict] {
        var cards = [String: Set<String>]()
        for (_, after) in merged.records(LedgerEntry.self) {
            if let e = after { cards[e.account, default: []].insert(e.card) }
        }
        for (_, after) in merged.records(Member.self) {
            if let m = after { cards[m.account, default: []].insert(m.card) }
        }
        var conflicts = [SyncConflict]()
        for account in cards.keys.sorted() {
            if let c = try settle(account: account, cards: cards[account] ?? [], desk: desk, in: &txn) {
                conflicts.append(c)
            }
        }
        return conflicts
    }

    /// A receipt that takes one use (earn, pay, top-up) already indexed to another entry.
    func receiptConflict(_ e: LedgerEntry, desk: String, in txn: inout Transaction) throws -> SyncConflict? {
        guard let r = e.receipt else { return nil }
        if e.kind == .reverse, var earned = try txn.get(ReceiptIndexEntry.self, id: "earn:\(r)") {
            earned.reversedBy = e.id
            txn.putQuietly(earned)
            return nil
        }
        guard e.kind.receiptOnce else { return nil }
        let key = "\(e.kind.rawValue):\(r)"
        if let other = try txn.get(ReceiptIndexEntry.self, id: key), other.entry != e.id, other.reversedBy == nil {
            return SyncConflict(
                subject: .receipt, recordKind: LedgerEntry.kind, key: key,
                records: [other.entry, e.id].sorted(), foundAt: clock.now, foundBy: desk)
        }
        txn.putQuietly(ReceiptIndexEntry(use: e.kind.rawValue, receipt: r, entry: e.id, card: e.card))
        return nil
    }

    /// A phone the index gives to another current member (the merge's own index update,
    /// which follows, would silently take it over).
    func phoneConflict(_ m: Member, desk: String, in txn: Transaction) throws -> SyncConflict? {
        guard m.isCurrent, let entry = try txn.get(PhoneIndexEntry.self, id: m.phone), entry.card != m.card,
            let other = try txn.get(Member.self, id: entry.card), other.isCurrent, other.phone == m.phone,
            other.account != m.account
        else { return nil }
        return SyncConflict(
            subject: .phone, recordKind: Member.kind, key: m.phone,
            records: [other.card, m.card].sorted(),
            foundAt: clock.now, foundBy: desk)
    }

    /// Sums the account's merged ledger into its summary and its current card's figures (kept
    /// with the time of its newest entry, so every desk writes the same line); an overdrawn
    /// account is a conflict.
    func settle(account: String, cards: Set<String>, desk: String, in txn: inout Transaction) throws -> SyncConflict? {
        let ordered = try entries(of: account, in: txn).sorted(by: Account.order)
        guard let last = ordered.last else { return nil }
        let figures = Account(entries: ordered)
        txn.putQuietly(AccountSummary(account: account, figures, through: last, entries: ordered.count))
        var current = Set<String>()
        for card in cards {
            var seen = Set<String>()
            var m = try txn.get(Member.self, id: card)
            while let found = m, found.status == .replaced, let next = found.replacedBy, seen.insert(next).inserted {
                m = try txn.get(Member.self, id: next)
            }
            if let found = m, found.account == account { current.insert(found.card) }
        }
        for card in current.sorted() {
            guard var m = try txn.get(Member.self, id: card), m.status != .replaced else { continue }
            guard m.points != figures.points || m.balance != figures.balance || m.totalSpend != figures.totalSpend
            else { continue }
            let before = m
            m.points = figures.points
            m.balance = figures.balance
            m.totalSpend = figures.totalSpend
            m.tier = max(m.tier, earnedTier(m))
            txn.putQuietly(m, keeping: last.at)
            try Member.updateIndexes(before: before, after: m, in: &txn)
        }
        guard figures.balance < .zero || figures.points < 0 else { return nil }
        return SyncConflict(
            subject: .overspent, recordKind: AccountSummary.kind, key: account,
            records: current.sorted(), foundAt: clock.now, foundBy: desk)
    }

    /// Whether a member conflict still holds: both entries of a receipt still count, the
    /// account still overdrawn, the phone still on two current members.
    public func stillHolds(_ c: SyncConflict) throws -> Bool {
        switch c.subject {
        case .receipt:
            // As the doctor counts: the uses still in effect, less the reversals of the receipt.
            var uses = 0
            var reversals = 0
            for account in Set(c.records.map(LedgerEntry.shardKey(forID:))) {
                let ledger = try entries(of: account, in: nil)
                let undone = Set(ledger.compactMap(\.undoes))
                for e in ledger where e.undoes == nil && !undone.contains(e.id) {
                    guard let r = e.receipt else { continue }
                    if "\(e.kind.rawValue):\(r)" == c.key && c.records.contains(e.id) { uses += 1 }
                    if e.kind == .reverse && "earn:\(r)" == c.key { reversals += 1 }
                }
            }
            return uses - reversals > 1
        case .overspent:
            let figures = Account(entries: try entries(of: c.key, in: nil))
            return figures.balance < .zero || figures.points < 0
        case .phone:
            let members = try c.records.compactMap { try store.get(Member.self, id: $0) }
            return members.filter { $0.isCurrent && $0.phone == c.key }.count > 1
        default:
            // Another desk's subject, or a shared one: not the member desk's to judge.
            return false
        }
    }
}
