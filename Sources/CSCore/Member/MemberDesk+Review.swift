/// The yearly VIP review (the seed: 阶段性地主动舍去一些VIP顾客, 审核期1年): each member falls due
/// a review period after joining, then after each review; the desk lists who is due and
/// records the review. Dropping a member is the clerk's call, with `cancel` or an adjustment.
extension MemberDesk {
    /// When the member's next review falls due.
    public func reviewDue(_ m: Member) -> Day {
        (m.reviewedAt ?? m.joinedAt.day).adding(months: config.int(.reviewMonths))
    }

    /// Recorded on the member (journalled, undoable): the next review a period from today.
    public func review(_ card: String) throws -> Member {
        try change("review") { txn in
            var m = try usable(card, txn)
            m.reviewedAt = clock.today
            try txn.put(m, action: "review")
            return m
        }
    }

    /// A member and the day the review falls due.
    public struct ReviewDue: Sendable {
        public let member: Member
        public let due: Day
    }

    /// Active members whose review falls due within `days` from today (overdue ones first).
    public func dueForReview(within days: Int) throws -> (due: [ReviewDue], problems: [DocumentProblem]) {
        let scan = try find(Criteria(status: .active))
        let horizon = clock.today.adding(days: days)
        let due = scan.records.map { ReviewDue(member: $0, due: reviewDue($0)) }.filter { $0.due <= horizon }
        return (due.sorted { ($0.due, $0.member.card) < ($1.due, $1.member.card) }, scan.problems)
    }
}
