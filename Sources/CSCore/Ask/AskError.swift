/// Refusals of the enquiry desk (exit status 1 unless said otherwise).
public enum AskError: Failure, Equatable {
    case notFound(String)
    /// Not one of `ask.topics` or `ask.pagingTopics`.
    case unknownTopic(topic: String, topics: String)
    case closed(id: String, status: EnquiryStatus, by: String, at: Instant)
    /// 首问负责制: only the owner answers or passes it on.
    case notOwner(id: String, owner: String)
    case alreadyOwner(id: String, owner: String)
    /// `--found` on an enquiry that is not a paging request.
    case notPaging(id: String, topic: String)

    public var status: ExitStatus {
        switch self {
        case .unknownTopic, .notPaging: .usage
        default: .refused
        }
    }

    public var messageKey: MessageKey {
        switch self {
        case .notFound: .ask(.notFound)
        case .unknownTopic: .ask(.unknownTopic)
        case .closed: .ask(.closed)
        case .notOwner: .ask(.notOwner)
        case .alreadyOwner: .ask(.alreadyOwner)
        case .notPaging: .ask(.notPaging)
        }
    }

    public var messageArguments: [String] {
        switch self {
        case .notFound(let id): [id]
        case .unknownTopic(let t, let topics): [t, topics]
        case .closed(let id, let s, let by, let at): [id, s.rawValue, by, at.short]
        case .notOwner(let id, let owner), .alreadyOwner(let id, let owner): [id, owner]
        case .notPaging(let id, let topic): [id, topic]
        }
    }
}
