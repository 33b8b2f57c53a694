/// Refusals of the complaint desk (exit status 1 unless said otherwise).
public enum ComplaintError: Failure, Equatable {
    case notFound(String)
    /// The action is not possible from the complaint's state: names the state (as the record has
    /// it now, under the lock) and what is possible from it.
    case notAllowed(id: String, action: ComplaintAction, status: ComplaintStatus, allowed: [ComplaintAction])
    case invalidSatisfaction(String)

    public var status: ExitStatus {
        switch self {
        case .invalidSatisfaction: .usage
        default: .refused
        }
    }

    public var messageKey: MessageKey {
        switch self {
        case .notFound: .complaint(.notFound)
        case .notAllowed: .complaint(.notAllowed)
        case .invalidSatisfaction: .complaint(.invalidSatisfaction)
        }
    }

    /// States as their stable values, actions as the commands that do them (typed the same in
    /// every language).
    public var messageArguments: [String] {
        switch self {
        case .notFound(let id): [id]
        case .notAllowed(let id, let action, let status, let allowed):
            [id, action.command, status.rawValue, allowed.map(\.command).joined(separator: ", ")]
        case .invalidSatisfaction(let v): [v]
        }
    }
}
