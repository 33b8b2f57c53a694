/// The exit statuses of SPEC.md; cron and pipelines branch on them, so they are an interface.
public enum ExitStatus: Int32, Sendable {
    case done = 0
    case refused = 1
    case usage = 2
    case dataDirectory = 3
    case found = 4
}

/// Every error the core raises names a catalog message and its arguments, so the CLI can say it
/// in the clerk's language without the core knowing how anything is printed.
public protocol Failure: Error, Sendable {
    var status: ExitStatus { get }
    var messageKey: MessageKey { get }
    var messageArguments: [String] { get }
    /// Lines under the message (each problem of a refused import), as keys and facts.
    var details: [MessageDetail] { get }
}

extension Failure {
    public var details: [MessageDetail] { [] }
}
