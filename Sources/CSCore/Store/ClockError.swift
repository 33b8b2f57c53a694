/// A change dated before the record's last one: a clock set back, a `CS_NOW` replay earlier than
/// what it replays over. Taken, it would make a complaint resolved before it was received
/// "on time", a claim older than its registration — so every desk refuses it, in one place.
public enum ClockError: Failure, Equatable {
    case beforeLastChange(id: String, last: Instant, now: Instant)

    public var status: ExitStatus { .refused }

    public var messageKey: MessageKey { .store(.beforeLastChange) }

    public var messageArguments: [String] {
        switch self {
        case .beforeLastChange(let id, let last, let now): [id, last.iso, now.iso]
        }
    }
}
