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
        OptionSpec(
            "data-dir", .text, valueName: "DIR",
            help: "data directory (CS_DATA_DIR; default $XDG_DATA_HOME/cs or ~/.local/share/cs)",
            zh: "数据目录(CS_DATA_DIR;默认 $XDG_DATA_HOME/cs 或 ~/.local/share/cs)"),
        OptionSpec(
            "clerk", .text, valueName: "NAME", help: "who is at the desk (CS_CLERK; default the login name)",
            zh: "当班经办人(CS_CLERK;默认登录名)"),
        OptionSpec(
            "format", .choice(OutputFormat.allCases.map(\.rawValue)), valueName: "FMT",
            help: "output: table, json, jsonl, csv or tsv",
            zh: "输出格式:table、json、jsonl、csv 或 tsv"),
        .flag("json", help: "same as --format json", zh: "同 --format json"),
        .flag("jsonl", help: "same as --format jsonl", zh: "同 --format jsonl"),
        .flag("csv", help: "same as --format csv", zh: "同 --format csv"),
        .flag("tsv", help: "same as --format tsv", zh: "同 --format tsv"),
        .flag("no-header", help: "leave out the header row of tables and CSV", zh: "表格和 CSV 不输出表头行"),
        .flag(
            "excel", help: "CSV for Excel: UTF-8 BOM and CRLF line ends",
            zh: "供 Excel 打开的 CSV:UTF-8 BOM、CRLF 换行、长数字保持为文本"),
        OptionSpec(
            "color", .choice(ColorChoice.allCases.map(\.rawValue)), valueName: "WHEN",
            help: "colour: auto (only on a terminal), always, never",
            zh: "颜色:auto(仅终端)、always、never"),
        OptionSpec(
            "lang", .choice(Language.allCases.map(\.rawValue)), valueName: "LANG",
            help: "message language: en or zh (CS_LANG, LC_ALL, LANG)",
            zh: "提示语言:en 或 zh(CS_LANG、LC_ALL、LANG)"),
        .flag("quiet", short: "q", help: "print only the essential result (the new id)", zh: "只输出关键结果(新建记录的编号)"),
        .flag(
            "strict", help: "exit 3 when a listing had to leave damaged documents out (cron, pipelines)",
            zh: "列表因文档损坏而不完整时退出状态为 3(供 cron 和管道)"),
        OptionSpec(
            "field", .text, valueName: "NAME",
            help: "print only this field's bare value, one line per record (card=$(cs member show P --field "
                + "card))",
            zh: "只输出此字段的值,每条记录一行(card=$(cs member show P --field card))"),
        .flag("help", short: "h", help: "show help for the command", zh: "显示命令帮助"),
        .flag("version", help: "print the version", zh: "显示版本"),
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
