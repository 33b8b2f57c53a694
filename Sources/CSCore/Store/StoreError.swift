/// What can go wrong with the data directory itself (exit status 3), as opposed to a desk rule.
public enum StoreError: Failure, Equatable {
    case notInitialized(path: String)
    /// The data directory's path names something that is not a directory (a file).
    case notADirectory(path: String)
    case io(path: String, operation: String, reason: String)
    case corrupt(path: String, line: Int, reason: String)
    case lockTimeout(path: String, holder: String, waitedSeconds: Int)
    case notEmpty(path: String)
    /// `txn.json` cannot be trusted (unreadable, or a path outside the data directory):
    /// nothing of it is applied; `doctor --repair` moves it aside.
    case undoRecordDamaged(path: String, reason: String)
    /// A change failed (`cause`) and so did part of putting things back (`rollback`): the
    /// undo record stays, and the next command finishes the rollback.
    case rollbackIncomplete(path: String, cause: String?, rollback: String)
    /// A change through the redo log failed after its record was flushed (`cause`), and so
    /// did putting the files back (`rollback`): the change is committed in the log `path`,
    /// and the next command finishes writing it.
    case commitUnfinished(path: String, cause: String, rollback: String)
    /// A backup that does not match its `SHA256SUMS`, or has none.
    case backupUnverified(path: String, reason: String)

    public var status: ExitStatus { .dataDirectory }

    public var messageKey: MessageKey {
        switch self {
        case .notInitialized: .store(.notInitialized)
        case .notADirectory: .store(.notADirectory)
        case .io: .store(.io)
        case .corrupt: .store(.corrupt)
        case .lockTimeout: .store(.lockTimeout)
        case .notEmpty: .store(.notEmpty)
        case .undoRecordDamaged: .store(.undoDamaged)
        case .backupUnverified: .store(.backupUnverified)
        case .rollbackIncomplete(_, let cause, _): cause == nil ? .store(.rollbackPending) : .store(.rollbackFailed)
        case .commitUnfinished: .store(.commitUnfinished)
        }
    }

    public var messageArguments: [String] {
        switch self {
        case .notInitialized(let p), .notADirectory(let p): [p]
        case .io(let p, let op, let r): [p, op, r]
        case .corrupt(let p, let l, let r): [l > 0 ? "\(p):\(l)" : p, r]
        case .lockTimeout(let p, let h, let w): [p, h, String(w)]
        case .notEmpty(let p): [p]
        case .undoRecordDamaged(let p, let r), .backupUnverified(let p, let r): [p, r]
        case .rollbackIncomplete(let p, let c, let r): c.map { [p, r, $0] } ?? [p, r]
        case .commitUnfinished(let p, let c, let r): [p, r, c]
        }
    }
}

extension StoreError {
    /// The facts of the error on one line (path, operation, reason), for nesting in another
    /// error's message; no sentence, so it reads the same in every language.
    var summary: String { messageArguments.joined(separator: ": ") }
}

/// Why a parsed document is not a valid record: which field, what was wrong.
public struct DocumentError: Error, Sendable, Equatable {
    public let reason: String
    public init(_ reason: String) { self.reason = reason }
}
