/// Refusals of the call-back desk (exit status 1 unless said otherwise).
public enum FollowupError: Failure, Equatable {
    case notFound(String)
    case closed(id: String, status: FollowupStatus, at: Instant)
    /// An open follow-up for the same phone already exists.
    case alreadyListed(id: String, phone: String)
    /// `--scores` gives one score per question of `followup.questions`.
    case scoreCount(given: Int, questions: String)
    /// Scores or satisfaction on a call nobody answered.
    case scoresWithoutAnswer
    /// A complaint from a follow-up needs a low score, once.
    case notLow(id: String, lowest: String, low: Int)
    case alreadyComplaint(id: String, complaint: String)
    /// A discharge list with problems: every one named, nothing added.
    case fileRejected([MessageDetail])

    public var status: ExitStatus {
        switch self {
        case .scoreCount, .scoresWithoutAnswer, .fileRejected: .usage
        default: .refused
        }
    }

    public var messageKey: MessageKey {
        switch self {
        case .notFound: .followup(.notFound)
        case .closed: .followup(.closed)
        case .alreadyListed: .followup(.alreadyListed)
        case .scoreCount: .followup(.scoreCount)
        case .scoresWithoutAnswer: .followup(.scoresWithoutAnswer)
        case .notLow: .followup(.notLow)
        case .alreadyComplaint: .followup(.alreadyComplaint)
        case .fileRejected: .followup(.fileRejected)
        }
    }

    public var messageArguments: [String] {
        switch self {
        case .notFound(let id): [id]
        case .closed(let id, let s, let at): [id, s.rawValue, at.short]
        case .alreadyListed(let id, let phone): [id, phone]
        case .scoreCount(let n, let q): [String(n), q]
        case .scoresWithoutAnswer: []
        case .notLow(let id, let lowest, let low): [id, lowest, String(low)]
        case .alreadyComplaint(let id, let c): [id, c]
        case .fileRejected(let problems): [String(problems.count)]
        }
    }

    public var details: [MessageDetail] {
        if case .fileRejected(let problems) = self { return problems }
        return []
    }
}
