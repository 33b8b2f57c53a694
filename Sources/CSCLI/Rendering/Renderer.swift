import CSCore

/// Turns a result into the bytes of the chosen format.
public struct Renderer: Sendable {
    public var format: OutputFormat
    public var header: Bool
    public var excel: Bool
    public var color: Bool
    public var width: Int?
    public var language: Language

    public init(
        format: OutputFormat, header: Bool = true, excel: Bool = false, color: Bool = false,
        width: Int? = nil, language: Language = .en
    ) {
        self.format = format
        self.header = header
        self.excel = excel
        self.color = color
        self.width = width
        self.language = language
    }

    public func render(_ table: ResultTable) -> String {
        switch format {
        case .table: renderTable(table)
        case .json: renderJSONArray(table)
        case .jsonl: table.rows.map { JSON.object(object(table.columns, $0)).encoded + "\n" }.joined()
        case .csv: Delimited.csv(table, header: header, excel: excel, language: language)
        case .tsv: Delimited.tsv(table, header: header)
        }
    }

    public func renderRecord(_ table: ResultTable) -> String {
        guard let row = table.rows.first else { return "" }
        switch format {
        case .table:
            let headings = table.columns.map { $0.heading(language) }
            let w = headings.map(DisplayWidth.of).max() ?? 0
            var out = ""
            for (c, cell) in zip(headings, row) where cell != .null {
                out +=
                    (color ? "\u{1B}[1m" : "")
                    + DisplayWidth.pad(
                        c,
                        to: w) + (color ? "\u{1B}[0m" : "") + "  " + Renderer.display(cell, language) + "\n"
            }
            return out
        case .json: return JSON.object(object(table.columns, row)).encoded + "\n"
        default: return render(table)
        }
    }

    /// Streaming: what comes before the first row, each row, and what closes the output.
    public func streamHeader(_ columns: [Column]) -> String {
        switch format {
        case .csv:
            let line = Delimited.headerLine(columns, excel: excel, language: language) + (excel ? "\r\n" : "\n")
            return (excel ? "\u{FEFF}" : "") + (header ? line : "")
        case .tsv: return header ? columns.map(\.key).joined(separator: "\t") + "\n" : ""
        case .json: return "["
        default: return ""
        }
    }

    /// One row appended as bytes (the export's hot loop).
    public func appendRow(_ columns: [Column], _ row: [Cell], index: Int, to out: inout [UInt8]) {
        guard format == .csv else {
            out.append(contentsOf: streamRow(columns, row, index: index).utf8)
            return
        }
        for (n, cell) in row.enumerated() {
            if n > 0 { out.append(44) }
            Delimited.appendCSVField(cell, excel: excel, to: &out)
        }
        if excel { out.append(13) }
        out.append(10)
    }

    public func streamRow(_ columns: [Column], _ row: [Cell], index: Int) -> String {
        switch format {
        case .csv:
            return row.map {
                Delimited.csvField(
                    $0,
                    excel: excel)
            }.joined(separator: ",") + (excel ? "\r\n" : "\n")
        case .tsv: return Delimited.tsv(ResultTable(columns: columns, rows: [row]), header: false)
        case .json: return (index == 0 ? "\n  " : ",\n  ") + JSON.object(object(columns, row)).encoded
        default: return JSON.object(object(columns, row)).encoded + "\n"
        }
    }

    public func streamFooter(count: Int) -> String {
        format == .json ? (count == 0 ? "]\n" : "\n]\n") : ""
    }

    func object(_ columns: [Column], _ row: [Cell]) -> JSONObject {
        var o = JSONObject()
        for (c, cell) in zip(columns, row) { o.add(c.key, cell.json) }
        return o
    }

    func renderJSONArray(_ table: ResultTable) -> String {
        var out = "["
        for (n, row) in table.rows.enumerated() {
            out += (n == 0 ? "\n  " : ",\n  ") + JSON.object(object(table.columns, row)).encoded
        }
        return out + (table.rows.isEmpty ? "]\n" : "\n]\n")
    }

