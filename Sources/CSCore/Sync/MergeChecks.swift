/// What a merge can reveal about a desk's records that no single desk could have prevented
/// (one receipt earned at two desks, one gift given twice), and when such a conflict is
/// settled. A desk declares its own in its `Desk` value: sync names no desk.
public struct MergeChecks: Sendable {
    public typealias Finder =
        @Sendable (DeskContext, MergedChanges, _ desk: String, inout Transaction) throws -> [SyncConflict]

    /// The conflicts it finds, by subject (`cs sync conflicts` asks it whether each still holds).
    public let subjects: Set<SyncConflict.Subject>
    /// Run on the merged records before their indexes follow them.
    public let find: Finder
    /// Run after the indexes: figures brought in line with the merged records (an account's
    /// sum), and what cannot be (an account overspent at two desks).
    public let settle: Finder?
    public let stillHolds: @Sendable (DeskContext, SyncConflict) throws -> Bool

    public init(
        subjects: Set<SyncConflict.Subject>, find: @escaping Finder, settle: Finder? = nil,
        stillHolds: @escaping @Sendable (DeskContext, SyncConflict) throws -> Bool
    ) {
        self.subjects = subjects
        self.find = find
        self.settle = settle
        self.stillHolds = stillHolds
    }
}
