/// What the membership desk took in and paid out in cash on a day, for finance's day-end check:
/// card fees at registration (the seed's 会员卡 200元), top-ups of stored value, and refunds
/// of stored value when a card is cancelled. Read by a scan of the members and the ledger: a
/// report run once a day, not a hot path.
public struct Takings: Sendable, Equatable {
    public let day: Day
    public var cardFees = Money.zero
    public var cardFeeCount = 0
    public var topups = Money.zero
    public var topupCount = 0
    /// Paid out (positive): stored value given back in cash.
    public var refunds = Money.zero
    public var refundCount = 0

    /// In the till: fees and top-ups less refunds.
    public var net: Money { cardFees + topups - refunds }
}

extension MemberDesk {
    public func takings(day: Day) throws -> Takings {
        var t = Takings(day: day)
        for m in try store.scan(Member.self).records where m.joinedAt.day == day && m.cardFee > .zero {
            t.cardFees = t.cardFees + m.cardFee
            t.cardFeeCount += 1
        }
        for e in try store.scan(LedgerEntry.self).records where e.at.day == day {
            switch e.kind {
            case .topup:
                t.topups = t.topups + e.amount
                t.topupCount += 1
            case .refund:
                t.refunds = t.refunds + Money(fen: abs(e.amount.fen))
                t.refundCount += 1
            default: break
            }
        }
        return t
    }
}
