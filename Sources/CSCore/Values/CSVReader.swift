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
    /// one record at a time). Works on bytes: every delimiter is ASCII and no byte of a
    /// multi-byte UTF-8 character is, so each field is cut out as bytes and checked to be
    /// UTF-8 once (building fields a scalar at a time was a tenth of an import).
    static func parse(_ b: ArraySlice<UInt8>, firstLine: Int) throws(Failure) -> [Row] {
        var rows = [Row]()
        var field = [UInt8]()
        var fields = [String]()
        var inQuotes = false
        var line = firstLine
        var rowLine = firstLine
        var sawAnything = false
        func endField() throws(Failure) {
            guard let text = String(validating: field, as: UTF8.self) else { throw .invalidUTF8 }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
        }
        var i = b.startIndex
        let end = b.endIndex
        while i < end {
            let c = b[i]
            i += 1
            sawAnything = true
            if inQuotes {
                if c == 0x22 {
                    if i < end && b[i] == 0x22 {
                        field.append(0x22)
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == 0x0A { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case 0x22 where field.isEmpty: inQuotes = true
            case 0x2C: try endField()
            case 0x0D, 0x0A:
                // CRLF, LF or a lone CR end a row.
                if c == 0x0D && i < end && b[i] == 0x0A { i += 1 }
                try endField()
                if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(line: rowLine, fields: fields)) }
                fields.removeAll(keepingCapacity: true)
                line += 1
                rowLine = line
            default: field.append(c)
            }
        }
        if inQuotes { throw .unterminatedQuote(line: rowLine) }
        if sawAnything && (!field.isEmpty || !fields.isEmpty) {
            try endField()
            rows.append(Row(line: rowLine, fields: fields))
        }
        return rows
    }

    /// Undoes the formula guard of cs's export (`'=SUM` → `=SUM`).
    public static func unguarded(_ s: String) -> String {
        // `="13800138000"`: a long digit string kept as text for a spreadsheet.
        if s.hasPrefix("=\""), s.hasSuffix("\""), s.count >= 3 { return String(s.dropFirst(2).dropLast()) }
        guard s.hasPrefix("'"), let second = s.unicodeScalars.dropFirst().first,
            "=+-@\t\r".unicodeScalars.contains(second)
        else {
            return s
        }
        return String(s.dropFirst())
    }
}
