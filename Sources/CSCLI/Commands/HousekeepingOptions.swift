import CSCore

/// The options and arguments of init, config, log, doctor, export, help and completion.
enum HousekeepingOption {
    static let shards = Option<ShardCount>("shards", valueName: "N",
                                           help: "shards per collection: 256 (default, up to ~250k members), 1024, "
                                               + "or 4096 (a million)")
    static let key = Argument<String>("KEY", help: "a key from 'cs config show'")
    static let value = Argument<String>("VALUE", help: "the new value")
    static let logSince = Option<Day>("since", .date, valueName: "DATE", help: "only changes on or after this day")
    static let logKind = Option<String>("kind", .text, valueName: "KIND",
                                        help: "only this record kind (" + (CommandTree.kinds.map(\.name) + ["file"]).joined(separator: ", ") + ")")
    static let logID = Option<String>("id", .text, valueName: "ID", help: "only this record")
    static let logClerk = Option<String>("by", .text, valueName: "NAME", help: "only changes by this clerk")
    static let repair = Flag("repair",
                             help: "rebuild indexes, finish an interrupted change, remove temp files, fix "
                                 + "permissions; never deletes data")
    static let exportSince = Option<Day>("since", .date, valueName: "DATE",
                                         help: "only records changed on or after this day")
    static let exportSort = Option<String>("sort", .text, valueName: "FIELD",
                                           help: "sort by this field (numbers by value) instead of storage order; "
                                               + "holds the whole export in memory")
    static let out = Option<String>("out", .text, valueName: "FILE",
                                    help: "write to FILE (atomically) instead of standard output; a device or pipe "
                                        + "is written directly")
    static let force = Flag("force",
                            help: "with --out: replace an existing regular file (never a link, directory or special "
                                + "file)")
    static let reveal = Flag("reveal", help: "full ID numbers instead of masked ones (for a move to another system)")
    static let exportKind = Argument<String>("KIND", help: "what to export")
    static let helpCommand = Argument<String>("COMMAND", required: false,
                                              help: "the command (and subcommand) to explain")
    static let helpSubcommand = Argument<String>("SUBCOMMAND", required: false, help: "")
    /// The third level: `cs help birthday gift prepare`.
    static let helpAction = Argument<String>("ACTION", required: false, help: "")
    static let shell = Argument<String>("shell", .choice(["bash", "zsh"]), help: "bash or zsh")
}

/// `cs init --shards`: the shard counts a data directory may be created with.
enum ShardCount: String, CaseIterable, Sendable {
    case s256 = "256"
    case s1024 = "1024"
    case s4096 = "4096"
}

/// The options of `cs backup` and `cs restore`.
enum BackupOption {
    static let to = Required<String>("to", .text, valueName: "DIR",
                                     help: "where to write the copy; must not exist or be empty")
    static let from = Required<String>("from", .text, valueName: "DIR", help: "a directory written by cs backup")
    static let force = Flag("force",
                            help: "replace a data directory that holds data (its current state moves to "
                                + "DIR.before-restore-<time>)")
    static let forceUnverified = Flag("force-unverified",
                                      help: "restore a backup whose SHA256SUMS is missing or does not match (after "
                                          + "checking it by hand)")
}
