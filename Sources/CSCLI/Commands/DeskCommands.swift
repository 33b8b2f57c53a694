import CSCore

/// A desk as the command line sees it: the core's `Desk` with its command group, what
/// `cs export` can write of it, its board section and its messages. Each desk's value is in its
/// folder (`<Desk>/<Desk>Commands+Desk.swift`); `CommandTree`, `doctor`, `export`, `log --kind`,
/// completion, the root help, `today` and the message catalog read `DeskCommands.all`.
struct DeskCommands: Sendable {
    let desk: Desk
    /// Its command group, built only when a command line reaches it.
    let command: @Sendable () -> CommandSpec
    let exports: @Sendable () -> [ExportKind]
    /// Its section of `cs today`, if it has one.
    var today: (@Sendable (Context) throws -> BoardSection)? = nil
    /// A conflict its merge checks found, in the clerk's words (nil: not one of its own).
    var conflict: (@Sendable (SyncConflict, Catalog) -> String?)? = nil
    /// Every message key of the desk (the catalog's tests compare their two languages).
    let messages: @Sendable () -> [MessageKey]
    /// Its record kinds as a clerk reads them in Chinese (`doctor`, `log`, `undo`); JSON keeps the
    /// kind's stable name.
    var kindNames: [String: String] = [:]

    /// One line per desk, in the order of `Desk.all` (a test checks).
    static let all: [DeskCommands] = [
        .member, .birthday, .lostfound, .invoice, .complaint, .lend, .keep, .followup, .ask,
    ]
}
