/// Listing, the overdue check the hourly cron job runs, and the manager's monthly review.
extension ComplaintDesk {
    public struct Filter: Sendable {
        public var status: ComplaintStatus?
        public var overdue: Bool
        public var staff: String?
        public var category: String?
        public var since: Day?
        public var search: String?
        /// A member's complaints: their card or phone.
        public var member: String?

        public init(
            status: ComplaintStatus? = nil, overdue: Bool = false, staff: String? = nil,
            category: String? = nil, since: Day? = nil, search: String? = nil, member: String? = nil
        ) {
            self.status = status
            self.overdue = overdue
            self.staff = staff
            self.category = category
            self.since = since
            self.search = search
            self.member = member
        }
    }

    /// Complaints in the order received. `search` matches the matter, the customer and the room
    /// (Chinese substrings; Latin letters without case); `overdue` is the promise as of now.
    public func list(_ f: Filter) throws -> ScanResult<Complaint> {
        let needle = f.search?.lowercased()
        let filter = needle.flatMap(FoldedNeedle.init).map { folded in
            { @Sendable (line: ArraySlice<UInt8>) -> Bool in folded.isIn(line) }
        }
        let since = f.since.map { Instant.startOf($0, offset: config.offset) }
        let now = clock.now
        let staff = f.staff.map(ComplaintDesk.normalizedStaff)
        let card = try f.member.map { try Member.find($0, in: store).card }
        var scan = try store.scan(Complaint.self, where: filter) { c in
            (f.status.map { c.status == $0 } ?? true) && (staff.map { c.staff == $0 } ?? true)
                && (card.map { c.card == $0 } ?? true)
                && (f.category.map { c.category == $0 } ?? true) && (since.map { c.receivedAt >= $0 } ?? true)
                && (!f.overdue || c.isOverdue(at: now))
                && (needle.map { n in [c.matter, c.customer, c.room ?? ""].contains { $0.lowercased().contains(n) } }
                    ?? true)
        }
        let keys = scan.records.map { ($0.receivedAt.epochSeconds, $0.sequence) }
        scan.records = scan.records.indices.sorted { keys[$0] < keys[$1] }.map { scan.records[$0] }
        return scan
    }

    /// Staff numbers as written on badges: `a07` and ` A07 ` are `A07`.
    public static func normalizedStaff(_ s: String) -> String { s.trimmingSpaces.uppercased() }

    /// A member's complaints, from the card index, oldest first.
    public func complaints(card: String) throws -> [Complaint] {
        let ids = try store.records(ComplaintCardEntry.self, shardKey: card, idPrefix: card + "/") { _ in true }
            .records.map(\.complaint)
        return try store.records(Complaint.self, ids: ids).found.values.sorted { $0.sequence < $1.sequence }
    }

    /// One pending complaint whose promise has run out, or runs out within the asked hours.
    public struct OverdueLine: Sendable {
        public let complaint: PendingComplaint
        /// Minutes past the promise (negative: still to go).
        public let minutesLate: Int64
    }

    /// Pending complaints past their promise as of now, or due within `within` hours; waiting
    /// ones are paused and never due. Soonest first.
    public func overdue(within hours: Int = 0) throws -> [OverdueLine] {
        let now = clock.now
        let limit = now.adding(seconds: Int64(hours) * 3600)
        let due = try store.scan(PendingComplaint.self).records.filter { $0.isDue(before: hours > 0 ? limit : now) }
        return due.sorted { ($0.due, $0.id) < ($1.due, $1.id) }
            .map { OverdueLine(complaint: $0, minutesLate: (now.epochSeconds - $0.due.epochSeconds) / 60) }
    }

    /// Resolved complaints still waiting for the follow-up call (回访), oldest resolution first:
    /// those received this month or last, read from two month shards, not every complaint.
    public func awaitingFollowUp() throws -> [Complaint] {
        let this = Month(clock.today)
        let last = Month(clock.today.adding(days: -clock.today.day))
        var ids = [String]()
        for month in [last, this] {
            ids += try store.records(ComplaintMonthEntry.self, shardKey: month.iso, idPrefix: month.iso + "/") {
                _ in true
            }.records.filter { $0.status == .resolved }.map { String($0.id.dropFirst(8)) }
        }
        return try ids.compactMap { try store.get(Complaint.self, id: $0) }.filter { $0.status == .resolved }
            .sorted { ($0.resolvedAt ?? $0.receivedAt, $0.id) < ($1.resolvedAt ?? $1.receivedAt, $1.id) }
    }

