/// RFC 4180 CSV as spreadsheets and older systems write it: quoted fields with doubled quotes,
/// CRLF or LF, an optional UTF-8 BOM (Excel's "CSV UTF-8"), and the `'` that cs's own export
/// puts before formula-like text is taken off again.
public enum CSVReader {
    public struct Row: Sendable {
        public let line: Int
        public let fields: [String]
    }

    public enum Failure: Error, Sendable, Equatable {
        case invalidUTF8
        case unterminatedQuote(line: Int)
    }

    public static func parse(_ bytes: [UInt8]) throws(Failure) -> [Row] {
        var b = bytes[...]
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { b = b.dropFirst(3) }
        return try parse(b, firstLine: 1)
    }

    /// The rows of a piece of a file that starts on line `firstLine` (`CSVStream` hands it
    /// one record at a time).
    static func parse(_ b: ArraySlice<UInt8>, firstLine: Int) throws(Failure) -> [Row] {
        guard let text = String(validating: b, as: UTF8.self) else { throw .invalidUTF8 }
        var rows = [Row]()
        var field = ""
        var fields = [String]()
        var inQuotes = false
        var line = firstLine
        var rowLine = firstLine
        var it = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending {
                pending = nil
                return p
            }
            return it.next()
        }
        var sawAnything = false
        while let c = next() {
            sawAnything = true
            if inQuotes {
                if c == "\"" {
                    if let d = next() {
                        if d == "\"" { field.unicodeScalars.append("\"") } else {
                            inQuotes = false
                            pending = d
                        }
                    } else { inQuotes = false }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty: inQuotes = true
            case ",":
                fields.append(field)
                field = ""
            case "\r":
                if let d = next(), d != "\n" { pending = d }
                fallthrough
            case "\n":
                fields.append(field)
                field = ""
                if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(line: rowLine, fields: fields)) }
                fields = []
                line += 1
                rowLine = line
            default: field.unicodeScalars.append(c)
            }
        }
        if inQuotes { throw .unterminatedQuote(line: rowLine) }
        if sawAnything && (!field.isEmpty || !fields.isEmpty) {
            fields.append(field)
            rows.append(Row(line: rowLine, fields: fields))
        }
        return rows
    }

    /// Undoes the formula guard of cs's export (`'=SUM` → `=SUM`).
    public static func unguarded(_ s: String) -> String {
        // `="13800138000"`: a long digit string kept as text for a spreadsheet.
        if s.hasPrefix("=\""), s.hasSuffix("\""), s.count >= 3 { return String(s.dropFirst(2).dropLast()) }
        guard s.hasPrefix("'"), let second = s.unicodeScalars.dropFirst().first, "=+-@\t\r".unicodeScalars.contains(second) else {
            return s
        }
        return String(s.dropFirst())
    }
}
