/// Fault injection for the reliability tests: make the store fail a chosen write part-way, as a
/// full disk would. Only honoured in debug builds; a release binary ignores it entirely.
public struct FaultPlan: Sendable {
    /// Fail the write of any file whose path contains this text.
    public var failWritesMatching: String?
    /// Hold the lock this many milliseconds before committing (to test waiting and timeouts).
    public var holdLockMilliseconds: Int = 0

    /// After the injected failure, leave everything as a killed process would (no rollback).
    public var abandonOnFault = false

    public init(failWritesMatching: String? = nil, holdLockMilliseconds: Int = 0, abandonOnFault: Bool = false) {
        self.failWritesMatching = failWritesMatching
        self.holdLockMilliseconds = holdLockMilliseconds
        self.abandonOnFault = abandonOnFault
    }

    public static let none = FaultPlan()

    func failWrite(_ path: String) -> Bool {
        #if DEBUG
        if let m = failWritesMatching, path.contains(m) { return true }
        #endif
        return false
    }
}
