/// `member import --csv members.csv --ledger ledger.csv`: the exports of another cs (or of an
/// older system in the same shape) come back with their whole history, so
/// export → import loses nothing: ids, receipts, clerks and times are kept, and every
/// member's figures are recomputed from its ledger and must match the file.
extension MemberDesk {
    static let ledgerColumns = ["id", "card", "kind", "points", "amount", "receipt", "clerk", "at", "expiresOn",
                                "item", "reason", "account", "room"]

    func parseLedger(_ bytes: [UInt8], accounts: Set<String>) throws -> (entries: [LedgerEntry], errors: [String]) {
        let rows: [CSVReader.Row]
        do { rows = try CSVReader.parse(bytes) } catch {
            return ([], ["ledger: the file is not UTF-8 CSV"])
        }
        guard let header = rows.first else { return ([], ["ledger: the file is empty"]) }
        var col = [String: Int]()
        var errors = [String]()
        for (i, h) in header.fields.enumerated() {
            let name = h.trimmingSpaces
            guard MemberDesk.ledgerColumns.contains(name) else {
                errors.append("ledger line 1: unknown column '\(name.prefix(40))'")
                continue
            }
            col[name] = i
        }
        for required in ["id", "card", "kind", "points", "amount", "clerk", "at"] where col[required] == nil {
            errors.append("ledger line 1: missing column \(required)")
        }
        guard errors.isEmpty else { return ([], errors) }
        var entries = [LedgerEntry]()
        var ids = Set<String>()
        for row in rows.dropFirst() {
            func v(_ c: String) -> String {
                guard let i = col[c], i < row.fields.count else { return "" }
                return CSVReader.unguarded(row.fields[i]).trimmingSpaces
            }
            var problems = [String]()
            if row.fields.contains(where: { $0.utf8.count > MemberDesk.maxFieldBytes }) {
                problems.append("a field is longer than \(MemberDesk.maxFieldBytes) bytes")
            }
            let id = v("id"), card = v("card")
            let account = v("account").isEmpty ? LedgerEntry.shardKey(forID: id) : v("account")
            if id.isEmpty || !ids.insert(id).inserted {
                problems.append("id '\(id.prefix(40))' is empty or appears twice")
            }
            if !id.hasPrefix(account + ".") {
                problems.append("id \(id.prefix(40)) does not start with its account \(account)")
            }
            if !accounts.contains(account) { problems.append("account \(account) is not a member in the file") }
            let kind = LedgerKind(rawValue: v("kind"))
            if kind == nil {
                problems.append("kind '\(v("kind").prefix(20))' is not one of \(LedgerKind.allCases.map(\.rawValue).joined(separator: "|"))")
            }
            let points = Int64(v("points"))
            if points == nil || abs(points!) > 1_000_000_000 {
                problems.append("points '\(v("points").prefix(20))' is not a whole number")
            }
            let amount = Money(parsing: v("amount"))
            if amount == nil { problems.append("amount '\(v("amount").prefix(20))' is not an amount") }
            let at = Instant(parsing: v("at"), defaultOffset: clock.now.offset)
            if at == nil { problems.append("at '\(v("at").prefix(30))' is not an ISO 8601 time") }
            let expires = v("expiresOn").isEmpty ? nil : Day(iso: v("expiresOn"))
            if !v("expiresOn").isEmpty && expires == nil {
                problems.append("expiresOn '\(v("expiresOn").prefix(20))' is not YYYY-MM-DD")
            }
            if v("clerk").isEmpty { problems.append("clerk is empty") }
            let receipt = v("receipt").isEmpty ? nil : Receipt.normalized(v("receipt"))
            if !v("receipt").isEmpty && receipt == nil {
                problems.append("receipt '\(v("receipt").prefix(40))' is not \(Receipt.accepted)")
            }
            guard problems.isEmpty else {
                errors += problems.map { "ledger line \(row.line): \($0)" }
                continue
            }
            func opt(_ c: String) -> String? { v(c).isEmpty ? nil : v(c) }
            entries.append(LedgerEntry(id: id, card: card, account: account, kind: kind!, points: points!,
                                       amount: amount!,
                                       receipt: receipt, clerk: v("clerk"), at: at!, expiresOn: expires,
                                       item: opt("item"), reason: opt("reason"), room: opt("room")))
        }
        return (entries, errors)
    }

    func importWithLedger(_ members: [Member], lines: [Int], csvFigures: [(points: Int64, balance: Money)],
                          ledger: [UInt8], dryRun: Bool) throws -> ImportReport {
        var report = ImportReport()
        let accounts = Set(members.map(\.account))
        let (entries, ledgerErrors) = try parseLedger(ledger, accounts: accounts)
        report.errors = ledgerErrors
        let byAccount = Dictionary(grouping: entries, by: \.account)
        let usedReceipts = Set(try store.scan(ReceiptIndexEntry.self).records.map(\.id))
        var receipts = Set<String>()
        for e in entries {
            guard let r = e.receipt, e.kind == .earn || e.kind == .pay else { continue }
            let key = "\(e.kind.rawValue):\(r)"
            if !receipts.insert(key).inserted || usedReceipts.contains(key) {
                report.errors.append("ledger: receipt \(r) is used twice")
            }
        }
        var finished = [Member]()
        for (n, var m) in members.enumerated() {
            let account = m.status == .replaced ? Account(entries: []) : Account(entries: byAccount[m.account] ?? [])
            let (points, balance) = csvFigures[n]
            if m.status != .replaced && (points != account.points || balance != account.balance) {
                report.errors.append("line \(lines[n]): points \(points) and balance \(balance.decimal) but its ledger adds up to \(account.points) and \(account.balance.decimal)")
            }
            m.points = account.points
            m.balance = account.balance
            m.totalSpend = account.totalSpend
            finished.append(m)
        }
        guard report.errors.isEmpty else { throw MemberError.importRejected(errors: report.errors) }
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
                throw MemberError.importRejected(errors: reused.map { "ledger: receipt \($0) is used twice" })
            }
            for m in finished {
                try txn.insert(m, action: "import")
            }
            var index = [String: ReceiptIndexEntry]()
            for e in entries.sorted(by: Account.order) {
                try txn.insert(e, action: "import")
                guard let r = e.receipt else { continue }
                switch e.kind {
                case .earn, .pay: index["\(e.kind.rawValue):\(r)"] = ReceiptIndexEntry(use: e.kind.rawValue,
                    receipt: r, entry: e.id, card: e.card)
                case .reverse: index["earn:\(r)"]?.reversedBy = e.id
                default: break
                }
            }
            for (_, i) in index { txn.putQuietly(i) }
        }
        report.committed = true
        return report
    }
}
