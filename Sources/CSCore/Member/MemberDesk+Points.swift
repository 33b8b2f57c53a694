/// Points and stored value: earn, redeem, top up, pay, adjust, reverse, expire.
extension MemberDesk {
    /// A card that may take a movement: active, else refused naming its state (and the new
    /// card when it was replaced).
    func usable(_ card: String, _ txn: Transaction) throws -> Member {
        let m = try Member.find(card, in: txn)
        guard m.status == .active else {
            throw MemberError.notUsable(card: m.card, status: m.status, replacedBy: m.replacedBy)
        }
        return m
    }

    func newEntry(
        _ txn: inout Transaction, _ m: Member, _ kind: LedgerKind, points: Int64, amount: Money,
        receipt: String? = nil, expires: Bool = false, item: String? = nil, reason: String? = nil, room: String? = nil
    ) throws -> LedgerEntry {
        return LedgerEntry(
            id: try nextEntryID(m.account, txn), card: m.card, account: m.account, kind: kind,
            points: points, amount: amount, receipt: receipt, clerk: clerk, at: clock.now,
            expiresOn: expires ? clock.today.adding(months: config.int(.pointsExpireMonths)) : nil,
            item: item, reason: reason, room: room)
    }

    /// `<account>.<desk>-<n>`, n one more than the account's entries: unique without a shared
    /// counter (one file less to rewrite per movement), and the desk keeps two desks apart.
    /// `<account>.<desk>-<n>`, n one more than the account's entries: counted by its summary
    /// (checked free, so a summary that fell behind can never make an id that replaces an
    /// entry), else by reading the ledger.
    func nextEntryID(_ account: String, _ txn: Transaction) throws -> String {
        if let s = try txn.get(AccountSummary.self, id: account) {
            let id = "\(account).\(config.deskID)-\(s.entries + 1)"
            if try !txn.has(LedgerEntry.self, id: id) { return id }
        }
        return "\(account).\(config.deskID)-\(try entries(of: account, in: txn).count + 1)"
    }

    /// The figures' documented limits, enforced on every movement so that whatever cs
    /// stores, `export --reveal` + `import --ledger` takes back.
    public static let maxPoints: Int64 = 1_000_000_000
    public static let maxBalance = Money(yuan: 1_000_000_000)
    public static let maxSpend = Money(yuan: 9_999_999_999)

    static func checkLimits(_ entry: LedgerEntry, _ account: Account) throws(MemberError) {
        if abs(entry.points) > maxPoints {
            throw .limitExceeded(field: "points", value: String(entry.points), limit: "±\(maxPoints)")
        }
        if abs(account.points) > maxPoints {
            throw .limitExceeded(field: "points", value: String(account.points), limit: "±\(maxPoints)")
        }
        if account.balance > maxBalance {
            throw .limitExceeded(field: "balance", value: account.balance.decimal, limit: maxBalance.decimal)
        }
        if account.totalSpend > maxSpend {
            throw .limitExceeded(field: "totalSpend", value: account.totalSpend.decimal, limit: maxSpend.decimal)
        }
    }

    /// Records the entry and brings the member's figures (and tier) in line with the ledger.
    func post(_ txn: inout Transaction, _ member: Member, _ entry: LedgerEntry, action: String) throws -> Movement {
        var m = member
        let account = try post(entry, action: action, in: &txn)
        try MemberDesk.checkLimits(entry, account)
        m.points = account.points
        m.balance = account.balance
        m.totalSpend = account.totalSpend
        let before = m.tier
        m.tier = max(m.tier, earnedTier(m))
        try txn.put(m, action: action)
        return Movement(
            member: m, entry: entry, available: account.available(asOf: clock.today),
            upgradedFrom: m.tier != before ? before : nil)
    }

    /// The tier the rules give: cumulative spend 3000/8000/20000; stored value ≥3000 at least
    /// `member.storedValueTier` (silver: the seed's 贵宾卡 treatment).
    public func earnedTier(_ m: Member) -> Tier {
        var t = Tier.regular
        for candidate in Tier.allCases {
            if let key = ConfigKey<Money>.cumulative(candidate), m.totalSpend >= config.money(key) { t = candidate }
        }
        if m.balance >= config.money(.storedValueGold) {
            t = max(t, Tier(rawValue: config.string(.storedValueTier)) ?? .silver)
        }
        return t
    }