    static func display(_ cell: Cell, _ language: Language) -> String {
        if case .bool(let b) = cell { return language == .zh ? (b ? "是" : "否") : (b ? "yes" : "no") }
        if case .label(let en, let zh) = cell { return language == .zh ? zh : en }
        // Tables are one line per row whatever a note contains (a line break shows as ⏎);
        // anything a terminal would act on or hide is shown, not obeyed.
        return VisibleText.escaped(cell.plain)
    }

    /// An aligned table: numbers right-aligned, text left; wide characters count two columns.
    /// When it would overflow `width`, low-value columns are left out first, then free text is
    /// cut with an ellipsis; identifiers and amounts are never cut.
    func renderTable(_ all: ResultTable) -> String {
        let full = all.columns.contains { $0.fit == .dataOnly } ? all.without { $0.fit == .dataOnly } : all
        let table = width.map { fitted(full, to: $0) } ?? full
        let headings = table.columns.map { $0.heading(language) }
        let cells = table.rows.map { $0.map { Renderer.display($0, language) } }
        var widths = headings.map { header ? DisplayWidth.of($0) : 0 }
        for row in cells {
            for (i, c) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], DisplayWidth.of(c)) }
        }
        let numeric = table.columns.indices.map { i in table.rows.contains { i < $0.count && $0[i].isNumeric } }
        if let width {
            let gaps = 2 * max(0, widths.count - 1)
            let shortenable = table.columns.indices.filter { table.columns[$0].fit != .keep && !numeric[$0] }
            while widths.reduce(0, +) + gaps > width {
                guard let widest = shortenable.max(by: { widths[$0] < widths[$1] }), widths[widest] > 6 else { break }
                widths[widest] -= 1
            }
        }
        func line(_ row: [String], bold: Bool) -> String {
            var parts = [String]()
            for (i, c) in row.enumerated() where i < widths.count {
                let cut = DisplayWidth.truncate(c, to: widths[i])
                parts.append(
                    i == row.count - 1 && !numeric[i]
                        ? cut
                        : DisplayWidth.pad(
                            cut, to: widths[i],
                            right: numeric[i]))
            }
            let text = parts.joined(separator: "  ")
            return (bold && color ? "\u{1B}[1m" + text + "\u{1B}[0m" : text) + "\n"
        }
        var out = header ? line(headings, bold: true) : ""
        for row in cells { out += line(row, bold: false) }
        return out
    }

    /// The table made to fit `width` losing the least: moments shown to the minute, then columns
    /// no row fills, then droppable columns lowest rank first (or until none is left to drop).
    func fitted(_ table: ResultTable, to width: Int) -> ResultTable {
        func needed(_ t: ResultTable) -> Int {
            var total = 2 * max(0, t.columns.count - 1)
            for (i, c) in t.columns.enumerated() {
                var w = header ? DisplayWidth.of(c.heading(language)) : 0
                for row in t.rows where i < row.count {
                    w = max(w, DisplayWidth.of(Renderer.display(row[i], language)))
                }
                total += w
            }
            return total
        }
        var t = table
        guard needed(t) > width else { return t }
        // First what costs nothing: moments to the minute, then columns no row fills.
        t.rows = t.rows.map { $0.map(\.compact) }
        if !t.rows.isEmpty {
            let empty = t.columns.indices.filter { i in t.rows.allSatisfy { i >= $0.count || $0[i].plain.isEmpty } }
            let keys = Set(empty.map { t.columns[$0].key })
            if needed(t) > width { t = t.without { keys.contains($0.key) } }
        }
        let droppable = t.columns.enumerated().compactMap { i, c -> (rank: Int, key: String)? in
            if case .drop(let rank) = c.fit { return (rank, c.key) }
            return nil
        }.sorted { $0.rank < $1.rank }
        for d in droppable where needed(t) > width { t = t.without { $0.key == d.key } }
        return t
    }
}
