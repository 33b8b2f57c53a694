/// One desk of the service center as the core sees it: its records, its settings, what
/// `cs init` prepares for it, how `cs undo` takes its changes back and what a merge of its
/// records can reveal. The doctor, backup, `config`, `init`, `undo` and sync read `Desk.all`;
/// the CLI pairs each desk with its commands (`DeskCommands`). Adding a desk: the checklist in
/// `Sources/CSCore/README.md`.
public struct Desk: Sendable {
    public let name: String
    /// The records the doctor examines and repairs (and backup copies).
    public let kinds: [KindDescriptor]
    /// Its settings, in `config show` order.
    public let configKeys: [ConfigSetting]
    /// What `cs init` does for it on a new data directory, if anything.
    public let prepare: (@Sendable (Store, _ clerk: String, Clock) throws -> Void)?
    /// How `cs undo` takes back a change to each of its journalled kinds.
    public let undo: [UndoKind]
    /// The business conflicts a merge of its records can reveal, if any.
    public let mergeChecks: MergeChecks?

    public init(
        name: String, kinds: [KindDescriptor], configKeys: [ConfigSetting], undo: [UndoKind],
        prepare: (@Sendable (Store, String, Clock) throws -> Void)? = nil, mergeChecks: MergeChecks? = nil
    ) {
        self.name = name
        self.kinds = kinds
        self.configKeys = configKeys
        self.undo = undo
        self.prepare = prepare
        self.mergeChecks = mergeChecks
    }

    /// Every desk, in the order `cs help`, `config show` and `doctor` list them.
    public static let all: [Desk] = [.member, .birthday, .lostfound, .invoice, .complaint]
}
