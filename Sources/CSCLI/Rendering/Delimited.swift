/// CSV (RFC 4180) and TSV. Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`,
/// tab, CR) gets a leading `'`; numbers never do, so `-50` points stay a number.
public enum Delimited {
    static func neutralized(_ cell: Cell) -> String {
        let s = cell.plain
        guard case .text = cell, let first = s.unicodeScalars.first else { return s }
        return "=+-@\t\r".unicodeScalars.contains(first) ? "'" + s : s
    }

    public static func csvField(_ cell: Cell) -> String {
        var out = [UInt8]()
        appendCSVField(cell, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The field's bytes, quoted when it holds `,` `"` CR or LF (bytes, not Characters: an
    /// export renders millions of cells).
    public static func appendCSVField(_ cell: Cell, to out: inout [UInt8]) {
        switch cell {
        case .int(let v):
            out.append(contentsOf: String(v).utf8)
            return
        case .money(let m):
            out.append(contentsOf: m.decimal.utf8)
            return
        case .null: return
        default: break
        }
        var s = cell.plain
        if case .text = cell, let first = s.utf8.first, first == 61 || first == 43 || first == 45 || first == 64
            || first == 9 || first == 13 {
            s = "'" + s
        }
        s.withUTF8 { u in
            var plain = true
            for c in u where c == 44 || c == 34 || c == 10 || c == 13 {
                plain = false
                break
            }
            if plain {
                out.append(contentsOf: u)
                return
            }
            out.append(34)
            for c in u {
                if c == 34 { out.append(34) }
                out.append(c)
            }
            out.append(34)
        }
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
