import CSCore

/// CSV (RFC 4180) and TSV. Plain CSV and TSV are lossless: what is stored is what is written
/// (pipelines, sqlite3, the SMS gateway). `--excel` CSV is for people opening it in a
/// spreadsheet: text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR) gets a
/// leading `'`, and long digit strings (cards, phones, ID numbers) are written `="…"` so they
/// stay text instead of becoming 4.40106E+17; numbers are never touched.
public enum Delimited {
    public static func csvField(_ cell: Cell, excel: Bool = false) -> String {
        var out = [UInt8]()
        appendCSVField(cell, excel: excel, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The text as a spreadsheet should see it. Text of digits and `: - / . X` (a card, an ID
    /// number, a room, an invoice stock id `044001900111:00001001` a spreadsheet reads as a time)
    /// is kept text; a date `YYYY-MM-DD` or month `YYYY-MM` is left for the spreadsheet to read.
    static func forSpreadsheet(_ s: String) -> String {
        let u = s.utf8
        guard let first = u.first else { return s }
        let digit = { (c: UInt8) in c >= 48 && c <= 57 }
        let idLike =
            digit(first) && u.allSatisfy { digit($0) || $0 == 58 || $0 == 45 || $0 == 47 || $0 == 46 || $0 == 88 }
        // A day, or a month (`2026-11`, the report's row): the spreadsheet's own date.
        let date = u.count == 10 && Day(iso: s) != nil || u.count == 7 && Day(iso: s + "-01") != nil
        if idLike && !date { return "=\"" + s + "\"" }
        if first == 61 || first == 43 || first == 45 || first == 64 || first == 9 || first == 13 { return "'" + s }
        return s
    }

    /// The field's bytes, quoted when it holds `,` `"` CR or LF (bytes, not Characters: an
    /// export renders millions of cells).
    public static func appendCSVField(_ cell: Cell, excel: Bool = false, to out: inout [UInt8]) {
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
        if excel, cell.isText { s = forSpreadsheet(s) }
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
    public static func csv(_ table: ResultTable, header: Bool, excel: Bool, language: Language = .en) -> String {
        let eol: [UInt8] = excel ? [13, 10] : [10]
        var out = [UInt8]()
        if excel { out.append(contentsOf: "\u{FEFF}".utf8) }
        if header { out.append(contentsOf: headerLine(table.columns, excel: excel, language: language).utf8 + eol) }
        // One buffer a piece, pieces on every core: a String per cell dominated a listing of
        // thousands of rows.
        let pieces = ParallelShards.mapInPieces(table.rows) { rows in
            var bytes = [UInt8]()
            for row in rows {
                for (i, cell) in row.enumerated() {
                    if i > 0 { bytes.append(44) }
                    appendCSVField(cell, excel: excel, to: &bytes)
                }
                bytes.append(contentsOf: eol)
            }
            return bytes
        }
        for piece in pieces { out.append(contentsOf: piece) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The stable field names; for people (`--excel --lang zh`), the Chinese headings.
    static func headerLine(_ columns: [Column], excel: Bool, language: Language) -> String {
        columns.map { csvField(.text(excel && language == .zh ? $0.heading(language) : $0.key)) }.joined(separator: ",")
    }

    /// TSV has no quoting: a tab, line break or backslash inside a value is written `\t`, `\n`,
    /// `\r`, `\\` (PostgreSQL's COPY text format), so TSV stays lossless, one line per record.
    public static func tsv(_ table: ResultTable, header: Bool) -> String {
        func field(_ c: Cell) -> String {
            let s = c.plain
            guard s.unicodeScalars.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\\" }) else {
                return s
            }
            var out = ""
            for u in s.unicodeScalars {
                switch u {
                case "\t": out += "\\t"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\\": out += "\\\\"
                default: out.unicodeScalars.append(u)
                }
            }
            return out
        }
        var out = header ? table.columns.map(\.key).joined(separator: "\t") + "\n" : ""
        for row in table.rows { out += row.map(field).joined(separator: "\t") + "\n" }
        return out
    }
}
