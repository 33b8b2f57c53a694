import CSCore

/// A desk as the command line sees it: the core's `Desk` with its command group and what
/// `cs export` can write of it. `CommandTree`, `doctor`, `export`, `log --kind`, completion and
/// the root help read `DeskCommands.all`.
struct DeskCommands: Sendable {
    let desk: Desk
    /// Its command group, built only when a command line reaches it.
    let command: @Sendable () -> CommandSpec
    let exports: @Sendable () -> [ExportKind]
    /// Its section of `cs today`, if it has one.
    var today: (@Sendable (Context) throws -> BoardSection)? = nil

    /// One line per desk, in the order of `Desk.all` (a test checks).
    static let all: [DeskCommands] = [
        DeskCommands(
            desk: .member, command: { MemberCommands.command },
            exports: { [MemberCommands.membersExport, MemberCommands.ledgerExport] }),
        DeskCommands(
            desk: .birthday, command: { BirthdayCommands.command }, exports: { [BirthdayCommands.giftsExport] },
            today: BirthdayCommands.today),
        DeskCommands(
            desk: .lostfound, command: { LostFoundCommands.command }, exports: { [LostFoundCommands.export] },
            today: LostFoundCommands.today),
        DeskCommands(
            desk: .invoice, command: { InvoiceCommands.command }, exports: { [InvoiceCommands.export] },
            today: InvoiceCommands.today),
        DeskCommands(
            desk: .complaint, command: { ComplaintCommands.command },
            exports: { [ComplaintCommands.export] }, today: ComplaintCommands.today),
    ]
}
