/// The membership desk's records as the doctor, export and backup see them.
public enum MemberKinds {
    public static let all: [KindDescriptor] = [
        KindDescriptor(
            Member.self, merge: .fields(derived: Member.figureFields, masked: ["idNumber"]),
            lineCheck: .of(Member.self), consistency: consistency,
            rebuild: rebuildIndexes),
        .documents(LedgerEntry.self, merge: .appendOnly),
        .documents(PerkUse.self, merge: .fields()),
        .documents(Voucher.self, merge: .fields()),
        // Checked against the ledger by the members' consistency check, which reads it anyway.
        KindDescriptor(
            AccountSummary.self, merge: .local,
            rebuild: rebuildSummaries),
        .documents(PhoneIndexEntry.self, merge: .local),
        .documents(ReceiptIndexEntry.self, merge: .local),
        // Each desk numbers its own records (ids carry the desk): counters are never shared.
        .documents(Counter.self, merge: .local),
    ]

    // Long: the doctor's list of member checks, one after another, each with its own message.
    /// Every member's shown figures equal its account's ledger; every index entry agrees with
    /// the documents it was derived from.
    @Sendable static func consistency(_ store: Store) throws -> [DocumentProblem] {
        var problems = [DocumentProblem]()
        let members = try store.scan(Member.self).records
        let ledger = try store.scan(LedgerEntry.self).records
        let byAccount = Dictionary(grouping: ledger, by: \.account)
        let receiptIndex = Dictionary(
            try store.scan(ReceiptIndexEntry.self).records.map { ($0.id, $0.entry) },
            uniquingKeysWith: { a, _ in a })
        let shardOf = { (m: Member) in
            "\(store.root)/\(Member.kind)/\(Shards.shardName(id: m.card, shardCount: store.shardCount(Member.self)))"
        }
        for m in members {
            let expected: Account
            if m.status == .replaced {
                expected = Account(entries: [])
            } else {
                expected = Account(entries: byAccount[m.account] ?? [])
            }
            if expected.points != m.points || expected.balance != m.balance || expected.totalSpend != m.totalSpend {
                let shown = "points=\(m.points) balance=\(m.balance.decimal) spend=\(m.totalSpend.decimal)"
                let ledger =
                    "points=\(expected.points) balance=\(expected.balance.decimal) "
                    + "spend=\(expected.totalSpend.decimal)"
                problems.append(
                    DocumentProblem(
                        path: shardOf(m), line: 0,
                        Fact(
                            .member(.doctorFiguresDisagree),
                            [
                                m.card,
                                shown, ledger,
                            ])))
            }
        }
        problems += try summaryProblems(store, byAccount)
        problems += try Member.phoneIndex.problems(store)
        var receipts = [String: [String]]()
        var reversals = [String: Int]()
        // An undone use (and the entry that undid it) frees its receipt.
        let undone = Set(ledger.compactMap(\.undoes))
        for e in ledger.sorted(by: Account.order) where e.undoes == nil && !undone.contains(e.id) {
            guard let r = e.receipt else { continue }
            if e.kind == .reverse { reversals["earn:\(r)", default: 0] += 1 }
            guard e.kind.receiptOnce else { continue }
            receipts["\(e.kind.rawValue):\(r)", default: []].append(e.id)
        }
        // Two uses of one receipt can only come from two desks merged (`cs sync`); once one is
        // reversed the receipt counts once again.
        for (key, ids) in receipts.sorted(by: { $0.key < $1.key }) where ids.count - reversals[key, default: 0] > 1 {
            let receipt = String(key.split(separator: ":", maxSplits: 1).last ?? "")
            problems.append(
                DocumentProblem(
                    path: "\(store.root)/\(LedgerEntry.kind)", line: 0,
                    Fact(.member(.doctorReceiptTwice), [receipt, ids[0], ids[1]])))
        }
        for (key, ids) in receipts where !ids.contains(receiptIndex[key] ?? "") {
            problems.append(
                DocumentProblem(
                    path: "\(store.root)/\(ReceiptIndexEntry.kind)", line: 0,
                    Fact(.member(.doctorReceiptIndexLacks), [key])))
        }
        return problems
    }

    /// Every account summary equals what its ledger adds up to (an account without one is
    /// summed from its ledger when read: not a problem).
    static func summaryProblems(_ store: Store, _ byAccount: [String: [LedgerEntry]]) throws -> [DocumentProblem] {
        var problems = [DocumentProblem]()
        for s in try store.scan(AccountSummary.self).records {
            let entries = byAccount[s.id] ?? []
            let expected = Account(entries: entries)
            guard expected != s.account || s.entries != entries.count else { continue }
            func said(_ a: Account, _ n: Int64) -> String {
                "points=\(a.points) balance=\(a.balance.decimal) spend=\(a.totalSpend.decimal) debt=\(a.debt) "
                    + "lots=\(a.lots.count) entries=\(n)"
            }
            let path =
                "\(store.root)/\(AccountSummary.kind)/"
                + Shards.shardName(id: s.id, shardCount: store.shardCount(AccountSummary.self))
            problems.append(
                DocumentProblem(
                    path: path, line: 0,
                    Fact(
                        .member(.doctorSummaryDisagrees),
                        [
                            s.id, said(s.account, s.entries),
                            said(expected, Int64(entries.count)),
                        ])))
        }
        return problems
    }

    /// Rewrites every account's summary from its ledger.
    @Sendable static func rebuildSummaries(_ txn: inout Transaction) throws -> Int {
        let byAccount = Dictionary(grouping: try txn.store.scan(LedgerEntry.self).records, by: \.account)
        for s in try txn.store.scan(AccountSummary.self).records where byAccount[s.id] == nil {
            txn.delete(AccountSummary.self, id: s.id)
        }
        for (id, list) in byAccount {
            let ordered = list.sorted(by: Account.order)
            let summary = AccountSummary(
                account: id, Account(entries: ordered), through: ordered[ordered.count - 1],
                entries: ordered.count)
            if try txn.store.get(AccountSummary.self, id: id) != summary { txn.putQuietly(summary) }
        }
        return byAccount.count
    }

    /// Rebuilds the phone and receipt indexes from the members and the ledger.
    @Sendable static func rebuildIndexes(_ txn: inout Transaction) throws -> Int {
        let store = txn.store
        let phones = try Member.phoneIndex.rebuild(&txn)
        let receipts = ReceiptIndexEntry.derived(
            from: try store.scan(LedgerEntry.self).records.sorted(by: Account.order))
        for e in try store.scan(ReceiptIndexEntry.self).records where receipts[e.id] == nil {
            txn.delete(ReceiptIndexEntry.self, id: e.id)
        }
        for (_, e) in receipts { txn.putQuietly(e) }
        return phones + receipts.count
    }
}
