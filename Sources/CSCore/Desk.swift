/// One desk of the service center as the core sees it: its records, its settings and what
/// `cs init` prepares for it. The CLI pairs each with its commands (`DeskCommands`).
///
/// A new desk writes (the checklist; see also `Sources/CSCore/README.md`):
/// 1. its folder `Sources/CSCore/<Desk>/`: records, rules, errors, `<Desk>Config.swift`
///    (typed `ConfigKey`s), its `KindDescriptor`s;
/// 2. one line in `Desk.all` below, and one in `DeskCommands.all` (CSCLI) — a test checks they
///    agree;
/// 3. its command file `Sources/CSCLI/Commands/<Desk>Commands.swift` and `<Desk>Options.swift`;
/// 4. its message enum (one case in `MessageKey`) and texts (one line in `MessageKey.text`);
///    `man/cs-<desk>.1`; its tests, its campaign phase and `cs-bench` rows; its cron lines and
///    README tour.
public struct Desk: Sendable {
    public let name: String
    /// The records the doctor examines and repairs (and backup copies).
    public let kinds: [KindDescriptor]
    /// Its settings, in `config show` order.
    public let configKeys: [ConfigKey]
    /// What `cs init` does for it on a new data directory, if anything.
    public let prepare: (@Sendable (Store, _ clerk: String, Clock) throws -> Void)?
    /// How `cs undo` takes back a change to each of its journalled kinds.
    public let undo: [UndoKind]

    public init(
        name: String, kinds: [KindDescriptor], configKeys: [ConfigKey], undo: [UndoKind],
        prepare: (@Sendable (Store, String, Clock) throws -> Void)? = nil
    ) {
        self.name = name
        self.kinds = kinds
        self.configKeys = configKeys
        self.undo = undo
        self.prepare = prepare
    }

    /// Every desk, in the order `cs help`, `config show` and `doctor` list them.
    public static let all: [Desk] = [.member, .birthday, .lostfound, .invoice, .complaint]
}

extension Desk {
    public static let member = Desk(
        name: "member", kinds: MemberKinds.all, configKeys: ConfigKey.member,
        undo: [.restoring(Member.self), .offsetting(LedgerEntry.self, by: MemberDesk.offset)])

    /// A new data directory has an (empty) birthday-month index that is complete.
    public static let birthday = Desk(
        name: "birthday", kinds: BirthdayKinds.all, configKeys: ConfigKey.birthday,
        undo: [.restoring(Gift.self)],
        prepare: { store, clerk, clock in
            try store.markBirthdayIndexBuilt(
                clerk: clerk,
                clock: clock)
        })

    public static let lostfound = Desk(
        name: "lostfound", kinds: LostFoundKinds.all, configKeys: ConfigKey.lostfound,
        undo: [.restoring(LostItem.self)])

    public static let invoice = Desk(
        name: "invoice", kinds: InvoiceKinds.all, configKeys: ConfigKey.invoice,
        undo: [
            .restoring(Invoice.self), .restoring(InvoiceStock.self),
            .restoring(InvoiceGap.self), .restoring(InvoiceHandover.self),
        ])

    public static let complaint = Desk(
        name: "complaint", kinds: ComplaintKinds.all, configKeys: ConfigKey.complaint,
        undo: [.restoring(Complaint.self)])
}
