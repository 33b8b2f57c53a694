/// What can go wrong with the data directory itself (exit status 3), as opposed to a desk rule.
public enum StoreError: Failure, Equatable {
    case notInitialized(path: String)
    case io(path: String, operation: String, reason: String)
    case corrupt(path: String, line: Int, reason: String)
    case lockTimeout(path: String, holder: String, waitedSeconds: Int)
    case notEmpty(path: String)

    public var status: ExitStatus { .dataDirectory }

    public var messageKey: MessageKey {
        switch self {
        case .notInitialized: .storeNotInitialized
        case .io: .storeIO
        case .corrupt: .storeCorrupt
        case .lockTimeout: .storeLockTimeout
        case .notEmpty: .storeNotEmpty
        }
    }

    public var messageArguments: [String] {
        switch self {
        case .notInitialized(let p): [p]
        case .io(let p, let op, let r): [p, op, r]
        case .corrupt(let p, let l, let r): [l > 0 ? "\(p):\(l)" : p, r]
        case .lockTimeout(let p, let h, let w): [p, h, String(w)]
        case .notEmpty(let p): [p]
        }
    }
}

/// Why a parsed document is not a valid record: which field, what was wrong.
public struct DocumentError: Error, Sendable, Equatable {
    public let reason: String
    public init(_ reason: String) { self.reason = reason }
}