    /// The manager's review of the complaints received in `month`.
    public func report(month: Month) throws -> ComplaintReport {
        let entries = try store.records(ComplaintMonthEntry.self, shardKey: month.iso, idPrefix: month.iso + "/") {
            _ in true
        }.records
        return ComplaintReport(month: month, entries: entries, repeatThreshold: config.int(.complaintRepeatThreshold))
    }
}

extension Complaint {
    /// The promise has run out and the clock is running.
    public func isOverdue(at now: Instant) -> Bool { (status == .open || status == .escalated) && due < now }
}

/// The monthly review's figures, each exact: counts, the on-time rate, the median and
/// 90th-percentile hours to resolve, the mean satisfaction and the share of 1–2 scores, and the
/// staff with repeated complaints.
public struct ComplaintReport: Sendable, Equatable {
    public let month: Month
    public let received: Int
    public let byStatus: [(String, Int)]
    public let byCategory: [(String, Int)]
    public let byChannel: [(String, Int)]
    public let bySeverity: [(String, Int)]
    public let byStaff: [(String, Int)]
    public let resolved: Int
    public let onTime: Int
    /// Percent to one place ("75.0"); nil when nothing was resolved.
    public let onTimeRate: String?
    /// Hours to two places, from whole minutes; nil when nothing was resolved.
    public let medianHours: String?
    public let p90Hours: String?
    public let followedUp: Int
    public let meanSatisfaction: String?
    /// Percent of follow-ups scored 1 or 2, to one place.
    public let lowSatisfactionShare: String?
    /// Staff with at least `repeatThreshold` complaints (the setting), most first.
    public let repeatedStaff: [(String, Int)]
    public let repeatThreshold: Int

    public static func == (a: ComplaintReport, b: ComplaintReport) -> Bool {
        func same(_ x: [(String, Int)], _ y: [(String, Int)]) -> Bool { x.elementsEqual(y) { $0 == $1 } }
        return a.month == b.month && a.received == b.received && same(a.byCategory, b.byCategory)
            && same(a.byStaff, b.byStaff) && a.medianHours == b.medianHours && a.p90Hours == b.p90Hours
            && a.onTimeRate == b.onTimeRate && a.meanSatisfaction == b.meanSatisfaction
    }

    init(month: Month, entries: [ComplaintMonthEntry], repeatThreshold: Int) {
        self.month = month
        received = entries.count
        byStatus = ComplaintStatus.allCases.map { s in (s.rawValue, entries.filter { $0.status == s }.count) }
        byCategory = ComplaintReport.counts(entries.map { $0.category ?? "" })
        byChannel = ComplaintReport.counts(entries.map(\.channel.rawValue))
        bySeverity = ComplaintReport.counts(entries.map(\.severity.rawValue))
        byStaff = ComplaintReport.counts(entries.compactMap(\.staff))
        repeatedStaff = byStaff.filter { $0.1 >= repeatThreshold }
        self.repeatThreshold = repeatThreshold
        let minutes = entries.compactMap(\.minutesTaken).sorted()
        resolved = minutes.count
        onTime = entries.filter { $0.onTime == true }.count
        onTimeRate = resolved == 0 ? nil : Decimal2.fraction(Int64(onTime) * 100, Int64(resolved), places: 1)
        if minutes.isEmpty {
            medianHours = nil
            p90Hours = nil
        } else {
            let n = minutes.count
            medianHours =
                n % 2 == 1
                ? Complaint.hours(minutes[n / 2])
                : Decimal2.fraction(minutes[n / 2 - 1] + minutes[n / 2], 120)
            // Nearest rank: the smallest value with at least 90% of the values at or below it.
            p90Hours = Complaint.hours(minutes[(9 * n + 9) / 10 - 1])
        }
        let scores = entries.compactMap(\.satisfaction)
        followedUp = scores.count
        meanSatisfaction = scores.isEmpty ? nil : Decimal2.fraction(Int64(scores.reduce(0, +)), Int64(scores.count))
        lowSatisfactionShare =
            scores.isEmpty
            ? nil
            : Decimal2.fraction(Int64(scores.filter { $0 <= 2 }.count) * 100, Int64(scores.count), places: 1)
    }

    /// Each value with its count, most first, then by value.
    static func counts(_ values: [String]) -> [(String, Int)] {
        var c = [String: Int]()
        for v in values { c[v, default: 0] += 1 }
        return c.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { ($0.key, $0.value) }
    }
}
