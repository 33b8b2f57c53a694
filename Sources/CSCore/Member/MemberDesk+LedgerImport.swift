/// `member import --from members.csv --ledger ledger.csv`: the exports of another cs (or of an
/// older system in the same shape) come back with their whole history, so
/// export → import loses nothing: ids, receipts, clerks and times are kept, and every
/// member's figures are recomputed from its ledger and must match the file.
extension MemberDesk {
    static let ledgerColumns = [
        "id", "card", "kind", "points", "amount", "receipt", "clerk", "at", "expiresOn",
        "item", "reason", "account", "room", "undoes",
    ]

    // Long: one check per ledger column, each naming its column, in the file's order.
    func parseLedger(_ bytes: [UInt8], accounts: Set<String>) throws -> (
        entries: [LedgerEntry],
        errors: [PlacedImportProblem]
    ) {
        let rows: [CSVReader.Row]
        do { rows = try CSVReader.parse(bytes) } catch {
            return ([], [PlacedImportProblem(.ledger, .notUTF8)])
        }
        guard let header = rows.first else { return ([], [PlacedImportProblem(.ledger, .empty)]) }
        var col = [String: Int]()
        var errors = [PlacedImportProblem]()
        for (i, h) in header.fields.enumerated() {
            let name = h.trimmingSpaces
            guard MemberDesk.ledgerColumns.contains(name) else {
                errors.append(PlacedImportProblem(.ledgerLine(1), .unknownColumn(name)))
                continue
            }
            col[name] = i
        }
        for required in ["id", "card", "kind", "points", "amount", "clerk", "at"] where col[required] == nil {
            errors.append(PlacedImportProblem(.ledgerLine(1), .missingColumn(required)))
        }
        guard errors.isEmpty else { return ([], errors) }
        var entries = [LedgerEntry]()
        var ids = Set<String>()
        for row in rows.dropFirst() {
            func v(_ c: String) -> String {
                guard let i = col[c], i < row.fields.count else { return "" }
                return CSVReader.unguarded(row.fields[i]).trimmingSpaces
            }
            var problems = [ImportProblem]()
            if row.fields.contains(where: { $0.utf8.count > MemberDesk.maxFieldBytes }) {
                problems.append(.fieldTooLong(field: nil, max: MemberDesk.maxFieldBytes))
            }
            let id = v("id")
            let card = v("card")
            let account = v("account").isEmpty ? LedgerEntry.shardKey(forID: id) : v("account")
            if id.isEmpty || !ids.insert(id).inserted {
                problems.append(.duplicateID(id))
            }
            if !id.hasPrefix(account + ".") {
                problems.append(.idOutsideAccount(id: id, account: account))
            }
            if !accounts.contains(account) { problems.append(.unknownAccount(account)) }
            let kind = LedgerKind(rawValue: v("kind"))
            if kind == nil {
                problems.append(.invalid(column: "ledgerKind", value: v("kind")))
            }
            let points = Int64(v("points"))
            if points.map({ abs($0) > 1_000_000_000 }) ?? true {
                problems.append(.invalid(column: "ledgerPoints", value: v("points")))
            }
            let amount = Money(parsing: v("amount"))
            if amount == nil { problems.append(.invalid(column: "amount", value: v("amount"))) }
            let at = Instant(parsing: v("at"), defaultOffset: clock.now.offset)
            if at == nil { problems.append(.invalid(column: "at", value: v("at"))) }
            let expires = v("expiresOn").isEmpty ? nil : Day(iso: v("expiresOn"))
            if !v("expiresOn").isEmpty && expires == nil {
                problems.append(.invalid(column: "expiresOn", value: v("expiresOn")))
            }
            if v("clerk").isEmpty { problems.append(.emptyValue(column: "clerk")) }
            let receipt = v("receipt").isEmpty ? nil : Receipt.normalized(v("receipt"))
            if !v("receipt").isEmpty && receipt == nil {
                problems.append(.invalid(column: "receipt", value: v("receipt")))
            }
            // Each value that did not read added a problem above: with none, every one is here.
            guard problems.isEmpty, let kind, let points, let amount, let at else {
                errors += problems.map { PlacedImportProblem(.ledgerLine(row.line), $0) }
                continue
            }
            func opt(_ c: String) -> String? { v(c).isEmpty ? nil : v(c) }
            entries.append(
                LedgerEntry(
                    id: id, card: card, account: account, kind: kind, points: points,
                    amount: amount,
                    receipt: receipt, clerk: v("clerk"), at: at, expiresOn: expires,
                    item: opt("item"), reason: opt("reason"), room: opt("room"),
                    undoes: opt("undoes")))
        }
        return (entries, errors)
    }

