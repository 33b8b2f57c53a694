import CSCore

/// One cell of a result. Its kind decides how each format writes it: money is a two-place
/// decimal string everywhere, numbers are never quoted or formula-escaped.
public enum Cell: Sendable, Equatable {
    case text(String)
    case int(Int64)
    case money(Money)
    case bool(Bool)
    /// A stable value (`gold`) that a person reads in their language (金卡): JSON, CSV and
    /// --field keep the value, tables show the label.
    case label(String, zh: String)
    /// A nested document (a journal line's before/after): an object in JSON, its compact JSON
    /// text in CSV and tables.
    case json(JSON)
    /// A moment: its ISO text with the zone in JSON, CSV and wide tables; a table too wide
    /// for the terminal shows it to the minute (`2026-11-23 20:54`), the desk's wall clock.
    case time(Instant)
    case null

    public static func text(_ s: String?) -> Cell { s.map { .text($0) } ?? .null }
    public static func day(_ d: Day?) -> Cell { d.map { .text($0.iso) } ?? .null }
    public static func instant(_ t: Instant?) -> Cell { t.map { .time($0) } ?? .null }

    /// A nested document or list (a chain of custody), which a table line cannot hold.
    var isDocument: Bool {
        if case .json(let j) = self, j.object != nil || j.array != nil { return true }
        return false
    }

    var plain: String {
        switch self {
        case .text(let s): s
        case .label(let s, _): s
        case .int(let v): String(v)
        case .money(let m): m.decimal
        case .bool(let b): b ? "yes" : "no"
        case .json(let j): j == .null ? "" : j.encoded
        case .time(let t): t.iso
        case .null: ""
        }
    }

    /// Numbers (and money) by value, anything else by its text's UTF-8 bytes (a fixed order
    /// whatever the locale); an empty cell first.
    /// −1, 0 or 1 as `a` sorts before, with or after `b`.
    static func compare(_ a: Cell, _ b: Cell) -> Int {
        func number(_ c: Cell) -> Int64? {
            switch c {
            case .int(let v): v
            case .money(let m): m.fen
            default: nil
            }
        }
        if let x = number(a), let y = number(b) { return x < y ? -1 : x > y ? 1 : 0 }
        let x = a.plain.utf8
        let y = b.plain.utf8
        if x.lexicographicallyPrecedes(y) { return -1 }
        return y.lexicographicallyPrecedes(x) ? 1 : 0
    }

    /// The cell as a narrow table shows it: a moment to the minute, without its zone.
    var compact: Cell {
        guard case .time(let t) = self else { return self }
        return .text(t.short)
    }

    /// Written as the text it is (a moment's ISO text too), so `--excel` guards it alike.
    var isText: Bool {
        switch self {
        case .text, .time: true
        default: false
        }
    }

    var isNumeric: Bool {
        switch self {
        case .int, .money: true
        default: false
        }
    }

    var json: JSON {
        switch self {
        case .text(let s), .label(let s, _): .string(s)
        case .int(let v): .int(v)
        case .money(let m): .string(m.decimal)
        case .bool(let b): .bool(b)
        case .json(let j): j
        case .time(let t): .string(t.iso)
        case .null: .null
        }
    }
}

/// A column: its stable field name (camelCase, the pipelines' interface) and its headings.
public struct Column: Sendable {
    public let key: String
    public let header: String
    public let headerZh: String
    public let fit: Fit

    /// What a narrow terminal may do to the column. An identifier or an amount is never cut:
    /// a shortened card number or balance is worse than none.
    public enum Fit: Sendable, Equatable {
        /// Never shortened (cards, phones, ids); numbers are never shortened either.
        case keep
        /// Free text, shortened with an ellipsis when the table does not fit.
        case shorten
        /// Left out when the table does not fit, lowest rank first, before anything is cut.
        case drop(rank: Int)
        /// Only in JSON, JSONL, CSV and TSV: a whole document no table row can hold.
        case dataOnly
    }

    public init(_ key: String, _ header: String, _ headerZh: String, fit: Fit = .shorten) {
        self.key = key
        self.header = header
        self.headerZh = headerZh
        self.fit = fit
    }

    func heading(_ language: Language) -> String { language == .zh ? headerZh : header }
}

/// The one result model every listing produces; each output format renders it.
public struct ResultTable: Sendable {
    public var columns: [Column]
    public var rows: [[Cell]]
    /// Documents that could not be read and were left out: the listing still works, and the
    /// clerk is told on stderr (exit status stays 0) so nothing is silently missing.
    public var skipped: [DocumentProblem] = []

    public init(columns: [Column], rows: [[Cell]] = [], skipped: [DocumentProblem] = []) {
        self.columns = columns
        self.rows = rows
        self.skipped = skipped
    }
}

/// What a command hands back to be printed.
public enum CommandOutput: Sendable {
    /// Rows: a table, or an array in JSON.
    case table(ResultTable)
    /// One record: key/value lines in a table, an object in JSON.
    case record(ResultTable)
    /// One record, and beneath it in a table lines for a person (an item's chain of custody);
    /// JSON, CSV and --field give the record alone, whose fields hold the same facts.
    case detail(ResultTable, lines: [String])
    /// Something created: `-q` prints just the id; JSON prints the record when given.
    case created(id: String, message: String, record: ResultTable?)
    /// Rows produced one batch at a time (exports): written out as they come in every format
    /// but the aligned table, so a million rows never sit in memory at once.
    case rows(columns: [Column], produce: @Sendable (_ emit: ([[Cell]]) throws -> Void) throws -> Void)
    /// Text printed as it is (slips, greetings, help).
    case text(String)
    /// A check's report: text plus the exit status it implies.
    case report(String, ExitStatus)
    /// Words for the clerk (table format) or the same facts as data (JSON, CSV…): the runner
    /// chooses by the format, the command does not. `record`: one row shown as an object.
    /// `quiet`: what `-q` prints instead (the board's overdue count); without it `-q` is refused.
    case summary(text: String, data: ResultTable, record: Bool, status: ExitStatus, quiet: String? = nil)
    case nothing
}

extension ResultTable {
    /// The table without the columns `drop` picks (and their cells).
    func without(_ drop: (Column) -> Bool) -> ResultTable {
        let keep = columns.indices.filter { !drop(columns[$0]) }
        var t = self
        t.columns = keep.map { columns[$0] }
        t.rows = rows.map { row in keep.compactMap { $0 < row.count ? row[$0] : nil } }
        return t
    }
}
