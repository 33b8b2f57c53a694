/// The membership-card desk: every rule of SPEC.md "member — 会员卡" lives here, once.
/// Each change runs in one store transaction: the member, its ledger entry and the indexes
/// change together or not at all.
public struct MemberDesk: DeskRules {
    public static let commandPrefix = "member"
    public let context: DeskContext

    public init(_ context: DeskContext) { self.context = context }

    /// A member with what its ledger says today.
    public struct View: Sendable {
        public let member: Member
        public let available: Int64
        public let expiring: Int64
        /// When the yearly VIP review falls due (`member.reviewMonths` after the last).
        public var reviewDue: Day? = nil
    }

    /// The outcome of a points or stored-value movement, for the reply and the slip.
    public struct Movement: Sendable {
        public let member: Member
        public let entry: LedgerEntry
        public let available: Int64
        public let upgradedFrom: Tier?
    }

    // MARK: lookup

    /// By card number, or by phone through the phone index (the member forgot the card).
    public func lookup(_ cardOrPhone: String) throws -> Member { try Member.find(cardOrPhone, in: store) }

    /// A replaced card holds nothing: its points are the new card's (`replacedBy`), and showing
    /// them on both would read as twice the points.
    public func view(_ cardOrPhone: String) throws -> View {
        let m = try lookup(cardOrPhone)
        if m.replacedBy != nil { return View(member: m, available: 0, expiring: 0) }
        let account = try self.account(of: m.account, in: nil)
        return View(
            member: m, available: account.available(asOf: clock.today),
            expiring: account.expiredUnrecorded(asOf: clock.today.adding(days: 30))
                - account.expiredUnrecorded(asOf: clock.today),
            reviewDue: m.status == .active ? reviewDue(m) : nil)
    }

    func entries(of account: String, in txn: Transaction?) throws -> [LedgerEntry] {
        // Entry ids start with their account: only those lines of the shard are parsed.
        if let txn {
            return try txn.records(
                LedgerEntry.self, shardKey: account,
                idPrefix: account + "."
            ) { $0.account == account }
        }
        let r = try store.records(
            LedgerEntry.self, shardKey: account,
            idPrefix: account + "."
        ) { $0.account == account }
        if let p = r.problems.first { throw StoreError.corrupt(path: p.path, line: p.line, reason: p.reason) }
        return r.records
    }

    /// The account's figures: its summary when it has one, else summed from its ledger.
    func account(of id: String, in txn: Transaction?) throws -> Account {
        let summary = try txn.map { try $0.get(AccountSummary.self, id: id) } ?? store.get(AccountSummary.self, id: id)
        if let summary { return summary.account }
        return Account(entries: try entries(of: id, in: txn))
    }

    /// Writes `entry` to the ledger and moves the account's summary on by it — by the entry
    /// alone when it is the newest, else by summing the ledger again — and returns the account
    /// after it. Every ledger write goes through here, so the summary never falls behind.
    /// `newAccount`: the account is being opened by this entry (an import's opening balance),
    /// so there is no ledger to look at.
    @discardableResult
    func post(_ entry: LedgerEntry, action: String, in txn: inout Transaction, newAccount: Bool = false) throws
        -> Account
    {
        try txn.insert(entry, action: action)
        let summary: AccountSummary
        if newAccount {
            summary = AccountSummary(account: entry.account, Account(entries: [entry]), through: entry, entries: 1)
        } else if let s = try txn.get(AccountSummary.self, id: entry.account), s.precedes(entry) {
            var account = s.account
            account.apply(entry)
            summary = AccountSummary(account: entry.account, account, through: entry, entries: Int(s.entries) + 1)
        } else {
            let all = try entries(of: entry.account, in: txn).sorted(by: Account.order)
            summary = AccountSummary(
                account: entry.account, Account(entries: all), through: all.last ?? entry,
                entries: all.count)
        }
        txn.putQuietly(summary)
        return summary.account
    }

    /// A movement and the account's points and stored value right after it.
    public struct HistoryLine: Sendable {
        public let entry: LedgerEntry
        public let pointsAfter: Int64
        public let balanceAfter: Money
    }

