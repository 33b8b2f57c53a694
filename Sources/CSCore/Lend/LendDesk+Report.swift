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
        }.sorted { ($0.lentAt, $0.sequence) < ($1.lentAt, $1.sequence) }
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

    public func dayReport(_ day: Day) throws -> DayReport {
        let start = Instant.startOf(day, offset: clock.now.offset)
        let end = start.adding(seconds: 86_400)
        var heldAtStart: Int64 = 0
        var heldAtEnd: Int64 = 0
        var taken: Int64 = 0
        var returned: Int64 = 0
        var kept: Int64 = 0
        var loans = 0
        var back = 0
        var writtenOff = 0
        var ids = 0
        for l in try store.scan(Loan.self).records {
            let deposit = l.deposit?.fen ?? 0
            func holding(at t: Instant) -> Bool { l.lentAt < t && (l.closedAt.map { $0 >= t } ?? true) }
            if holding(at: start) { heldAtStart += deposit }
            if holding(at: end) {
                heldAtEnd += deposit
                if l.depositIdNumber != nil { ids += 1 }
            }
            if l.lentAt >= start && l.lentAt < end {
                taken += deposit
                loans += 1
            }
            if let closed = l.closedAt, closed >= start, closed < end {
                returned += l.returned?.fen ?? 0
                kept += l.kept?.fen ?? 0
                if l.status == .lost { writtenOff += 1 } else { back += 1 }
            }
        }
        return DayReport(
            day: day, heldAtStart: Money(fen: heldAtStart), taken: Money(fen: taken), returned: Money(fen: returned),
            kept: Money(fen: kept), heldAtEnd: Money(fen: heldAtEnd), loans: loans, back: back, writtenOff: writtenOff,
            idsHeld: ids)
    }
}
