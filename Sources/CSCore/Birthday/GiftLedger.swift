/// The birthday gift register: prepared (collected from finance the day before), given (to
/// the member in person) or returned (to finance when the member did not come), and the
/// 15th/30th reconciliation.
public struct GiftLedger: DeskRules {
    public static let commandPrefix = "birthday gift"
    public let context: DeskContext

    public init(_ context: DeskContext) { self.context = context }

    /// A gift is collected from finance for a birthday within the month ahead (the 1st-of-month
    /// list); one further off is most likely the wrong member.
    public static let preparedAtMostDaysAhead = 31

    /// At most once per member per birthday year, and for a birthday at most a month ahead,
    /// unless `force`.
    public func prepare(card: String, item: String, pickedUpBy: String?, force: Bool) throws -> Gift {
        try change("prepare") { txn in
            let m = try Member.find(card, in: txn)
            guard m.status == .active else { throw GiftError.memberNotActive(card: m.card, status: m.status) }
            let forDate = BirthdayCalendar(config: config).next(m.birthday, onOrAfter: clock.today)
            let days = forDate.ordinal - clock.today.ordinal
            if !force, days > GiftLedger.preparedAtMostDaysAhead {
                throw GiftError.tooEarly(card: m.card, birthday: forDate, days: days)
            }
            if !force, let existing = try txn.get(GiftYearIndexEntry.self, id: "\(m.account):\(forDate.year)") {
                throw GiftError.alreadyPrepared(card: m.card, year: forDate.year, gift: existing.gift)
            }
            let id = "G\(config.deskID)-\(try txn.nextNumber("gift"))"
            let gift = Gift(
                id: id, member: m, item: item, forDate: forDate, preparedAt: clock.now, preparedBy: clerk,
                pickedUpBy: pickedUpBy ?? clerk)
            try txn.put(gift, action: "prepare")
            txn.putQuietly(GiftYearIndexEntry(account: m.account, year: forDate.year, gift: id))
            return gift
        }
    }

    /// Handed to the member in person; a gift is given or returned once.
    public func give(_ id: String, handedOverBy: String?, idChecked: Bool = false) throws -> Gift {
        try close(id, action: "give") { g in
            g.status = .given
            g.givenAt = clock.now
            g.handedOverBy = handedOverBy ?? clerk
            g.idChecked = idChecked
        }
    }

    /// Back to finance when the member did not come.
    public func giveBack(_ id: String, reason: String?) throws -> Gift {
        try close(id, action: "return") { g in
            g.status = .returned
            g.returnedAt = clock.now
            g.returnedBy = clerk
            g.returnReason = reason
        }
    }

    func close(_ id: String, action: String, _ apply: (inout Gift) -> Void) throws -> Gift {
        try change(action) { txn in
            let id = RecordID.normalized(id)
            guard var g = try txn.get(Gift.self, id: id) else { throw GiftError.notFound(id) }
            guard g.status == .prepared else { throw GiftError.alreadyClosed(id: id, status: g.status) }
            apply(&g)
            try txn.put(g, action: action)
            return g
        }
    }

    public func list(month: Month?, status: GiftStatus?) throws -> ScanResult<Gift> {
        var scan = try store.scan(Gift.self)
        scan.records = scan.records.filter { g in
            (month.map { Month(g.forDate) == $0 } ?? true) && (status.map { g.status == $0 } ?? true)
        }.sorted { ($0.preparedAt, $0.id) < ($1.preparedAt, $1.id) }
        return scan
    }

    public struct Reconciliation: Sendable {
        public let since: Day
        public let through: Day
        public let prepared: [Gift]
        public let given: [Gift]
        public let returned: [Gift]
        public let outstanding: [Gift]
        /// Outstanding for more than a day: the gift should have been given or returned.
        public let problems: [Gift]
    }

    /// Gifts prepared from `since` to `through` (default: the month of `through`, up to it).
    public func reconcile(since: Day?, through: Day) throws -> Reconciliation {
        let from = since ?? Month(through).firstDay
        let all = try store.scan(Gift.self).records.filter { $0.preparedAt.day >= from && $0.preparedAt.day <= through }
            .sorted { ($0.preparedAt, $0.id) < ($1.preparedAt, $1.id) }
        let outstanding = all.filter { $0.status == .prepared }
        return Reconciliation(
            since: from, through: through, prepared: all, given: all.filter { $0.status == .given },
            returned: all.filter { $0.status == .returned }, outstanding: outstanding,
            problems: outstanding.filter { through.ordinal - $0.preparedAt.day.ordinal > 1 })
    }
}