    /// Every movement of the member's account, across reissued cards, oldest first, with the
    /// running points and balance (a statement the member can follow line by line).
    public func history(_ cardOrPhone: String) throws -> [HistoryLine] {
        let m = try lookup(cardOrPhone)
        var points: Int64 = 0
        var balance = Money.zero
        return try entries(of: m.account, in: nil).sorted(by: Account.order).map { e in
            points += e.points
            balance += e.balanceChange
            return HistoryLine(entry: e, pointsAfter: points, balanceAfter: balance)
        }
    }

    public struct Criteria: Sendable {
        public var phone: String?
        public var name: String?
        public var birthdayMonth: Int?
        public var tier: Tier?
        public var status: MemberStatus?
        public var kind: MemberKind?
        public init(
            phone: String? = nil, name: String? = nil, birthdayMonth: Int? = nil, tier: Tier? = nil,
            status: MemberStatus? = nil, kind: MemberKind? = nil
        ) {
            self.phone = phone
            self.name = name
            self.birthdayMonth = birthdayMonth
            self.tier = tier
            self.status = status
            self.kind = kind
        }
    }

    /// Members matching every given criterion; a damaged shard is reported, not fatal.
    public func find(_ c: Criteria) throws -> ScanResult<Member> {
        var phonePart: String?
        if let phone = c.phone {
            if let p = Phone(phone), let e = try store.get(PhoneIndexEntry.self, id: p.digits),
                let m = try store.get(Member.self, id: e.card)
            {
                return ScanResult(records: matches(m, c) ? [m] : [], problems: [])
            }
            // Part of a phone (the last four digits), or a whole one that is not a current
            // member's: every member whose phone holds those digits.
            guard let part = Phone.partial(phone) else {
                throw FieldError.invalid(.phone, value: phone, accepted: .partialPhone)
            }
            phonePart = part
        }
        let needle = c.name?.lowercased()
        // Parse only lines whose name can match.
        let nameKey = LineFilter.needle("name")
        let byName = needle.flatMap(FoldedNeedle.init).map { folded in
            { @Sendable (line: ArraySlice<UInt8>) -> Bool in
                guard let name = LineFilter.stringField(line, needle: nameKey) else { return true }
                return folded.isIn(name)
            }
        }
        var result = try store.scan(Member.self, where: byName)
        result.records = result.records.filter { m in
            matches(m, c) && (needle.map { m.name.lowercased().contains($0) } ?? true)
                && (phonePart.map { m.phone.contains($0) } ?? true)
        }
        return result
    }

    func matches(_ m: Member, _ c: Criteria) -> Bool {
        (c.birthdayMonth.map { m.birthday.month == $0 } ?? true) && (c.tier.map { m.tier == $0 } ?? true)
            && (c.status.map { m.status == $0 } ?? true) && (c.kind.map { m.memberKind == $0 } ?? true)
    }

    // MARK: registration

    public struct Application: Sendable {
        public var name: String?
        public var phone: String?
        public var birthday: Day?
        public var gender: Gender = .unspecified
        public var idNumber: String?
        public var address: String?
        public var email: String?
        public var kind: MemberKind = .regular
        public var tier: Tier?
        public var card: String?
        public var firstPurchase: Money?
        public var note: String?
        /// The fee taken; nil: the configured fee of the card's kind (`member.cardFee.KIND`).
        public var cardFee: Money?
        public var charterSigned = false
        public init() {}
    }

