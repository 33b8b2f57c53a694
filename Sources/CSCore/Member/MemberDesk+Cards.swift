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

    public func setStatus(_ card: String, _ change: StatusChange, reason: String) throws -> Member {
        try self.change(change.rawValue) { txn in
            var m = try Member.find(card, in: txn)
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
            return m
        }
    }
}
