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

    /// One thing due: the item as it is, what is due and since when.
    public struct SweepLine: Sendable {
        public let item: LostItem
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

    /// What is due as of `asOf` among `items`, oldest first.
    func sweepPlan(asOf: Instant, among items: [LostItem]) -> [SweepLine] {
        let closing = lastClosing(atOrBefore: asOf)
        let toGeneralAffairs = Int64(config.int(.lostGeneralAffairsDays)) * 86_400
        let toDisposal = Int64(config.int(.lostDisposalDays)) * 86_400
        var lines = [SweepLine]()
        for item in items where item.status == .held {
            let gaDue = item.foundAt.adding(seconds: toGeneralAffairs)
            let disposalDue = item.registeredAt.adding(seconds: toDisposal)
            if item.custody == .generalAffairs {
                if disposalDue <= asOf { lines.append(SweepLine(item: item, action: .dispose, dueAt: disposalDue)) }
            } else if gaDue <= asOf {
                lines.append(SweepLine(item: item, action: .toGeneralAffairs, dueAt: gaDue))
            } else if item.custody == .desk, item.since < closing {
                lines.append(SweepLine(item: item, action: .toCenter, dueAt: closing))
            }
        }
        return lines.sorted { ($0.dueAt, $0.item.sequence) < ($1.dueAt, $1.item.sequence) }
    }

    /// Lists what is due as of `asOf` (default now); with `receivedBy`, applies the moves now.
    public func sweep(asOf: Instant?, applyReceivedBy receivedBy: String?) throws -> Sweep {
        let now = clock.now
        let asOf = asOf ?? now
        // Only held items can be due: parse only their lines.
        let held = LineFilter.needle("status")
        let scanHeld: @Sendable (ArraySlice<UInt8>) -> Bool = { line in
            guard let s = LineFilter.stringField(line, needle: held) else { return true }
            return Array(s) == Array("held".utf8)
        }
        guard let receivedBy else {
            let items = try store.scan(LostItem.self, where: scanHeld).records
            return Sweep(asOf: asOf, applied: false, lines: sweepPlan(asOf: asOf, among: items))
        }
        guard asOf <= now else { throw LostFoundError.sweepInFuture(asOf.iso) }
        return try change("sweep") { txn in
            // Decided again under the lock: a claim that got in first has closed its item.
            let items = try txn.store.scan(LostItem.self, where: scanHeld).records
            let lines = sweepPlan(asOf: asOf, among: items)
            for line in lines where line.action != .dispose {
                var item = line.item
                let to: Custody = line.action == .toCenter ? .center : .generalAffairs
                item.moves.append(CustodyMove(at: now, from: item.custody, to: to, handedOverBy: clerk,
                                              receivedBy: receivedBy, cause: line.action == .toCenter ? .dayEnd : .unclaimed))
                item.custody = to
                try txn.put(item, action: "sweep")
            }
            return Sweep(asOf: asOf, applied: true, lines: lines)
        }
    }
}
