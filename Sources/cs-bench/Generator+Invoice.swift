import CSCore

/// A year of invoices at 300 a day on two paper ranges, with their receipt and day indexes: the
/// shape the day report reads after a year at the desk.
extension Generator {
    static let invoicesPerDay = 300

    mutating func invoices(into txn: inout Transaction, days: Int) throws -> Int {
        let code = "144031900111"
        let half = 60_000
        var stocks = [
            InvoiceStock(
                code: code, from: "00000001", to: String(format: "%08d", half), addedAt: now,
                addedBy: "bench"),
            InvoiceStock(
                code: code, from: String(format: "%08d", half + 1),
                to: String(format: "%08d", 2 * half), addedAt: now, addedBy: "bench"),
        ]
        var n = 0
        for d in stride(from: days, to: 0, by: -1) {
            let day = now.day.adding(days: -d)
            for k in 0..<Generator.invoicesPerDay {
                n += 1
                let at = Instant.startOf(day, offset: now.offset).adding(seconds: Int64(36_000 + k * 120))
                var i = Invoice(
                    code: code, number: String(format: "%08d", n), kind: .paper, receipt: "INV\(n)",
                    amount: Money(fen: Int64(rng.int(1_000...200_000))), room: "\(rng.int(1...30))",
                    title: nil, taxId: nil, issuedAt: at, issuedBy: "bench")
                if rng.int(0...199) == 0 {
                    i.status = .voided
                    i.voidedAt = at.adding(seconds: 600)
                    i.voidedBy = "bench"
                    i.voidReason = "bench"
                }
                try txn.insert(i, action: "issue")
            }
        }
        stocks[0].used = min(n, half)
        stocks[0].next = n < half ? String(format: "%08d", n + 1) : nil
        stocks[1].used = max(0, n - half)
        stocks[1].next = String(format: "%08d", max(n, half) + 1)
        for s in stocks { txn.putQuietly(s) }
        return n
    }
}
