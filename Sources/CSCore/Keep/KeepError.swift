/// Refusals of the left-luggage desk (exit status 1 unless said otherwise).
public enum KeepError: Failure, Equatable {
    case notFound(String)
    /// Not one of `keep.tags`.
    case unknownTag(tag: String, tags: String)
    case tagInUse(tag: String, bag: String, since: Instant)
    case bagClosed(id: String, status: BagStatus, at: Instant)
    /// The bag was sealed: the owner shows the seal's number.
    case sealMissing(id: String)
    case sealWrong(id: String, given: String)

    public var status: ExitStatus {
        switch self {
        case .unknownTag: .usage
        default: .refused
        }
    }

    public var messageKey: MessageKey {
        switch self {
        case .notFound: .keep(.notFound)
        case .unknownTag: .keep(.unknownTag)
        case .tagInUse: .keep(.tagInUse)
        case .bagClosed: .keep(.bagClosed)
        case .sealMissing: .keep(.sealMissing)
        case .sealWrong: .keep(.sealWrong)
        }
    }

    public var messageArguments: [String] {
        switch self {
        case .notFound(let id), .sealMissing(let id): [id]
        case .unknownTag(let t, let tags): [t, tags]
        case .tagInUse(let t, let b, let at): [t, b, at.short]
        case .bagClosed(let id, let s, let at): [id, s.rawValue, at.short]
        case .sealWrong(let id, let given): [id, given]
        }
    }
}