    // Long: the two passes of a ledger import (check every line, then write) in one transaction.
    func importWithLedger(
        _ members: [Member], lines: [Int], csvFigures: [(points: Int64, balance: Money)],
        ledger: [UInt8], dryRun: Bool
    ) throws -> ImportReport {
        var report = ImportReport()
        let accounts = Set(members.map(\.account))
        let (entries, ledgerErrors) = try parseLedger(ledger, accounts: accounts)
        report.errors = ledgerErrors
        let byAccount = Dictionary(grouping: entries, by: \.account)
        let usedReceipts = Set(try store.scan(ReceiptIndexEntry.self).records.map(\.id))
        var receipts = Set<String>()
        let undone = Set(entries.compactMap(\.undoes))
        for e in entries where e.undoes == nil && !undone.contains(e.id) {
            guard let r = e.receipt, e.kind.receiptOnce else { continue }
            let key = "\(e.kind.rawValue):\(r)"
            if !receipts.insert(key).inserted || usedReceipts.contains(key) {
                report.errors.append(PlacedImportProblem(.ledger, .receiptTwice(r)))
            }
        }
        var finished = [Member]()
        for (n, var m) in members.enumerated() {
            let account = m.status == .replaced ? Account(entries: []) : Account(entries: byAccount[m.account] ?? [])
            let (points, balance) = csvFigures[n]
            if m.status != .replaced && (points != account.points || balance != account.balance) {
                report.errors.append(
                    PlacedImportProblem(
                        .line(lines[n]),
                        .figuresDisagree(
                            points: points,
                            balance: balance,
                            ledgerPoints: account.points,
                            ledgerBalance: account.balance)))
            }
            m.points = account.points
            m.balance = account.balance
            m.totalSpend = account.totalSpend
            finished.append(m)
        }
        guard report.errors.isEmpty else { throw MemberError.importRejected(report.errors) }
        report.members = finished.count
        report.openingPoints = finished.reduce(0) { $0 + $1.points }
        report.openingBalance = finished.reduce(Money.zero) { $0 + $1.balance }
        if dryRun { return report }
        try change("import") { txn in
            // Decided under the lock: nobody registered these cards, phones or receipts since.
            _ = try requireNoConflicts(finished, lines: lines)
            let receiptsNow = Set(try store.scan(ReceiptIndexEntry.self).records.map(\.id))
            let reused = receipts.filter { receiptsNow.contains($0) }.sorted()
            if !reused.isEmpty {
                throw MemberError.importRejected(reused.map { PlacedImportProblem(.ledger, .receiptTwice($0)) })
            }
            for m in finished {
                try txn.insert(m, action: "import")
            }
            let ordered = entries.sorted(by: Account.order)
            for e in ordered { try txn.insert(e, action: "import") }
            // Every account opens here (its cards are new): its summary from its own entries.
            for (id, list) in Dictionary(grouping: ordered, by: \.account) {
                guard let last = list.last else { continue }
                txn.putQuietly(AccountSummary(account: id, Account(entries: list), through: last, entries: list.count))
            }
            for (_, i) in ReceiptIndexEntry.derived(from: ordered) { txn.putQuietly(i) }
        }
        report.committed = true
        return report
    }
}
