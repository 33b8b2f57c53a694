/// Upgrades, reissue (补办), suspension, resumption and cancellation.
extension MemberDesk {
    /// Without a target: apply the rules now. With one: a supervisor's upgrade; never a drop.
    public func upgrade(_ card: String, to target: Tier?) throws -> (member: Member, from: Tier) {
        try change("upgrade") { txn in
            var m = try Member.find(card, in: txn)
            guard m.isCurrent else {
                throw MemberError.notUsable(card: m.card, status: m.status, replacedBy: m.replacedBy)
            }
            let from = m.tier
            if let target {
                guard target >= m.tier else { throw MemberError.tierWouldDrop(from: m.tier, to: target) }
                m.tier = target
            } else {
                m.tier = max(m.tier, earnedTier(m))
            }
            if m.tier != from { try txn.put(m, action: "upgrade") }
            return (m, from)
        }
    }

    public enum ReissueReason: String, Sendable, CaseIterable { case lost, damaged }

    /// A new card number; the old card is marked replaced and refuses further use. The new
    /// card shares the account, so points, balance and history carry over.
    public func reissue(_ card: String, reason: ReissueReason) throws -> (old: Member, new: Member) {
        try change("reissue") { txn in
            var old = try Member.find(card, in: txn)
            guard old.isCurrent else {
                throw MemberError.notUsable(card: old.card, status: old.status, replacedBy: old.replacedBy)
            }
            let number = try mintCard(&txn)
            var new = old
            new.card = number
            new.replaces = old.card
            new.replacedBy = nil
            new.joinedAt = old.joinedAt
            old.status = .replaced
            old.statusReason = reason.rawValue
            old.replacedBy = number
            old.points = 0
            old.balance = .zero
            old.totalSpend = .zero
            try txn.put(old, action: "replaced")
            try txn.put(new, action: "reissue")
            return (old, new)
        }
    }

    public enum StatusChange: String, Sendable { case suspend, resume, cancel }

    /// What happens to what a cancelled card still holds: the balance paid back in cash
    /// (points lapse), or both lapsing.
    public enum Settlement: String, Sendable { case refund, forfeit }

    /// A status change and, for a cancellation, what was settled.
    public struct StatusOutcome: Sendable {
        public let member: Member
        public var refunded: Money = .zero
        public var forfeitedBalance: Money = .zero
        public var forfeitedPoints: Int64 = 0
    }

    /// A card is never cancelled with points or stored value on it unless the clerk said what
    /// happens to them; the settlement is ledger entries in the same transaction, so the
    /// ledger still explains every figure.
    public func setStatus(
        _ card: String, _ change: StatusChange, reason: String,
        settlement: Settlement? = nil
    ) throws -> StatusOutcome {
        try self.change(change.rawValue) { txn in
            var m = try Member.find(card, in: txn)
            var outcome = StatusOutcome(member: m)
            if change == .cancel && m.isCurrent {
                (m, outcome) = try settle(m, settlement, reason: reason, &txn)
            }
            switch (change, m.status) {
            case (_, .replaced), (_, .cancelled):
                throw MemberError.notUsable(card: m.card, status: m.status, replacedBy: m.replacedBy)
            case (.suspend, .suspended): throw MemberError.statusUnchanged(card: m.card, status: .suspended)
            case (.resume, .active): throw MemberError.statusUnchanged(card: m.card, status: .active)
            case (.suspend, _): m.status = .suspended
            case (.resume, _): m.status = .active
            case (.cancel, _): m.status = .cancelled
            }
            m.statusReason = reason
            // The indexes follow: a cancelled member's phone may be registered again.
            try txn.put(m, action: change.rawValue)
            return StatusOutcome(
                member: m, refunded: outcome.refunded, forfeitedBalance: outcome.forfeitedBalance,
                forfeitedPoints: outcome.forfeitedPoints)
        }
    }

    func settle(
        _ member: Member, _ settlement: Settlement?, reason: String,
        _ txn: inout Transaction
    ) throws -> (Member, StatusOutcome) {
        var m = member
        let account = try self.account(of: m.account, in: txn)
        let points = account.available(asOf: clock.today)
        var outcome = StatusOutcome(member: m)
        guard points > 0 || account.balance > .zero else { return (m, outcome) }
        guard let settlement else {
            throw MemberError.cancelHolds(card: m.card, points: max(points, 0), balance: account.balance)
        }
        if account.balance > .zero {
            let kind: LedgerKind = settlement == .refund ? .refund : .adjust
            let entry = try newEntry(
                &txn, m, kind, points: 0, amount: -account.balance,
                reason: "\(settlement.rawValue) at cancellation: \(reason)")
            m = try post(&txn, m, entry, action: "cancel").member
            if settlement == .refund {
                outcome.refunded = account.balance
            } else {
                outcome.forfeitedBalance = account.balance
            }
        }
        if points > 0 {
            let entry = try newEntry(
                &txn, m, .adjust, points: -points, amount: .zero,
                reason: "forfeit at cancellation: \(reason)")
            m = try post(&txn, m, entry, action: "cancel").member
            outcome.forfeitedPoints = points
        }
        return (m, outcome)
    }
}
