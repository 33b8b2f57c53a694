import CSCore

/// The whole command surface, one declaration per command.
public enum CommandTree {
    public static let root = CommandSpec(
        "cs",
        // Names no desk: the list below is the desks, and a new desk must not have to touch this line.
        summary: "cs — the customer-service desk on the command line, one command per desk of the service center",
        zh: "cs — 客服中心命令行工具:服务中心的每个业务台一个命令",
        children: DeskCommands.all.map { Subcommand(name: $0.desk.name, build: $0.command) } + [
            Subcommand(name: "today") { TodayCommand.command },
            Subcommand(name: "report") { ReportCommand.command },
            Subcommand(name: "init") { Housekeeping.initCommand },
            Subcommand(name: "config") { Housekeeping.configCommand },
            Subcommand(name: "log") { Housekeeping.logCommand },
            Subcommand(name: "undo") { Housekeeping.undoCommand },
            Subcommand(name: "doctor") { Housekeeping.doctorCommand },
            Subcommand(name: "export") { Housekeeping.exportCommand },
            Subcommand(name: "backup") { BackupCommands.backup },
            Subcommand(name: "restore") { BackupCommands.restore },
            Subcommand(name: "sync") { SyncCommands.command },
            Subcommand(name: "help") { Housekeeping.helpCommand },
            Subcommand(name: "completion") { Housekeeping.completionCommand },
        ])

    /// The record kinds the doctor examines: every desk's.
    public static let kinds: [KindDescriptor] = Desk.all.flatMap(\.kinds) + SyncKinds.all

    /// The kinds `cs export` can write: every desk's, and the journal.
    static let exports: [ExportKind] = DeskCommands.all.flatMap { $0.exports() } + [Housekeeping.journalExport]
}

/// What `cs export` was asked for.
struct ExportOptions: Sendable {
    let since: Day?
    /// Full ID numbers, for a backup or a move to another system; masked otherwise.
    let reveal: Bool
}

/// One thing `cs export` can write: its name and how to produce its rows.
struct ExportKind: Sendable {
    let name: String
    let columns: [Column]
    /// Emits the rows a shard at a time (storage order), so exports stream.
    let produce: @Sendable (Context, ExportOptions, _ emit: ([[Cell]]) throws -> Void) throws -> Void

    /// The same export ordered by one of its fields (numbers by value, text by its UTF-8 bytes,
    /// ties in storage order): gathered whole, then emitted.
    func sorted(by field: String) throws -> ExportKind {
        guard let i = columns.firstIndex(where: { $0.key == field }) else {
            let keys = columns.map(\.key).joined(separator: "|")
            throw UsageError.invalidValue("--sort", value: field, accepted: Text(en: keys, zh: keys))
        }
        let produce = self.produce
        return ExportKind(name: name, columns: columns) { ctx, options, emit in
            var rows = [[Cell]]()
            try produce(ctx, options) { rows += $0 }
            let order = rows.indices.sorted { a, b in
                let c = Cell.compare(rows[a][i], rows[b][i])
                return c != 0 ? c < 0 : a < b
            }
            try emit(order.map { rows[$0] })
        }
    }
}
