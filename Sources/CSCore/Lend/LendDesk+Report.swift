/// Listings, the overdue loans and the day's deposits.
extension LendDesk {
    public struct Filter: Sendable {
        public var status: LoanStatus?
        public var overdue: Bool
        public var since: Day?

        public init(status: LoanStatus? = nil, overdue: Bool = false, since: Day? = nil) {
            self.status = status
            self.overdue = overdue
            self.since = since
        }
    }

    /// Loans in the order lent.
    public func list(_ f: Filter) throws -> ScanResult<Loan> {
        let now = clock.now
        var scan = try store.scan(Loan.self)
        scan.records = scan.records.filter { l in
            (f.status.map { l.status == $0 } ?? true) && (!f.overdue || l.isOverdue(at: now))
                && (f.since.map { l.lentAt.day >= $0 } ?? true)
        }.inRegisterOrder { $0.lentAt }
        return scan
    }

    /// The loans out past their due time, most overdue first — from the out-loans index.
    public func overdue() throws -> [OutLoan] {
        let now = clock.now
        return try store.scan(OutLoan.self).records.filter { $0.due < now }.sorted { ($0.due, $0.id) < ($1.due, $1.id) }
    }

    /// The loans out now, soonest due first.
    public func outNow() throws -> [OutLoan] {
        try store.scan(OutLoan.self).records.sorted { ($0.due, $0.id) < ($1.due, $1.id) }
    }

    /// The cash deposits of a day, to the fen: held at its start, taken, returned and kept
    /// during it, held at its end — each end counted from the loans themselves, so a report
    /// that does not balance shows a record that is wrong, not a sum that was forced.
    public struct DayReport: Sendable, Equatable {
        public let day: Day
        public let heldAtStart: Money
        public let taken: Money
        public let returned: Money
        public let kept: Money
        public let heldAtEnd: Money
        public let loans: Int
        public let back: Int
        public let writtenOff: Int
        /// ID cards held as deposit at the day's end.
        public let idsHeld: Int

        public var balances: Bool { heldAtStart.fen + taken.fen - returned.fen - kept.fen == heldAtEnd.fen }
    }

    /// From the day's entries of the loans-by-day index and the loans out now: a closed loan
    /// that was out that day has an entry for it, a loan still out is in the out-loans index.
    public func dayReport(_ day: Day) throws -> DayReport {
        let start = Instant.startOf(day, offset: clock.now.offset)
        let end = start.adding(seconds: 86_400)
        var sums = DaySums(start: start, end: end)
        let closed = try store.records(LoanDay.self, shardKey: day.iso, idPrefix: day.iso + ":") { _ in true }.records
        for l in closed {
            sums.add(
                lentAt: l.lentAt, closedAt: l.closedAt, deposit: l.deposit, returned: l.returned, kept: l.kept,
                lost: l.lost, idHeld: l.idHeld)
        }
        for l in try store.scan(OutLoan.self).records where l.lentAt < end {
            sums.add(
                lentAt: l.lentAt, closedAt: nil, deposit: l.deposit, returned: nil, kept: nil, lost: false,
                idHeld: l.idHeld)
        }
        return DayReport(
            day: day, heldAtStart: Money(fen: sums.heldAtStart), taken: Money(fen: sums.taken),
            returned: Money(fen: sums.returned), kept: Money(fen: sums.kept), heldAtEnd: Money(fen: sums.heldAtEnd),
            loans: sums.loans, back: sums.back, writtenOff: sums.writtenOff, idsHeld: sums.ids)
    }
}

/// The running sums of one day's deposits: each loan says what it held when, and when it moved.
struct DaySums {
    let start: Instant
    let end: Instant
    var heldAtStart: Int64 = 0
    var heldAtEnd: Int64 = 0
    var taken: Int64 = 0
    var returned: Int64 = 0
    var kept: Int64 = 0
    var loans = 0
    var back = 0
    var writtenOff = 0
    var ids = 0

    init(start: Instant, end: Instant) {
        self.start = start
        self.end = end
    }

    mutating func add(
        lentAt: Instant, closedAt: Instant?, deposit: Money?, returned: Money?, kept: Money?, lost: Bool, idHeld: Bool
    ) {
        let fen = deposit?.fen ?? 0
        func holding(at t: Instant) -> Bool { lentAt < t && (closedAt.map { $0 >= t } ?? true) }
        if holding(at: start) { heldAtStart += fen }
        if holding(at: end) {
            heldAtEnd += fen
            if idHeld { ids += 1 }
        }
        if lentAt >= start && lentAt < end {
            taken += fen
            loans += 1
        }
        if let closed = closedAt, closed >= start, closed < end {
            self.returned += returned?.fen ?? 0
            self.kept += kept?.fen ?? 0
            if lost { writtenOff += 1 } else { back += 1 }
        }
    }
}
