import CSCore

extension Generator {
    /// Entries of the venue's most loyal member, card 0: ten visits a day for three years.
    static let regularEntries = 10_000

    /// Gives card 0 a history of `regularEntries` earns (its shard grows with it), so the bench
    /// can compare an earn on it with one on a member of a few entries.
    mutating func regular(into txn: inout Transaction) throws -> Int {
        guard members > 0 else { return 0 }
        let card = Generator.card(0)
        guard var m = try txn.get(Member.self, id: card) else { return 0 }
        let previous = try txn.records(LedgerEntry.self, shardKey: card, idPrefix: card + ".") { _ in true }
        var entries = [LedgerEntry]()
        for k in 0..<Generator.regularEntries {
            let at = now.adding(seconds: -Int64(Generator.regularEntries - k) * 9_000)
            let amount = Money(fen: Int64(rng.int(1_000...50_000)))
            // Numbered on from the entries before, as the desk numbers them.
            entries.append(
                LedgerEntry(
                    id: "\(card).01-\(previous.count + 1 + k)", card: card, account: card, kind: .earn,
                    points: amount.fen / 100, amount: amount, receipt: "REG-\(k)",
                    clerk: "bench", at: at, expiresOn: at.day.adding(years: 1)))
        }
        let all = (previous + entries).sorted(by: Account.order)
        let account = Account(entries: all)
        txn.putQuietly(AccountSummary(account: card, account, through: all[all.count - 1], entries: all.count))
        m.points = account.points
        m.balance = account.balance
        m.totalSpend = account.totalSpend
        txn.putQuietly(m)
        for e in entries {
            try txn.insert(e, action: "import")
            if let receipt = e.receipt {
                txn.putQuietly(ReceiptIndexEntry(use: "earn", receipt: receipt, entry: e.id, card: card))
            }
        }
        return entries.count
    }
}
