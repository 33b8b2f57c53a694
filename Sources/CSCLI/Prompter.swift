import CSCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Asks the clerk a yes/no question before a change that is hard to take back (cancel,
/// reissue). Only on a terminal: a script or cron job is never asked (it passes `--yes`, or
/// simply runs) and so can never hang waiting for an answer nobody will type.
public struct Prompter: Sendable {
    public let isTerminal: Bool
    let ask: @Sendable (String) -> String?
    /// Redraws a one-line status (a long import's progress) on the terminal; nil clears it.
    /// A no-op unless stderr is a terminal: a log or a pipe gets no carriage returns.
    let status: @Sendable (String?) -> Void

    public init(
        isTerminal: Bool, status: @escaping @Sendable (String?) -> Void = { _ in },
        ask: @escaping @Sendable (String) -> String?
    ) {
        self.isTerminal = isTerminal
        self.status = status
        self.ask = ask
    }

    /// No terminal: nothing is asked.
    public static let none = Prompter(isTerminal: false) { _ in nil }

    /// The process's own terminal: the question on stderr (stdout may be a pipe), the answer
    /// from stdin; only when both are terminals.
    public static func standard() -> Prompter {
        let statusShown = isatty(2) == 1
        return Prompter(
            isTerminal: isatty(0) == 1 && isatty(2) == 1,
            status: { line in
                guard statusShown else { return }
                _ = SystemCall.writeAll(2, Array(("\r" + (line ?? "") + "\u{1B}[K").utf8))
            },
            ask: { question in
                _ = SystemCall.writeAll(2, Array(question.utf8))
                return readLine(strippingNewline: true)
            })
    }

    /// "y", "yes", "是", "好", "确定" (any case, spaces around) mean yes; anything else is no.
    static func isYes(_ answer: String?) -> Bool {
        guard let a = answer?.trimmingSpaces.lowercased() else { return false }
        return ["y", "yes", "是", "好", "确定", "是的"].contains(a)
    }
}

/// The clerk answered no (or nothing) to a confirmation: nothing changed.
public struct Declined: Failure, Equatable {
    public var status: ExitStatus { .refused }
    public var messageKey: MessageKey { .housekeeping(.declined) }
    public var messageArguments: [String] { [] }
}

extension Context {
    /// Asks `question` on a terminal unless `--yes` was given. The shared read lock is let
    /// go first: a clerk thinking it over must not hold up the other desks' changes.
    func confirm(_ question: String, yes: Bool) throws {
        guard !yes, prompter.isTerminal else { return }
        store.readView?.end()
        guard Prompter.isYes(prompter.ask(question + " [y/N] ")) else { throw Declined() }
    }
}
