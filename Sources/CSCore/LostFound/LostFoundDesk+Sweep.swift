/// The day-end sweep: what the manual moves without anyone asking — the desk's items to the
/// service center at closing time, anything unclaimed N×24 h after it was found to general
/// affairs — and what is due for disposal a year on. Listing changes nothing; applying does the
/// moves in one transaction, deciding them again under the lock, so two sweeps (or a sweep and
/// a claim) never both act on an item.
extension LostFoundDesk {
    public enum SweepAction: String, Sendable, CaseIterable {
        case toCenter = "center"
        case toGeneralAffairs = "general-affairs"
        case dispose
    }

    /// One thing due: the item as the held index has it, what is due and since when.
    public struct SweepLine: Sendable {
        public let item: HeldItem
        public let action: SweepAction
        public let dueAt: Instant
    }

    public struct Sweep: Sendable {
        public let asOf: Instant
        public let applied: Bool
        /// Moves due (or, applied, done) and disposals due.
        public let lines: [SweepLine]
        public var moves: [SweepLine] { lines.filter { $0.action != .dispose } }
        public var disposals: [SweepLine] { lines.filter { $0.action == .dispose } }
    }

    /// The last closing time at or before `t`, in the desk's time zone.
    func lastClosing(atOrBefore t: Instant) -> Instant {
        let local = Instant(epochSeconds: t.epochSeconds, offset: config.offset)
        let today = Instant.startOf(local.day, offset: config.offset).adding(seconds: Int64(config.lostDayEndSeconds))
        return today <= t ? today : today.adding(seconds: -86_400)
    }

    /// What is due as of `asOf` among `items`, oldest first: one line per item. An item past both
    /// deadlines goes straight to general affairs, unless only the day-end moves are asked for.
    func sweepPlan(asOf: Instant, among items: [HeldItem], only: SweepAction? = nil) -> [SweepLine] {
        let closing = lastClosing(atOrBefore: asOf)
        let toGeneralAffairs = Int64(config.int(.lostGeneralAffairsDays)) * 86_400
        let toDisposal = Int64(config.int(.lostDisposalDays)) * 86_400
        var lines = [SweepLine]()
        for item in items {
            var due = [SweepLine]()
            let disposalDue = item.registeredAt.adding(seconds: toDisposal)
            let gaDue = item.foundAt.adding(seconds: toGeneralAffairs)
            if item.custody == .generalAffairs {
                if disposalDue <= asOf { due.append(SweepLine(item: item, action: .dispose, dueAt: disposalDue)) }
            } else if gaDue <= asOf {
                due.append(SweepLine(item: item, action: .toGeneralAffairs, dueAt: gaDue))
            }
            if item.custody == .desk, item.since < closing {
                due.append(SweepLine(item: item, action: .toCenter, dueAt: closing))
            }
            if let line = only.map({ o in due.first { $0.action == o } }) ?? due.first { lines.append(line) }
        }
        // Keys computed once, not per comparison.
        let keys = lines.map { ($0.dueAt.epochSeconds, $0.item.sequence) }
        return lines.indices.sorted { keys[$0] < keys[$1] }.map { lines[$0] }
    }

    /// Lists what is due as of `asOf` (default now); with `receivedBy`, applies the moves now.
    /// `only` keeps the moves of one kind (the day-end moves the evening shift signs for, or the
    /// hand-over general affairs' receiver signs for), and no disposals.
    public func sweep(asOf: Instant?, only: SweepAction? = nil, applyReceivedBy receivedBy: String?) throws -> Sweep {
        let now = clock.now
        let asOf = asOf ?? now
        guard let receivedBy else {
            let held = try store.scan(HeldItem.self).records
            return Sweep(asOf: asOf, applied: false, lines: sweepPlan(asOf: asOf, among: held, only: only))
        }
        guard asOf <= now else { throw LostFoundError.sweepInFuture(asOf.iso) }
        return try change("sweep") { txn in
            // Decided again under the lock, on each item itself: a claim that got in first has
            // closed it, and a stale index entry cannot move anything.
            var lines = [SweepLine]()
            for candidate in sweepPlan(asOf: asOf, among: try txn.store.scan(HeldItem.self).records, only: only) {
                guard var item = try txn.get(LostItem.self, id: candidate.item.id), item.status == .held,
                    let line = sweepPlan(asOf: asOf, among: [HeldItem(item)], only: only).first
                else { continue }
                lines.append(line)
                guard line.action != .dispose else { continue }
                let to: Custody = line.action == .toCenter ? .center : .generalAffairs
                let cause: MoveCause = line.action == .toCenter ? .dayEnd : .unclaimed
                item.moves.append(
                    CustodyMove(
                        at: now, from: item.custody, to: to, handedOverBy: clerk,
                        receivedBy: receivedBy, cause: cause))
                item.custody = to
                try txn.put(item, action: "sweep")
            }
            return Sweep(asOf: asOf, applied: true, lines: lines)
        }
    }
}
