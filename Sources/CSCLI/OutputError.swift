import CSCore

/// Standard output (or a file) refused a write: a full disk, `> /dev/full`. Cron and
/// pipelines must see a failure, not a short file and exit 0.
public struct OutputError: Failure, Equatable {
    /// The file, or nil for standard output.
    public let path: String?
    public let reason: String

    public init(path: String?, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var status: ExitStatus { .dataDirectory }
    public var messageKey: MessageKey { path == nil ? .store(.outputFailedStdout) : .store(.outputFailed) }
    public var messageArguments: [String] { path.map { [$0, reason] } ?? [reason] }
}