    /// The receipt's index key, or a usage error naming the option.
    static func receiptKey(_ text: String) throws(FieldError) -> String {
        guard let key = Receipt.normalized(text) else {
            throw FieldError.invalid(.receipt, value: text, accepted: .receipt)
        }
        return key
    }

    /// Refuses a receipt this use (earn, pay) has seen before, under the lock.
    func requireUnused(_ receipt: String, for use: String, _ txn: Transaction) throws {
        if let used = try txn.get(ReceiptIndexEntry.self, id: "\(use):\(receipt)") {
            throw MemberError.receiptUsed(receipt: receipt, card: used.card)
        }
    }

    static func requirePositive(_ amount: Money) throws(FieldError) {
        guard amount.fen > 0 else {
            throw FieldError.invalid(.amount, value: amount.decimal, accepted: .positiveAmount)
        }
    }

    public func earn(_ card: String, amount: Money, receipt typed: String, room: String?) throws -> Movement {
        try MemberDesk.requirePositive(amount)
        let receipt = try MemberDesk.receiptKey(typed)
        return try change("earn") { txn in
            let m = try usable(card, txn)
            try requireUnused(receipt, for: "earn", txn)
            let points = amount.fen * Int64(config.int(.pointsPerYuan)) / 100
            let entry = try newEntry(
                &txn, m, .earn, points: points, amount: amount, receipt: receipt, expires: true,
                room: room)
            txn.putQuietly(ReceiptIndexEntry(use: "earn", receipt: receipt, entry: entry.id, card: m.card))
            return try post(&txn, m, entry, action: "earn")
        }
    }

    public enum Redemption: Sendable {
        case gift(item: String, points: Int64)
        case voucher(yuan: Int64)
    }

    /// Never below zero, and never with points that have expired.
    public func redeem(_ card: String, _ r: Redemption) throws -> Movement {
        let cost: Int64
        let item: String
        switch r {
        case .gift(let i, let p):
            guard p > 0 else {
                throw FieldError.invalid(
                    .points, value: String(p),
                    accepted: .positivePoints)
            }
            cost = p
            item = i
        case .voucher(let y):
            let lo = config.int(.voucherMinYuan)
            let hi = config.int(.voucherMaxYuan)
            guard y >= lo && y <= hi else { throw MemberError.voucherOutOfRange(yuan: y, min: lo, max: hi) }
            cost = y * Int64(config.int(.voucherPointsPerYuan))
            item = "voucher \(y) yuan"
        }
        return try change("redeem") { txn in
            let m = try usable(card, txn)
            let available = try account(of: m.account, in: txn).available(asOf: clock.today)
            guard available >= cost else { throw MemberError.insufficientPoints(needed: cost, available: available) }
            let entry = try newEntry(&txn, m, .redeem, points: -cost, amount: .zero, item: item)
            return try post(&txn, m, entry, action: "redeem")
        }
    }

    /// With a receipt, that receipt tops up once ever (like earn): the same slip keyed twice
    /// is refused instead of doubling the balance.
    public func topup(_ card: String, amount: Money, receipt typed: String? = nil) throws -> Movement {
        try MemberDesk.requirePositive(amount)
        let receipt = try typed.map { (t: String) throws(FieldError) in try MemberDesk.receiptKey(t) }
        return try change("topup") { txn in
            let m = try usable(card, txn)
            if let receipt { try requireUnused(receipt, for: "topup", txn) }
            let entry = try newEntry(&txn, m, .topup, points: 0, amount: amount, receipt: receipt)
            if let receipt {
                txn.putQuietly(ReceiptIndexEntry(use: "topup", receipt: receipt, entry: entry.id, card: m.card))
            }
            return try post(&txn, m, entry, action: "topup")
        }
    }

