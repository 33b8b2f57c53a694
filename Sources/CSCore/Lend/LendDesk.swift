/// The lending desk (便民借用): umbrellas, wheelchairs, power banks, reading glasses, needle and
/// thread — lent against a cash deposit or an ID card, due back by a time, returned or written
/// off. Every check that decides a change is made under the lock, inside its transaction.
public struct LendDesk: DeskRules {
    public static let commandPrefix = "lend"
    public let context: DeskContext

    public init(_ context: DeskContext) { self.context = context }

    /// What the borrower leaves and promises (借用登记).
    public struct LoanForm: Sendable {
        /// A number (W3), or an item's name (轮椅: the first one in; 雨伞: one from the pool).
        public var item: String
        public var borrower: String
        public var phone: String
        public var deposit: Money?
        public var depositIdNumber: String?
        public var due: Instant?

        public init(
            item: String, borrower: String, phone: String, deposit: Money?, depositIdNumber: String?, due: Instant?
        ) {
            self.item = item
            self.borrower = borrower
            self.phone = phone
            self.deposit = deposit
            self.depositIdNumber = depositIdNumber
            self.due = due
        }
    }

    /// The next closing time after `now` (today's, or tomorrow's once it has passed).
    func nextClosing(after now: Instant) -> Instant {
        let today = Instant.startOf(now.day, offset: now.offset).adding(seconds: Int64(config.lendClosingSeconds))
        return today > now ? today : today.adding(seconds: 86_400)
    }

    /// Lends one thing. A numbered thing already out is refused naming its loan; a pool with
    /// none left is refused; both decided on what is out under the lock.
    public func lend(_ form: LoanForm) throws -> Loan {
        guard let phone = Phone(form.phone) else {
            throw FieldError.invalid(.phone, value: form.phone, accepted: .phone)
        }
        if form.deposit != nil && form.depositIdNumber != nil { throw LendError.depositBoth }
        let idNumber = form.depositIdNumber.map { $0.trimmingSpaces.uppercased() }
        if let idNumber, !IDNumber.isValid(idNumber) { throw LendError.badDepositId(IDNumber.masked(idNumber)) }
        let now = clock.now
        let due = form.due ?? nextClosing(after: now)
        guard due > now else { throw LendError.dueInPast(due.short) }
        return try change("out") { txn in
            let out = try txn.store.scan(OutLoan.self).records
            let (item, asset) = try pick(form.item, out: out, in: txn)
            let id = "B\(config.deskID)-\(try txn.nextNumber("loans"))"
            let loan = Loan(
                id: id, item: item, asset: asset, borrower: form.borrower, phone: phone.digits,
                deposit: form.deposit, depositIdNumber: idNumber, lentAt: now, lentBy: clerk, due: due)
            try txn.put(loan, action: "out")
            return loan
        }
    }

    /// The item and numbered thing a loan of `name` takes, given the loans out.
    func pick(_ name: String, out: [OutLoan], in txn: Transaction) throws -> (item: String, asset: String?) {
        let number = RecordID.normalized(name)
        if let asset = try txn.get(LendAsset.self, id: number) {
            if let at = asset.retiredAt { throw LendError.assetRetired(asset: asset.id, at: at) }
            if let loan = out.first(where: { $0.asset == asset.id }) {
                throw LendError.assetOut(asset: asset.id, loan: loan.id, borrower: loan.borrower)
            }
            return (asset.item, asset.id)
        }
        let item = name.trimmingSpaces
        if let pool = try txn.get(LendPool.self, id: item) {
            let lent = out.filter { $0.asset == nil && $0.item == pool.id }.count
            guard lent < pool.total else { throw LendError.noneLeft(item: pool.id, total: pool.total) }
            return (pool.id, nil)
        }
        let assets = try txn.store.scan(LendAsset.self).records.filter { $0.item == item }
        guard !assets.isEmpty else { throw LendError.noSuchItem(name) }
        let busy = Set(out.compactMap(\.asset))
        let free = assets.filter { $0.retiredAt == nil && !busy.contains($0.id) }
        guard let first = free.min(by: { NumberList.precedes($0.id, $1.id) }) else {
            throw LendError.noneLeft(item: item, total: Int64(assets.filter { $0.retiredAt == nil }.count))
        }
        return (item, first.id)
    }

    func open(_ id: String, in txn: Transaction) throws -> Loan {
        guard let loan = try txn.get(Loan.self, id: RecordID.normalized(id)) else { throw LendError.notFound(id) }
        guard loan.status == .out else {
            throw LendError.loanClosed(id: loan.id, status: loan.status, at: loan.closedAt ?? loan.lentAt)
        }
        return loan
    }

    /// Only cash can be kept, and never more than was left.
    func checkKeep(_ keep: Money?, of loan: Loan) throws {
        guard let keep, keep.fen > 0 else { return }
        guard let deposit = loan.deposit else { throw LendError.keepWithoutCash(loan.id) }
        guard keep <= deposit else { throw LendError.keepTooMuch(keep: keep, deposit: deposit) }
    }

    /// The thing came back: the deposit goes back (less `keep`, for damage written down).
    public func giveBack(_ id: String, damage: String?, keep: Money?) throws -> Loan {
        try change("back") { txn in
            var loan = try open(id, in: txn)
            try checkKeep(keep, of: loan)
            loan.status = .returned
            loan.closedAt = clock.now
            loan.closedBy = clerk
            loan.damage = damage
            loan.kept = loan.deposit == nil ? nil : (keep ?? .zero)
            try txn.put(loan, action: "back")
            return loan
        }
    }

    /// Lost or broken for good: the loan closes, the thing leaves service (a numbered one is
    /// retired, a pool has one fewer), the cash deposit is kept unless the desk keeps less.
    public func writeOff(_ id: String, reason: String, supervisor: String, keep: Money?) throws -> Loan {
        try change("writeoff") { txn in
            var loan = try open(id, in: txn)
            try checkKeep(keep, of: loan)
            let now = clock.now
            loan.status = .lost
            loan.closedAt = now
            loan.closedBy = clerk
            loan.writeOffReason = reason
            loan.supervisor = supervisor
            loan.kept = loan.deposit.map { keep ?? $0 }
            try txn.put(loan, action: "writeoff")
            if let number = loan.asset, var asset = try txn.get(LendAsset.self, id: number) {
                asset.retiredAt = now
                asset.retiredReason = reason
                asset.retiredSupervisor = supervisor
                try txn.put(asset, action: "writeoff")
            } else if var pool = try txn.get(LendPool.self, id: loan.item) {
                pool.total -= 1
                pool.writtenOff += 1
                pool.updatedAt = now
                try txn.put(pool, action: "writeoff")
            }
            return loan
        }
    }

    public func show(_ id: String) throws -> Loan {
        guard let loan = try store.get(Loan.self, id: RecordID.normalized(id)) else { throw LendError.notFound(id) }
        return loan
    }
}
