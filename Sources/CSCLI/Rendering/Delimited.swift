/// CSV (RFC 4180) and TSV. Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`,
/// tab, CR) gets a leading `'`; numbers never do, so `-50` points stay a number.
public enum Delimited {
    static func neutralized(_ cell: Cell) -> String {
        let s = cell.plain
        guard case .text = cell, let first = s.unicodeScalars.first else { return s }
        return "=+-@\t\r".unicodeScalars.contains(first) ? "'" + s : s
    }

    public static func csvField(_ cell: Cell) -> String {
        let s = neutralized(cell)
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
        return "\"" + s.replacingAll("\"", with: "\"\"") + "\""
    }

    /// Plain CSV is BOM-free with LF for pipelines; `excel` adds the UTF-8 BOM and CRLF so
    /// Chinese opens ungarbled in Excel.
    public static func csv(_ table: ResultTable, header: Bool, excel: Bool) -> String {
        let eol = excel ? "\r\n" : "\n"
        var out = excel ? "\u{FEFF}" : ""
        if header { out += table.columns.map { csvField(.text($0.key)) }.joined(separator: ",") + eol }
        for row in table.rows { out += row.map(csvField).joined(separator: ",") + eol }
        return out
    }

    /// TSV has no quoting, so tabs and line breaks inside a value become spaces.
    public static func tsv(_ table: ResultTable, header: Bool) -> String {
        func field(_ c: Cell) -> String {
            neutralized(c).map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : String($0) }.joined()
        }
        var out = header ? table.columns.map(\.key).joined(separator: "\t") + "\n" : ""
        for row in table.rows { out += row.map(field).joined(separator: "\t") + "\n" }
        return out
    }
}