    // Long: the application form checked field by field (资料不全一律视为废单), then one transaction.
    /// 资料不全一律视为废单: every missing field is named at once.
    public func add(_ a: Application) throws -> Member {
        var missing = [FormField]()
        if (a.name ?? "").trimmingSpaces.isEmpty { missing.append(.name) }
        if (a.phone ?? "").isEmpty { missing.append(.phone) }
        if a.birthday == nil { missing.append(.birthday) }
        guard missing.isEmpty, let name = a.name?.trimmingSpaces, let typed = a.phone, let birthday = a.birthday else {
            throw MemberError.incomplete(missing)
        }
        guard let phone = Phone(typed) else {
            throw FieldError.invalid(.phone, value: typed, accepted: .phone)
        }
        if let id = a.idNumber, !IDNumber.isValid(id) {
            throw FieldError.invalid(
                .idNumber, value: IDNumber.masked(id),
                accepted: .idNumber)
        }
        if let card = a.card, !CardNumber.isWellFormed(card) {
            throw FieldError.invalid(.card, value: card, accepted: .card)
        }
        guard birthday <= clock.today else {
            throw FieldError.invalid(
                .birthday, value: birthday.iso,
                accepted: .pastBirthday)
        }
        var tier = a.tier ?? .regular
        if let fp = a.firstPurchase {
            guard let t = firstPurchaseTier(fp) else {
                throw MemberError.firstPurchaseTooLow(amount: fp, minimum: config.money(.firstPurchase(.regular)))
            }
            tier = max(tier, t)
        }
        return try change("add") { txn in
            if let existing = try txn.get(PhoneIndexEntry.self, id: phone.digits),
                let holder = try txn.get(Member.self, id: existing.card), holder.isCurrent
            {
                throw MemberError.duplicatePhone(phone: phone.digits, card: holder.card)
            }
            let card: String
            if let given = a.card {
                guard try txn.get(Member.self, id: given) == nil else { throw MemberError.cardTaken(given) }
                if let p = Phone(given), let holder = try txn.get(PhoneIndexEntry.self, id: p.digits) {
                    throw MemberError.cardIsPhone(card: given, member: holder.card)
                }
                card = given
            } else {
                card = try mintCard(&txn)
            }
            var m = Member(
                card: card, name: name, phone: phone.digits, birthday: birthday,
                joinedAt: clock.now)
            m.gender = a.gender
            m.idNumber = a.idNumber
            m.address = a.address
            m.email = a.email
            m.memberKind = a.kind
            m.tier = tier
            m.note = a.note
            m.cardFee = a.cardFee ?? config.money(.cardFee(a.kind))
            m.charterSigned = a.charterSigned
            try txn.put(m, action: "add")
            return m
        }
    }

    /// The next generated card number no member holds (a card given by hand with `--card` or
    /// an import may already use a number of the sequence), minted under the lock.
    func mintCard(_ txn: inout Transaction, taken: Set<String> = []) throws -> String {
        var number: String
        repeat {
            number = CardNumber.make(
                prefix: config.string(.cardPrefix), desk: config.deskID,
                sequence: try txn.nextNumber("card"))
        } while try taken.contains(number) || txn.get(Member.self, id: number) != nil
        return number
    }

    /// ≥199 regular, ≥599 silver, ≥999 gold, ≥1599 diamond; below the lowest, no card.
    public func firstPurchaseTier(_ amount: Money) -> Tier? {
        for t in Tier.allCases.reversed() where amount >= config.money(.firstPurchase(t)) { return t }
        return nil
    }

    public struct Edit: Sendable {
        public var name: String?
        public var phone: String?
        public var birthday: Day?
        public var gender: Gender?
        public var idNumber: String?
        public var address: String?
        public var email: String?
        public var kind: MemberKind?
        public var note: String?
        public init() {}
    }

    /// The member before and after, so the reply can say what changed.
    public func edit(_ card: String, _ e: Edit) throws -> (before: Member, after: Member) {
        var newPhone: Phone?
        if let p = e.phone {
            guard let ph = Phone(p) else {
                throw FieldError.invalid(.phone, value: p, accepted: .phone)
            }
            newPhone = ph
        }
        if let id = e.idNumber, !IDNumber.isValid(id) {
            throw FieldError.invalid(
                .idNumber, value: IDNumber.masked(id),
                accepted: .idNumber)
        }
        if let n = e.name, n.trimmingSpaces.isEmpty { throw MemberError.incomplete([.name]) }
        return try change("edit") { txn in
            var m = try Member.find(card, in: txn)
            let before = m
            if let p = newPhone, p.digits != m.phone {
                if let other = try txn.get(PhoneIndexEntry.self, id: p.digits), other.card != m.card,
                    let holder = try txn.get(Member.self, id: other.card), holder.isCurrent
                {
                    throw MemberError.duplicatePhone(phone: p.digits, card: holder.card)
                }
                m.phone = p.digits
            }
            if let v = e.name { m.name = v.trimmingSpaces }
            if let v = e.birthday { m.birthday = v }
            if let v = e.gender { m.gender = v }
            if let v = e.idNumber { m.idNumber = v }
            if let v = e.address { m.address = v }
            if let v = e.email { m.email = v }
            if let v = e.kind { m.memberKind = v }
            if let v = e.note { m.note = v }
            if m != before { try txn.put(m, action: "edit") }
            return (before, m)
        }
    }
}