    public func pay(_ card: String, amount: Money, receipt typed: String) throws -> Movement {
        try MemberDesk.requirePositive(amount)
        let receipt = try MemberDesk.receiptKey(typed)
        return try change("pay") { txn in
            let m = try usable(card, txn)
            try requireUnused(receipt, for: "pay", txn)
            let balance = try account(of: m.account, in: txn).balance
            guard balance >= amount else { throw MemberError.insufficientBalance(needed: amount, available: balance) }
            let entry = try newEntry(&txn, m, .pay, points: 0, amount: -amount, receipt: receipt)
            txn.putQuietly(ReceiptIndexEntry(use: "pay", receipt: receipt, entry: entry.id, card: m.card))
            return try post(&txn, m, entry, action: "pay")
        }
    }

    /// A supervisor's correction. Allowed on any card that is still a member's.
    /// A supervisor's correction of points, of stored value (a top-up keyed as 10,000 instead
    /// of 1,000), or both, with a reason; the balance never goes below zero.
    public func adjust(_ card: String, points: Int64, amount: Money = .zero, reason: String) throws -> Movement {
        guard points != 0 || amount.fen != 0 else {
            throw FieldError.invalid(.pointsOrAmount, value: "0", accepted: .nonZeroAdjustment)
        }
        return try change("adjust") { txn in
            let m = try Member.find(card, in: txn)
            guard m.isCurrent else {
                throw MemberError.notUsable(card: m.card, status: m.status, replacedBy: m.replacedBy)
            }
            if amount.fen < 0 {
                let balance = try account(of: m.account, in: txn).balance
                guard balance + amount >= .zero else {
                    throw MemberError.insufficientBalance(needed: -amount, available: balance)
                }
            }
            let entry = try newEntry(
                &txn, m, .adjust, points: points, amount: amount, expires: points > 0,
                reason: reason)
            return try post(&txn, m, entry, action: "adjust")
        }
    }

    /// A refunded purchase takes back the points it earned, even into a negative balance.
    public func reverse(receipt typed: String, reason: String) throws -> Movement {
        let receipt = try MemberDesk.receiptKey(typed)
        return try change("reverse") { txn in
            guard var index = try txn.get(ReceiptIndexEntry.self, id: "earn:\(receipt)") else {
                throw MemberError.receiptNotFound(receipt)
            }
            guard index.reversedBy == nil else { throw MemberError.alreadyReversed(receipt: receipt) }
            guard let earned = try txn.get(LedgerEntry.self, id: index.entry) else {
                throw MemberError.receiptNotFound(receipt)
            }
            // The points come off the account's current card, wherever it was reissued to.
            var card = earned.card
            while let m = try txn.get(Member.self, id: card), let next = m.replacedBy { card = next }
            let m = try Member.find(card, in: txn)
            let entry = try newEntry(
                &txn, m, .reverse, points: -earned.points, amount: -earned.amount,
                receipt: receipt, reason: reason)
            index.reversedBy = entry.id
            txn.putQuietly(index)
            return try post(&txn, m, entry, action: "reverse")
        }
    }

    /// Records expiry of every lot past its date; running it twice changes nothing. The date
    /// may not be in the future: expiry is recorded when it has happened.
    public func expire(asOf day: Day) throws -> [(card: String, points: Int64)] {
        guard day <= clock.today else {
            throw FieldError.invalid(.asOf, value: day.iso, accepted: .notFuture)
        }
        return try change("expire") { txn in
            var out = [(card: String, points: Int64)]()
            let scan = try store.scan(Member.self)
            if let p = scan.problems.first { throw StoreError.corrupt(path: p.path, line: p.line, reason: p.reason) }
            for m in scan.records where m.isCurrent {
                let account = try self.account(of: m.account, in: txn)
                let due = account.expiredUnrecorded(asOf: day)
                guard due > 0 else { continue }
                let entry = LedgerEntry(
                    id: try nextEntryID(m.account, txn), card: m.card, account: m.account,
                    kind: .expire,
                    points: -due, amount: .zero, receipt: nil, clerk: clerk,
                    at: clock.now,
                    expiresOn: nil, reason: "expired as of \(day.iso)")
                _ = try post(&txn, m, entry, action: "expire")
                out.append((m.card, due))
            }
            return out
        }
    }
}
