import CSCore

/// A parsed command line: which command, its typed option values and arguments.
public struct Invocation: Sendable {
    public var path: [String] = []
    public var globals = GlobalOptions()
    public var values: [String: [ParsedValue]] = [:]
    public var arguments: [ParsedValue] = []
    public var argumentNames: [String] = []

    public init() {}

    /// "member add " — for messages that point at `cs member add --help`.
    public var pathPrefix: String { path.isEmpty ? "" : path.joined(separator: " ") + " " }
}
