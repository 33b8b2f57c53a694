/// The invoice desk (发票, seed 002 五): stock from finance, issuing against receipts, void in the
/// month or red letter after it, explained gaps. Every check that decides a change is made
/// under the lock, inside its transaction: two clerks never get the same number.
public struct InvoiceDesk: DeskRules {
    public static let commandPrefix = "invoice"
    public let context: DeskContext

    public init(_ context: DeskContext) { self.context = context }

    /// A paper range; refused when it overlaps any range of the same code, by value: `500` and
    /// `00000500` are one number (short input is padded to eight digits).
    public func addStock(code: String, from asked: String, to askedTo: String) throws -> InvoiceStock {
        guard InvoiceNumber.isCode(code) else { throw InvoiceError.invalid(field: .code, value: code) }
        guard let from = InvoiceNumber.paper(asked) else { throw InvoiceError.invalid(field: .from, value: asked) }
        guard let to = InvoiceNumber.paper(askedTo), to.utf8.count == from.utf8.count, to >= from,
            InvoiceNumber.value(to) - InvoiceNumber.value(from) < 100_000
        else {
            throw InvoiceError.invalid(field: .to, value: askedTo)
        }
        return try change("stock add") { txn in
            for s in try txn.store.scan(InvoiceStock.self).records
            where s.code == code && s.overlaps(from: from, to: to) {
                throw InvoiceError.stockOverlaps(code: code, from: s.from, to: s.to)
            }
            let stock = InvoiceStock(code: code, from: from, to: to, addedAt: clock.now, addedBy: context.clerk)
            try txn.put(stock, action: "stock add")
            return stock
        }
    }

    public func stock() throws -> [InvoiceStock] {
        try store.scan(InvoiceStock.self).records.sorted { ($0.code, $0.from) < ($1.code, $1.from) }
    }

    /// What an invoice is issued for.
    public struct Request: Sendable {
        public var receipt: String
        public var amount: Money
        public var room: String?
        public var title: String?
        public var taxId: String?
        /// `--number`: exactly this one (paper: in stock and unused; digital: its 20 digits).
        public var number: String?
        public var electronic: Bool

        public init(
            receipt: String, amount: Money, room: String?, title: String?, taxId: String?, number: String?,
            electronic: Bool
        ) {
            self.receipt = receipt
            self.amount = amount
            self.room = room
            self.title = title
            self.taxId = taxId
            self.number = number
            self.electronic = electronic
        }
    }

    public func issue(_ r: Request) throws -> Invoice {
        guard let receipt = Receipt.normalized(r.receipt) else {
            throw InvoiceError.invalid(field: .receipt, value: r.receipt)
        }
        guard r.amount.fen > 0 else { throw InvoiceError.invalid(field: .amount, value: r.amount.decimal) }
        let taxId = r.taxId.map(TaxID.normalized)
        if let taxId, !TaxID.isValid(taxId) { throw InvoiceError.invalid(field: .taxId, value: r.taxId ?? taxId) }
        if r.electronic {
            guard let n = r.number, InvoiceNumber.isElectronic(n) else {
                throw InvoiceError.invalid(field: .number, value: r.number ?? "")
            }
        }
        return try change("issue") { txn in
            if let held = try txn.get(InvoiceReceiptEntry.self, id: receipt) {
                throw InvoiceError.receiptInvoiced(receipt: receipt, invoice: held.invoice, at: held.at)
            }
            let (code, number) = try take(
                r.electronic ? nil : r.number, electronic: r.electronic ? r.number : nil,
                in: &txn)
            let invoice = Invoice(
                code: code, number: number, kind: r.electronic ? .electronic : .paper,
                receipt: receipt, amount: r.amount, room: r.room, title: r.title, taxId: taxId,
                issuedAt: clock.now, issuedBy: context.clerk)
            try txn.put(invoice, action: "issue")
            return invoice
        }
    }

