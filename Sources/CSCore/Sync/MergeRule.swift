/// How a kind's records merge when two desks changed the same shard offline (`cs sync`):
/// declared by each desk next to its kinds, read by the git merge driver
/// (`cs sync merge-file`) and by the sync that applies a merge.
public struct MergeRule: Sendable, Equatable {
    /// Shared through the remote; a local kind (an index, a summary, a counter) is rebuilt by
    /// each desk from the shared records and never merged.
    public let shared: Bool
    /// Records that never change once written (ledger entries): a merge is a union by id.
    public let appendOnly: Bool
    /// Fields recomputed after every merge (a member's figures from its ledger): never a
    /// conflict, whichever value the merge keeps is replaced.
    public let derivedFields: Set<String>
    /// List fields only ever appended to (a complaint's timeline, an item's custody moves):
    /// merged as the union of both sides' elements, in time order.
    public let listFields: Set<String>
    /// Fields that hold one state together (a complaint's status with its resolution time): when
    /// two desks changed the state, the whole group comes from the side the merge keeps, so a
    /// complaint never ends "escalated" with the other desk's resolution time. A conflict on a
    /// group is a business conflict (`state`), open until a clerk acts on the record.
    public let together: Set<String>
    /// Fields shown masked wherever a merge reports them (an ID number).
    public let masked: Set<String>

    /// Rebuilt at each desk: not in the remote at all.
    public static let local = MergeRule(
        shared: false, appendOnly: false, derivedFields: [], listFields: [],
        together: [], masked: [])
    /// Union by id.
    public static let appendOnly = MergeRule(
        shared: true, appendOnly: true, derivedFields: [], listFields: [],
        together: [], masked: [])

    /// Three-way per field against the common ancestor.
    public static func fields(
        derived: Set<String> = [], lists: Set<String> = [], together: Set<String> = [],
        masked: Set<String> = []
    ) -> MergeRule {
        MergeRule(
            shared: true, appendOnly: false, derivedFields: derived, listFields: lists, together: together,
            masked: masked)
    }
}
