import CSCore

/// Output formats of every listing.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, json, jsonl, csv, tsv
}

public enum ColorChoice: String, Sendable, CaseIterable { case auto, always, never }

/// The options every command accepts, before or after the command words.
public struct GlobalOptions: Sendable, Equatable {
    public var dataDirectory: String?
    public var clerk: String?
    public var format: OutputFormat = .table
    public var noHeader = false
    public var excel = false
    public var color: ColorChoice = .auto
    public var language: Language?
    public var quiet = false
    /// `--field NAME`: only that field's bare value(s), one per line, for scripts.
    public var field: String?
    /// `--strict`: a listing that had to leave damaged documents out exits 3 (for cron).
    public var strict = false
    public var help = false
    public var version = false

    public init() {}

    public static let specs: [OptionSpec] = [
        OptionSpec("data-dir", .text, valueName: "DIR",
                   help: "data directory (CS_DATA_DIR; default $XDG_DATA_HOME/cs or ~/.local/share/cs)"),
        OptionSpec("clerk", .text, valueName: "NAME", help: "who is at the desk (CS_CLERK; default the login name)"),
        OptionSpec("format", .choice(OutputFormat.allCases.map(\.rawValue)), valueName: "FMT",
                   help: "output: table, json, jsonl, csv or tsv"),
        .flag("json", help: "same as --format json"),
        .flag("jsonl", help: "same as --format jsonl"),
        .flag("csv", help: "same as --format csv"),
        .flag("tsv", help: "same as --format tsv"),
        .flag("no-header", help: "leave out the header row of tables and CSV"),
        .flag("excel", help: "CSV for Excel: UTF-8 BOM and CRLF line ends"),
        OptionSpec("color", .choice(ColorChoice.allCases.map(\.rawValue)), valueName: "WHEN",
                   help: "colour: auto (only on a terminal), always, never"),
        OptionSpec("lang", .choice(Language.allCases.map(\.rawValue)), valueName: "LANG",
                   help: "message language: en or zh (CS_LANG, LC_ALL, LANG)"),
        .flag("quiet", short: "q", help: "print only the essential result (the new id)"),
        .flag("strict", help: "exit 3 when a listing had to leave damaged documents out (cron, pipelines)"),
        OptionSpec("field", .text, valueName: "NAME",
                   help: "print only this field's bare value, one line per record (card=$(cs member show P --field "
                       + "card))"),
        .flag("help", short: "h", help: "show help for the command"),
        .flag("version", help: "print the version"),
    ]

    mutating func apply(_ name: String, _ value: ParsedValue) {
        switch (name, value) {
        case ("data-dir", .text(let s)): dataDirectory = s
        case ("clerk", .text(let s)): clerk = s
        case ("format", .text(let s)): format = OutputFormat(rawValue: s) ?? .table
        case ("json", _): format = .json
        case ("jsonl", _): format = .jsonl
        case ("csv", _): format = .csv
        case ("tsv", _): format = .tsv
        case ("no-header", _): noHeader = true
        case ("excel", _):
            excel = true
            if format == .table { format = .csv }
        case ("color", .text(let s)): color = ColorChoice(rawValue: s) ?? .auto
        case ("lang", .text(let s)): language = Language(rawValue: s)
        case ("quiet", _): quiet = true
        case ("field", .text(let s)): field = s
        case ("strict", _): strict = true
        case ("help", _): help = true
        case ("version", _): version = true
        default: break
        }
    }
}
