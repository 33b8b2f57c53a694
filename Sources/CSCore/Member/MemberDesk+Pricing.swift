/// 会员价: what a member pays. The seed's card rates are for 正价货品 only: on full-price goods
/// the tier discount (or, on the birthday, the birthday discount). On goods the store has
/// discounted the card rate never applies: the store price, or — for silver and above when the
/// store discount is 0.75 or more — a further 0.88 on it (折上折; 普卡不参加). Never two member
/// discounts at once; the best allowed wins.
public struct PriceQuote: Sendable, Equatable {
    public enum Rule: String, Sendable {
        case fullPrice = "full-price"
        case tier, birthday, store
        case stacked = "store+折上折"
    }
    public let card: String
    public let amount: Money
    public let payable: Money
    public let rule: Rule
    public let rate: Rate
}

extension MemberDesk {
    public func price(_ cardOrPhone: String, amount: Money, storeDiscount: Rate?, on day: Day?) throws -> PriceQuote {
        let m = try lookup(cardOrPhone)
        guard m.status == .active else {
            throw MemberError.notUsable(card: m.card, status: m.status, replacedBy: m.replacedBy)
        }
        let date = day ?? clock.today
        var options: [(PriceQuote.Rule, Rate)] = [(.fullPrice, .one)]
        if let s = storeDiscount, s < .one {
            options.append((.store, s))
            if s >= config.rate(.stackThreshold) && m.tier >= .silver {
                options.append((.stacked, s * config.rate(.stackRate)))
            }
        } else {
            options.append((.tier, config.rate(.discount(m.tier))))
            if isBirthday(m.birthday, on: date) {
                options.append((.birthday, config.rate(.birthdayDiscount(m.tier))))
            }
        }
        // The least to pay; at a tie, a rule over the full price (the slip names the rule).
        var best = (rule: PriceQuote.Rule.fullPrice, rate: Rate.one, pay: amount)
        for (rule, rate) in options {
            let pay = amount.applying(rate)
            if pay < best.pay || (pay == best.pay && rule != .fullPrice) { best = (rule, rate, pay) }
        }
        return PriceQuote(card: m.card, amount: amount, payable: best.pay, rule: best.rule, rate: best.rate)
    }

    public func isBirthday(_ birthday: Day, on date: Day) -> Bool {
        BirthdayCalendar(config: config).date(of: birthday, in: date.year) == date
    }
}
