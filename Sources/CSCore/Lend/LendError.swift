/// Refusals of the lending desk (exit status 1 unless said otherwise).
public enum LendError: Failure, Equatable {
    case notFound(String)
    /// Nothing in stock by that name or number.
    case noSuchItem(String)
    /// The numbered thing is out on a loan.
    case assetOut(asset: String, loan: String, borrower: String)
    /// Every one of the item is out (or written off).
    case noneLeft(item: String, total: Int64)
    case assetRetired(asset: String, at: Instant)
    /// Back or written off already: says when.
    case loanClosed(id: String, status: LoanStatus, at: Instant)
    case dueInPast(String)
    /// More kept than the cash deposit holds.
    case keepTooMuch(keep: Money, deposit: Money)
    /// Only cash can be kept: the deposit is an ID card, or there is none.
    case keepWithoutCash(String)
    case depositBoth
    case badDepositId(String)
    case assetExists(asset: String, item: String)
    /// An item is numbered or a pool, not both.
    case kindMismatch(String)
    case badIDs(String)

    public var status: ExitStatus {
        switch self {
        case .dueInPast, .keepTooMuch, .depositBoth, .badDepositId, .badIDs: .usage
        default: .refused
        }
    }

    public var messageKey: MessageKey {
        switch self {
        case .notFound: .lend(.notFound)
        case .noSuchItem: .lend(.noSuchItem)
        case .assetOut: .lend(.assetOut)
        case .noneLeft: .lend(.noneLeft)
        case .assetRetired: .lend(.assetRetired)
        case .loanClosed: .lend(.loanClosed)
        case .dueInPast: .lend(.dueInPast)
        case .keepTooMuch: .lend(.keepTooMuch)
        case .keepWithoutCash: .lend(.keepWithoutCash)
        case .depositBoth: .lend(.depositBoth)
        case .badDepositId: .lend(.badDepositId)
        case .assetExists: .lend(.assetExists)
        case .kindMismatch: .lend(.kindMismatch)
        case .badIDs: .lend(.badIDs)
        }
    }

    public var messageArguments: [String] {
        switch self {
        case .notFound(let id), .noSuchItem(let id), .keepWithoutCash(let id), .kindMismatch(let id): [id]
        case .assetOut(let a, let l, let b): [a, l, b]
        case .noneLeft(let item, let total): [item, String(total)]
        case .assetRetired(let a, let at): [a, at.short]
        case .loanClosed(let id, let s, let at): [id, s.rawValue, at.short]
        case .dueInPast(let t): [t]
        case .keepTooMuch(let k, let d): [k.decimal, d.decimal]
        case .depositBoth: []
        case .badDepositId(let v): [v]
        case .assetExists(let a, let item): [a, item]
        case .badIDs(let v): [v]
        }
    }
}
