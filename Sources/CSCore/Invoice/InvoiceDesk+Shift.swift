/// The shift handover and the day report: the same sums and checks over a span of time.
extension InvoiceDesk {
    /// The invoices issued on `day`, from the day's own index shard.
    func invoices(on day: Day, reader: Store) throws -> [Invoice] {
        try reader.records(InvoiceDayEntry.self, shardKey: day.iso, idPrefix: day.iso + "/") { _ in true }.records
            .map(\.invoice)
    }

    /// Sums and checks for the invoices issued from `since` to `through`.
    func summary(since: Instant, through: Instant, in reader: some RecordReader) throws -> InvoiceSummary {
        var s = InvoiceSummary(since: since, through: through)
        var all = [Invoice]()
        var day = since.day
        while day <= through.day {
            all += try invoices(on: day, reader: store)
            day = day.adding(days: 1)
        }
        let span = all.filter { $0.issuedAt >= since && $0.issuedAt <= through }
            .sorted { ($0.issuedAt, $0.id) < ($1.issuedAt, $1.id) }
        let paper = span.filter { $0.invoiceKind == .paper }.sorted { $0.id < $1.id }
        s.first = paper.first?.id
        s.last = paper.last?.id
        for i in span {
            if i.redLetterOf != nil { s.redLetters.append(i.id) } else { s.issued += 1 }
            if i.invoiceKind == .electronic { s.electronic += 1 }
            if i.status == .voided { s.voided.append(i.id) } else { s.total = s.total + i.amount }
        }
        // Every number inside each code's used span with no invoice and no explanation (numbers
        // of one width together: a register from before widths were padded is not read as
        // tens of thousands of gaps between `500` and `00000500`).
        for (key, used) in Dictionary(grouping: paper, by: { "\($0.code ?? "")|\($0.number.utf8.count)" }) {
            let code = String(key.prefix { $0 != "|" })
            let numbers = used.map(\.number).sorted()
            guard var n = numbers.first, let last = numbers.last else { continue }
            let have = Set(numbers)
            while n < last {
                n = InvoiceNumber.successor(n)
                let id = Invoice.id(code: code, number: n)
                if !have.contains(n), try reader.get(Invoice.self, id: id) == nil,
                    try reader.get(InvoiceGap.self, id: id) == nil
                {
                    s.gaps.append(id)
                }
            }
        }
        s.gaps.sort()
        s.remaining = try store.scan(InvoiceStock.self).records.sorted { ($0.code, $0.from) < ($1.code, $1.from) }
            .map { "\($0.code) \($0.from)–\($0.to): \($0.remaining)" }
        return s
    }

    func handovers(on day: Day) throws -> [InvoiceHandover] {
        try store.scan(InvoiceHandover.self).records.filter { $0.at.day == day }.sorted { $0.at < $1.at }
    }

    /// The clerk hands over to `to` (nil: closing, the invoices into the safe): everything since
    /// the previous handover of the day (or the day's start), recorded with both clerks. Refused
    /// while a number is an unexplained gap (the seed: the numbers are checked before B takes
    /// over), and when it would only repeat the previous sheet (`handoverShow` reprints that).
    public func handover(
        to: String?, shift: Shift?, extras: InvoiceHandover.Extras = .init()
    ) throws -> InvoiceHandover {
        try change("handover") { txn in
            let now = clock.now
            let previous = try handovers(on: clock.today).last
            let since = previous.map { $0.at.adding(seconds: 1) } ?? Instant.startOf(clock.today, offset: now.offset)
            let summary = try self.summary(since: since, through: now, in: txn)
            guard summary.gaps.isEmpty else { throw InvoiceError.handoverWithGaps(summary.gaps) }
            let empty = summary.issued == 0 && summary.voided.isEmpty && summary.redLetters.isEmpty
            if let previous, empty, previous.from == context.clerk, previous.to == to {
                throw InvoiceError.handoverRepeated(id: previous.id)
            }
            let id = "H\(context.config.deskID)-\(try txn.nextNumber("invoice-handover"))"
            var h = InvoiceHandover(
                id: id, from: context.clerk, to: to, shift: shift ?? (previous == nil ? .a : .b),
                at: now, summary: summary)
            h.extras = extras
            try txn.put(h, action: "handover")
            return h
        }
    }

    /// Past sheets, oldest first: one day's, or every day's.
    public func handoverList(day: Day?) throws -> ScanResult<InvoiceHandover> {
        var scan = try store.scan(InvoiceHandover.self)
        scan.records = scan.records.filter { h in day.map { h.at.day == $0 } ?? true }.sorted { $0.at < $1.at }
        return scan
    }

    /// One past sheet, as it was recorded, to read or print again.
    public func handoverShow(_ id: String) throws -> InvoiceHandover {
        let id = RecordID.normalized(id)
        guard let h = try store.get(InvoiceHandover.self, id: id) else { throw InvoiceError.handoverNotFound(id) }
        return h
    }

    /// The day's reconciliation: the whole day's sums and checks, and its handovers.
    public struct DayReport: Sendable {
        public let day: Day
        public let summary: InvoiceSummary
        public let handovers: [InvoiceHandover]
    }

    public func report(day: Day) throws -> DayReport {
        let start = Instant.startOf(day, offset: context.config.offset)
        let end = Instant.startOf(day.adding(days: 1), offset: context.config.offset).adding(seconds: -1)
        return DayReport(
            day: day, summary: try summary(since: start, through: end, in: store),
            handovers: try handovers(on: day))
    }

    public struct Filter: Sendable {
        public var day: Day?
        public var status: InvoiceStatus?
        public var shift: Shift?
        public var receipt: String?

        public init(day: Day? = nil, status: InvoiceStatus? = nil, shift: Shift? = nil, receipt: String? = nil) {
            self.day = day
            self.status = status
            self.shift = shift
            self.receipt = receipt
        }
    }

    /// Invoices in the order issued; a day reads its own shard. `shift` places each invoice in
    /// the shift whose handover followed it.
    public func list(_ f: Filter) throws -> [Invoice] {
        let receipt = f.receipt.flatMap(Receipt.normalized)
        var all = try f.day.map { try invoices(on: $0, reader: store) } ?? store.scan(Invoice.self).records
        all = all.filter { i in (f.status.map { i.status == $0 } ?? true) && (receipt.map { i.receipt == $0 } ?? true) }
        if let shift = f.shift {
            var byDay = [Day: [InvoiceHandover]]()
            all = try all.filter { i in
                let day = i.issuedAt.day
                let handovers = try byDay[day] ?? handovers(on: day)
                byDay[day] = handovers
                return handovers.first { $0.at >= i.issuedAt }?.shift == shift
            }
        }
        return all.sorted { ($0.issuedAt, $0.id) < ($1.issuedAt, $1.id) }
    }
}
