/// How far an import has got, for the progress line the CLI shows on a terminal (the core only
/// counts; the CLI decides whether and how to say it).
public struct ImportProgress: Sendable {
    public enum Phase: Sendable {
        /// The first pass: every row checked, nothing written.
        case checking
        /// The second pass, under the lock: the rows become records.
        case importing
        /// The records are being written and committed.
        case committing
    }

    public var phase: Phase
    public var rows: Int
    public var bytes: Int64
    /// The file's size, when known: what the estimate of the time left is based on.
    public var totalBytes: Int64?
}
