/// What a birthday greeting may promise, per member: the seed's birthday rate on full-price
/// goods for the member's tier, and the gift only when one is prepared and waiting (a greeting
/// that promises a gift finance never handed out sends the member to an empty desk).
public struct GreetingFacts: Sendable {
    public let celebration: Celebration
    public let birthdayRate: Rate
    /// The gift prepared for this birthday and not yet given or returned.
    public let gift: Gift?
}

extension BirthdayDesk {
    /// The members to greet today with what their greeting may say: a few members a day, each
    /// looked up by card with its gift by the year index (no scan).
    public func greetingFacts(days: Int) throws -> (facts: [GreetingFacts], problems: [DocumentProblem]) {
        let r = try greetings(days: days)
        var facts = [GreetingFacts]()
        for c in r.celebrations {
            let m = try Member.find(c.member.card, in: store)
            var gift: Gift?
            if let entry = try store.get(GiftYearIndexEntry.self, id: "\(m.account):\(c.date.year)"),
                let g = try store.get(Gift.self, id: entry.gift), g.status == .prepared
            {
                gift = g
            }
            facts.append(
                GreetingFacts(celebration: c, birthdayRate: config.rate(.birthdayDiscount(m.tier)), gift: gift))
        }
        return (facts, r.problems)
    }
}
