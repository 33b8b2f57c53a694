/// Fault injection for the reliability tests: make the store fail a chosen write part-way, as a
/// full disk would. Only honoured in debug builds; a release binary ignores it entirely.
public struct FaultPlan: Sendable {
    /// Fail the write of any file whose path contains this text.
    public var failWritesMatching: String?
    /// Hold the lock this many milliseconds before committing (to test waiting and timeouts).
    public var holdLockMilliseconds: Int = 0

    /// After the injected failure, leave everything as a killed process would (no rollback).
    public var abandonOnFault = false
    /// Fail putting a rewritten file back by its second name as well (a rename, which a full
    /// disk does not fail: only a test of the failure's report needs it).
    public var failRollback = false
    /// Called once a change's log record is flushed, before any shard is written: a test takes
    /// a copy of the directory here, which is what a power cut at that instant leaves on disk.
    public var atCommitPoint: (@Sendable () -> Void)?

    public init(
        failWritesMatching: String? = nil, holdLockMilliseconds: Int = 0, abandonOnFault: Bool = false,
        failRollback: Bool = false
    ) {
        self.failWritesMatching = failWritesMatching
        self.holdLockMilliseconds = holdLockMilliseconds
        self.abandonOnFault = abandonOnFault
        self.failRollback = failRollback
    }

    public static let none = FaultPlan()

    var failsRollback: Bool {
        #if DEBUG
            return failRollback
        #else
            return false
        #endif
    }

    func failWrite(_ path: String) -> Bool {
        #if DEBUG
            if let m = failWritesMatching, path.contains(m) { return true }
        #endif
        return false
    }
}
