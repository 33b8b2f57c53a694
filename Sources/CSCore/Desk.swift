/// One desk of the service center as the core sees it: its records, its settings, what
/// `cs init` prepares for it, how `cs undo` takes its changes back and what a merge of its
/// records can reveal. The doctor, backup, `config`, `init`, `undo` and sync read `Desk.all`;
/// the CLI pairs each desk with its commands (`DeskCommands`). Adding a desk: the checklist in
/// `Sources/CSCore/README.md`.
public struct Desk: Sendable {
    public let name: String
    /// The records the doctor examines and repairs (and backup copies).
    public var kinds: [KindDescriptor] { makeKinds() }
    /// Its settings, in `config show` order.
    public var configKeys: [ConfigSetting] { makeConfigKeys() }
    /// What `cs init` does for it on a new data directory, if anything.
    public let prepare: (@Sendable (Store, _ clerk: String, Clock) throws -> Void)?
    /// How `cs undo` takes back a change to each of its journalled kinds.
    public var undo: [UndoKind] { makeUndo() }
    /// The business conflicts a merge of its records can reveal, if any.
    public var mergeChecks: MergeChecks? { makeMergeChecks() }

    // Built when first asked for, not when the desk list is: every command names every desk
    // (the command tree lists them), and building all their kinds, settings, undo rules and merge checks was
    // a tenth of an earn's time, spent on four desks the earn never touches.
    private let makeKinds: @Sendable () -> [KindDescriptor]
    private let makeConfigKeys: @Sendable () -> [ConfigSetting]
    private let makeUndo: @Sendable () -> [UndoKind]
    private let makeMergeChecks: @Sendable () -> MergeChecks?

    public init(
        name: String, kinds: @autoclosure @escaping @Sendable () -> [KindDescriptor],
        configKeys: @autoclosure @escaping @Sendable () -> [ConfigSetting],
        undo: @autoclosure @escaping @Sendable () -> [UndoKind],
        prepare: (@Sendable (Store, String, Clock) throws -> Void)? = nil,
        mergeChecks: @autoclosure @escaping @Sendable () -> MergeChecks? = nil
    ) {
        self.name = name
        self.makeKinds = kinds
        self.makeConfigKeys = configKeys
        self.makeUndo = undo
        self.prepare = prepare
        self.makeMergeChecks = mergeChecks
    }

    /// Every desk, in the order `cs help`, `config show` and `doctor` list them.
    public static let all: [Desk] = [
        .member, .birthday, .lostfound, .invoice, .complaint, .lend, .keep, .followup, .ask,
    ]
}