    /// The number an invoice is written on: a digital one as given; a paper one as asked for
    /// (in stock, unused, not explained away) or the lowest unused in stock. Marks it used.
    func take(_ asked: String?, electronic: String?, in txn: inout Transaction) throws -> (String?, String) {
        if let e = electronic {
            guard try txn.get(Invoice.self, id: e) == nil else { throw InvoiceError.numberUsed(e) }
            return (nil, e)
        }
        let stocks = try txn.store.scan(InvoiceStock.self).records.sorted { ($0.code, $0.from) < ($1.code, $1.from) }
        var stock: InvoiceStock
        let number: String
        if let asked {
            let (s, n) = try holding(asked, in: stocks)
            guard try !taken(s, n, in: txn) else { throw InvoiceError.numberUsed(Invoice.id(code: s.code, number: n)) }
            stock = s
            number = n
        } else {
            guard let s = stocks.first(where: { $0.next != nil }), let n = s.next else {
                throw InvoiceError.noStock(
                    remaining: stocks.map { "\($0.code) \($0.from)–\($0.to): 0" }
                        .joined(separator: ", "))
            }
            stock = s
            number = n
        }
        try consume(&stock, number, in: txn)
        txn.putQuietly(stock)
        return (stock.code, number)
    }

    /// The one range holding `asked` (`CODE-NUMBER`, or a number only one code's ranges hold).
    func holding(_ asked: String, in stocks: [InvoiceStock]) throws -> (stock: InvoiceStock, number: String) {
        let parts = asked.split(separator: "-").map(String.init)
        let (code, n) = parts.count == 2 ? (Optional(parts[0]), parts[1]) : (nil, asked)
        let holding = stocks.compactMap { s in
            code.map { s.code == $0 } ?? true ? s.number(n).map { (stock: s, number: $0) } : nil
        }
        guard let found = holding.first else { throw InvoiceError.notInStock(asked) }
        guard holding.count == 1 else {
            throw InvoiceError.ambiguous(asked, holding.map { "\($0.stock.code)-\($0.number)" })
        }
        return found
    }

    /// Whether the number of `stock` is taken: issued, or explained away.
    func taken(_ stock: InvoiceStock, _ n: String, in txn: Transaction) throws -> Bool {
        let id = Invoice.id(code: stock.code, number: n)
        return try txn.get(Invoice.self, id: id) != nil || txn.get(InvoiceGap.self, id: id) != nil
    }

    /// One more number of `stock` is taken (`n`): its count, and the number the next invoice
    /// goes on. Issuing past `next` (`--number`) moves it on after `n`: the paper in the clerk's
    /// hand follows the last one written, and the numbers skipped are gaps to explain, never
    /// issued silently (the day report lists them). Taking a number below `next` (a gap filled
    /// on purpose) or explaining one ahead of it leaves it where it is.
    func consume(_ stock: inout InvoiceStock, _ n: String, in txn: Transaction, issuing: Bool = true) throws {
        stock.used += 1
        guard let current = stock.next,
            current == n || (issuing && InvoiceNumber.value(n) > InvoiceNumber.value(current))
        else { return }
        var next = InvoiceNumber.successor(n)
        while stock.contains(next), try taken(stock, next, in: txn) { next = InvoiceNumber.successor(next) }
        stock.next = stock.contains(next) ? next : nil
    }

    /// An invoice by its number (`CODE-NUMBER`, or the number when one code has it).
    public func find(_ text: String, in reader: some RecordReader, stocks: [InvoiceStock]) throws -> Invoice {
        let t = text.trimmingSpaces
        if let i = try reader.get(Invoice.self, id: t) { return i }
        // `1052` or `CODE-1052` is the number 00001052 of whichever range holds it.
        let parts = t.split(separator: "-").map(String.init)
        let (code, n) = parts.count == 2 ? (Optional(parts[0]), parts[1]) : (nil, t)
        var ids = Set(
            stocks.compactMap { s in code.map { s.code == $0 } ?? true ? s.number(n).map { "\(s.code)-\($0)" } : nil })
        if code == nil { ids.formUnion(Set(stocks.map(\.code)).map { "\($0)-\(t)" }) }
        let found = try ids.sorted().compactMap { try reader.get(Invoice.self, id: $0) }
        guard let first = found.first else { throw InvoiceError.notFound(t) }
        guard found.count == 1 else { throw InvoiceError.ambiguous(t, found.map(\.id)) }
        return first
    }

