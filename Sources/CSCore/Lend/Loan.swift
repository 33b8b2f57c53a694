/// Out with the borrower; back (the deposit returned, or part kept for damage); or written off
/// (lost or broken: the deposit kept as the desk decided).
public enum LoanStatus: String, Sendable, CaseIterable { case out, returned, lost }

/// One thing lent (借用登记): to whom, against what deposit, until when, and how it ended.
public struct Loan: Record, Equatable {
    public static let kind = "loans"
    public static var idSpace: DeskClaim? { .lettered("B") }

    public let id: String
    /// What was lent (轮椅, 雨伞).
    public let item: String
    /// The numbered thing, when the item is numbered (W3); nil for a pool.
    public let asset: String?
    public let borrower: String
    public let phone: String
    /// Cash taken as deposit, in fen.
    public let deposit: Money?
    /// An ID card held as deposit: kept whole (the desk must hand back the right card), masked
    /// in every output unless `--reveal`, and in the journal always.
    public var depositIdNumber: String?
    public let lentAt: Instant
    public let lentBy: String
    public let due: Instant
    public var status: LoanStatus
    public var closedAt: Instant?
    public var closedBy: String?
    /// Of the cash deposit, what the desk kept (damage, or the thing lost); the rest went back.
    public var kept: Money?
    public var damage: String?
    public var writeOffReason: String?
    public var supervisor: String?

    public init(
        id: String, item: String, asset: String?, borrower: String, phone: String, deposit: Money?,
        depositIdNumber: String?, lentAt: Instant, lentBy: String, due: Instant
    ) {
        self.id = id
        self.item = item
        self.asset = asset
        self.borrower = borrower
        self.phone = phone
        self.deposit = deposit
        self.depositIdNumber = depositIdNumber
        self.lentAt = lentAt
        self.lentBy = lentBy
        self.due = due
        status = .out
    }

    /// What went back of the cash deposit when the loan closed.
    public var returned: Money? {
        guard status != .out, let deposit else { return nil }
        return Money(fen: deposit.fen - (kept?.fen ?? 0))
    }

    public func isOverdue(at now: Instant) -> Bool { status == .out && due < now }

    var sequence: Int { Int(id.split(separator: "-").last ?? "") ?? 0 }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        item = try d.string("item")
        asset = try d.optionalString("asset")
        borrower = try d.string("borrower")
        phone = try d.string("phone")
        deposit = try d.optionalInt("deposit").map { Money(fen: $0) }
        depositIdNumber = try d.optionalString("depositIdNumber")
        lentAt = try d.instant("lentAt")
        lentBy = try d.string("lentBy")
        due = try d.instant("due")
        status = try d.choice("status", LoanStatus.self)
        closedAt = try d.optionalInstant("closedAt")
        closedBy = try d.optionalString("closedBy")
        kept = try d.optionalInt("kept").map { Money(fen: $0) }
        damage = try d.optionalString("damage")
        writeOffReason = try d.optionalString("writeOffReason")
        supervisor = try d.optionalString("supervisor")
    }

    public func write(into o: inout JSONObject) {
        o.add("item", item)
        o.add("asset", asset)
        o.add("borrower", borrower)
        o.add("phone", phone)
        o.add("deposit", deposit?.fen)
        o.add("depositIdNumber", depositIdNumber)
        o.add("lentAt", lentAt.iso)
        o.add("lentBy", lentBy)
        o.add("due", due.iso)
        o.add("status", status.rawValue)
        o.add("closedAt", closedAt?.iso)
        o.add("closedBy", closedBy)
        o.add("kept", kept?.fen)
        o.add("damage", damage)
        o.add("writeOffReason", writeOffReason)
        o.add("supervisor", supervisor)
    }

    /// The deposit ID masked: the journal is never rewritten.
    public var journalDocument: JSONObject {
        var d = document
        if let n = depositIdNumber { d["depositIdNumber"] = .string(IDNumber.masked(n)) }
        return d
    }

    /// An undo restores the full deposit ID from the loan as stored when it is the one the
    /// journal masked.
    public static func restored(from journalled: JSONObject, current: Loan?) throws -> Loan {
        var loan = try Loan(document: Document(journalled))
        guard let masked = loan.depositIdNumber else { return loan }
        guard let full = current?.depositIdNumber, IDNumber.masked(full) == masked else {
            throw UndoError.masked(kind: kind, id: loan.id, field: "depositIdNumber")
        }
        loan.depositIdNumber = full
        return loan
    }
}

/// The out-loans index: one small entry per loan still out, so lending checks what is out,
/// and the board and `lend overdue` list it, reading a few hundred bytes per loan out instead of
/// every loan ever made. Derived from the loans (`doctor --repair` rebuilds it).
public struct OutLoan: Record, Equatable {
    public static let kind = "index-loans-out"
    public static var fixedShardCount: Int? { 16 }

    public let id: String
    public let item: String
    public let asset: String?
    public let borrower: String
    public let phone: String
    public let due: Instant
    /// What the day's deposit report needs of a loan still out.
    public let lentAt: Instant
    public let deposit: Money?
    public let idHeld: Bool

    public init(_ l: Loan) {
        id = l.id
        item = l.item
        asset = l.asset
        borrower = l.borrower
        phone = l.phone
        due = l.due
        lentAt = l.lentAt
        deposit = l.deposit
        idHeld = l.depositIdNumber != nil
    }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        item = try d.string("item")
        asset = try d.optionalString("asset")
        borrower = try d.string("borrower")
        phone = try d.string("phone")
        due = try d.instant("due")
        lentAt = try d.instant("lentAt")
        deposit = try d.optionalInt("deposit").map { Money(fen: $0) }
        idHeld = try d.bool("idHeld")
    }

    public func write(into o: inout JSONObject) {
        o.add("item", item)
        o.add("asset", asset)
        o.add("borrower", borrower)
        o.add("phone", phone)
        o.add("due", due.iso)
        o.add("lentAt", lentAt.iso)
        o.add("deposit", deposit?.fen)
        o.add("idHeld", idHeld)
    }
}

extension Loan: Indexed {
    public static let outIndex = DerivedIndex<Loan, OutLoan> { l in l.status == .out ? [OutLoan(l)] : [] }

    public static let dayIndex = DerivedIndex<Loan, LoanDay>(LoanDay.entries)

    public static func updateIndexes(before: Loan?, after: Loan?, in txn: inout Transaction) throws {
        try outIndex.update(before: before, after: after, in: &txn)
        try dayIndex.update(before: before, after: after, in: &txn)
    }
}
