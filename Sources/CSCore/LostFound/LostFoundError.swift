/// Refusals of the lost-and-found desk (exit status 1 unless said otherwise).
public enum LostFoundError: Failure, Equatable {
    case notFound(String)
    /// Claimed or disposed: no more moves or claims; says when.
    case closed(id: String, status: LostItemStatus, at: Instant)
    /// A move to where the item already is.
    case alreadyThere(id: String, custody: Custody)
    /// Disposal is general affairs' decision: the item must be with them.
    case notWithGeneralAffairs(id: String, custody: Custody)
    /// Found after it was registered, or in the future.
    case foundInFuture(String)
    /// `--photo` is not a readable regular image file of sensible size.
    case badPhoto(path: String)
    /// `sweep --apply` cannot move items at a time that has not come yet.
    case sweepInFuture(String)

    public var status: ExitStatus {
        switch self {
        case .foundInFuture, .badPhoto, .sweepInFuture: .usage
        default: .refused
        }
    }

    public var messageKey: MessageKey {
        switch self {
        case .notFound: .lostfound(.notFound)
        case .closed(_, let s, _): s == .claimed ? .lostfound(.alreadyClaimed) : .lostfound(.alreadyDisposed)
        case .alreadyThere: .lostfound(.alreadyThere)
        case .notWithGeneralAffairs: .lostfound(.notWithGeneralAffairs)
        case .foundInFuture: .lostfound(.foundInFuture)
        case .badPhoto: .lostfound(.badPhoto)
        case .sweepInFuture: .lostfound(.sweepInFuture)
        }
    }

    public var messageArguments: [String] {
        switch self {
        case .notFound(let id): [id]
        case .closed(let id, _, let at): [id, at.short]
        case .alreadyThere(let id, let c): [id, c.rawValue]
        case .notWithGeneralAffairs(let id, let c): [id, c.rawValue]
        case .foundInFuture(let t): [t]
        case .badPhoto(let p): [p, String(LostFoundDesk.photoMaxBytes / 1_048_576)]
        case .sweepInFuture(let t): [t]
        }
    }
}
