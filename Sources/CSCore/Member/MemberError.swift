/// Refusals of the membership desk (exit status 1 unless said otherwise).
public enum MemberError: Failure, Equatable {
    case notFound(String)
    /// An application missing fields (资料不全一律视为废单): every one named at once.
    case incomplete([FormField])
    case duplicatePhone(phone: String, card: String)
    case cardTaken(String)
    case notUsable(card: String, status: MemberStatus, replacedBy: String?)
    case receiptUsed(receipt: String, card: String)
    case insufficientPoints(needed: Int64, available: Int64)
    case insufficientBalance(needed: Money, available: Money)
    case voucherOutOfRange(yuan: Int64, min: Int, max: Int)
    case firstPurchaseTooLow(amount: Money, minimum: Money)
    case receiptNotFound(String)
    case alreadyReversed(receipt: String)
    case tierWouldDrop(from: Tier, to: Tier)
    case statusUnchanged(card: String, status: MemberStatus)
    case importRejected([PlacedImportProblem])
    /// One member's card is another member's phone.
    case ambiguous(String, cardOf: String, phoneOf: String)
    /// A card number asked for that is a registered phone.
    case cardIsPhone(card: String, member: String)
    /// A movement would take a figure past the documented limit (so an export would no
    /// longer import back).
    case limitExceeded(field: String, value: String, limit: String)
    /// A card to cancel still holds points or stored value: the clerk must say what happens
    /// to them (`--refund` or `--forfeit`).
    case cancelHolds(card: String, points: Int64, balance: Money)
    /// `member find` found nobody.

    public var status: ExitStatus {
        switch self {
        case .incomplete: .usage
        default: .refused
        }
    }

    public var messageKey: MessageKey {
        switch self {
        case .notFound: .member(.notFound)
        case .incomplete: .member(.incomplete)
        case .duplicatePhone: .member(.duplicatePhone)
        case .cardTaken: .member(.cardTaken)
        case .notUsable(_, let s, let r):
            switch s {
            case .replaced: r == nil ? .member(.replacedNoNew) : .member(.replaced)
            case .suspended: .member(.suspended)
            case .cancelled: .member(.cancelled)
            case .active: .member(.suspended)
            }
        case .receiptUsed: .member(.receiptUsed)
        case .insufficientPoints: .member(.insufficientPoints)
        case .insufficientBalance: .member(.insufficientBalance)
        case .voucherOutOfRange: .member(.voucherRange)
        case .firstPurchaseTooLow: .member(.firstPurchaseLow)
        case .receiptNotFound: .member(.receiptNotFound)
        case .alreadyReversed: .member(.alreadyReversed)
        case .tierWouldDrop: .member(.tierDrop)
        case .statusUnchanged: .member(.statusUnchanged)
        case .importRejected: .member(.importRejected)
        case .ambiguous: .member(.ambiguous)
        case .cardIsPhone: .member(.cardIsPhone)
        case .limitExceeded: .member(.limitExceeded)
        case .cancelHolds: .member(.cancelHolds)
        }
    }

    public var messageArguments: [String] {
        switch self {
        case .notFound(let c): [c]
        case .incomplete(let f): [f.map(\.rawValue).joined(separator: ", ")]
        case .duplicatePhone(let p, let c): [p, c]
        case .cardTaken(let c): [c]
        case .notUsable(let c, _, let r): [c, r ?? ""]
        case .receiptUsed(let r, let c): [r, c]
        case .insufficientPoints(let n, let a): [String(n), String(a)]
        case .insufficientBalance(let n, let a): [n.decimal, a.decimal]
        case .voucherOutOfRange(let y, let lo, let hi): [String(y), String(lo), String(hi)]
        case .firstPurchaseTooLow(let a, let m): [a.decimal, m.decimal]
        case .receiptNotFound(let r): [r]
        case .alreadyReversed(let r): [r]
        case .tierWouldDrop(let f, let t): [f.rawValue, t.rawValue]
        case .statusUnchanged(let c, let s): [c, s.rawValue]
        case .importRejected(let e): [String(e.count)]
        case .ambiguous(let t, let c, let p): [t, c, p]
        case .cardIsPhone(let c, let m): [c, m]
        case .limitExceeded(let f, let v, let l): [f, v, l]
        case .cancelHolds(let c, let p, let b): [c, String(p), b.decimal]
        }
    }

    public var details: [MessageDetail] {
        if case .importRejected(let problems) = self { return problems.map(\.detail) }
        return []
    }
}