    public func show(_ number: String) throws -> Invoice {
        try find(number, in: store, stocks: try store.scan(InvoiceStock.self).records)
    }

    /// Only in the calendar month of issue (every copy can still be collected); never deleted.
    public func void(_ number: String, reason: String) throws -> Invoice {
        try change("void") { txn in
            var i = try find(number, in: txn, stocks: try txn.store.scan(InvoiceStock.self).records)
            guard i.status == .issued else { throw InvoiceError.alreadyVoided(i.id) }
            if let original = i.redLetterOf { throw InvoiceError.voidRedLetter(id: i.id, of: original) }
            guard i.invoiceKind == .paper else { throw InvoiceError.voidElectronic(i.id) }
            if let r = i.redLetter { throw InvoiceError.alreadyRedLettered(id: i.id, by: r) }
            guard Month(i.issuedAt.day) == Month(clock.today) else {
                throw InvoiceError.voidTooLate(id: i.id, month: Month(i.issuedAt.day).iso)
            }
            i.status = .voided
            i.voidedAt = clock.now
            i.voidedBy = context.clerk
            i.voidReason = reason
            try txn.put(i, action: "void")
            return i
        }
    }

    /// After the month of issue: a negative invoice on the next number (a digital one on the
    /// number the platform gave), referencing the original; once per invoice.
    public func redLetter(_ number: String, reason: RedLetterReason, electronicNumber: String?) throws -> Invoice {
        try change("redletter") { txn in
            var original = try find(number, in: txn, stocks: try txn.store.scan(InvoiceStock.self).records)
            guard original.redLetterOf == nil else { throw InvoiceError.redLetterOfRedLetter(original.id) }
            guard original.status == .issued else { throw InvoiceError.alreadyVoided(original.id) }
            if let r = original.redLetter { throw InvoiceError.alreadyRedLettered(id: original.id, by: r) }
            guard Month(original.issuedAt.day) != Month(clock.today) || original.invoiceKind == .electronic else {
                throw InvoiceError.redLetterSameMonth(original.id)
            }
            if original.invoiceKind == .electronic {
                guard let n = electronicNumber, InvoiceNumber.isElectronic(n) else {
                    throw InvoiceError.invalid(field: .number, value: electronicNumber ?? "")
                }
            }
            let (code, n) = try take(
                nil, electronic: original.invoiceKind == .electronic ? electronicNumber : nil,
                in: &txn)
            let red = Invoice(
                code: code, number: n, kind: original.invoiceKind, receipt: nil,
                amount: Money(fen: -original.amount.fen), room: original.room, title: original.title,
                taxId: original.taxId, issuedAt: clock.now, issuedBy: context.clerk,
                redLetterOf: original.id, redLetterReason: reason)
            original.redLetter = red.id
            try txn.put(original, action: "redletter")
            try txn.put(red, action: "redletter")
            return red
        }
    }

    /// Why a number in stock was never issued (torn, spoiled); it is then never issued.
    public func explain(_ number: String, reason: String) throws -> InvoiceGap {
        try change("explain") { txn in
            var (stock, n) = try holding(number, in: try txn.store.scan(InvoiceStock.self).records)
            let id = Invoice.id(code: stock.code, number: n)
            guard try !taken(stock, n, in: txn) else { throw InvoiceError.notAGap(id) }
            let gap = InvoiceGap(id: id, reason: reason, at: clock.now, by: context.clerk)
            try txn.put(gap, action: "explain")
            try consume(&stock, n, in: txn, issuing: false)
            txn.putQuietly(stock)
            return gap
        }
    }
}
