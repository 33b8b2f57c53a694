#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Cheap tests on a document's bytes, run before parsing it, so a scan that wants one month
/// of birthdays or one name parses only the lines that can match. They rely on the shape cs
/// writes (compact JSON, `"key":"value"`); a false positive only costs a parse, and every
/// line that passes is still decoded and checked properly.
public enum LineFilter {
    /// Searches with memchr for the needle's rarest-looking byte (a letter rather than the
    /// `,` and `"` every field has), then compares the whole needle around it.
    public static func find(_ line: ArraySlice<UInt8>, _ needle: [UInt8]) -> Int? {
        guard !needle.isEmpty, line.count >= needle.count else { return needle.isEmpty ? line.startIndex : nil }
        let anchor = needle.firstIndex { ($0 >= 97 && $0 <= 122) || $0 >= 128 } ?? 0
        return line.withUnsafeBytes { hay in
            needle.withUnsafeBytes { n in
                guard let base = hay.baseAddress, let wanted = n.baseAddress else { return nil }
                let byte = Int32(n[anchor])
                var offset = anchor
                let last = hay.count - n.count + anchor
                while offset <= last {
                    guard let p = memchr(base + offset, byte, last - offset + 1) else { return nil }
                    let at = base.distance(to: UnsafeRawPointer(p)) - anchor
                    if memcmp(base + at, wanted, n.count) == 0 { return line.startIndex + at }
                    offset = at + anchor + 1
                }
                return nil
            }
        }
    }

    /// The raw bytes of a top-level string field's value (between the quotes), if present and
    /// written without escapes; nil otherwise (the caller then decodes the line).
    public static func stringField(_ line: ArraySlice<UInt8>, _ key: String) -> ArraySlice<UInt8>? {
        stringField(line, needle: needle(key))
    }

    /// `,"key":"`: build it once, outside the loop over lines.
    public static func needle(_ key: String) -> [UInt8] { Array(",\"\(key)\":\"".utf8) }

    public static func stringField(_ line: ArraySlice<UInt8>, needle: [UInt8]) -> ArraySlice<UInt8>? {
        guard let at = find(line, needle) else { return nil }
        var i = at + needle.count
        let start = i
        while i < line.endIndex, line[i] != 34 {
            if line[i] == 92 { return nil }
            i += 1
        }
        return i < line.endIndex ? line[start..<i] : nil
    }

    /// ASCII case-insensitive substring test (non-ASCII bytes compare exactly, as Chinese has
    /// no case).
    public static func containsFolded(_ hay: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard hay.count >= needle.count else { return false }
        let n = needle.map(fold)
        var i = hay.startIndex
        let last = hay.endIndex - n.count
        outer: while i <= last {
            for k in 0..<n.count where fold(hay[i + k]) != n[k] {
                i += 1
                continue outer
            }
            return true
        }
        return false
    }

    @inline(__always) static func fold(_ c: UInt8) -> UInt8 { c >= 65 && c <= 90 ? c + 32 : c }
}

/// Text looked for in documents' bytes before they are parsed (a name, a search): lowercased,
/// and only where the bytes can be trusted — JSON writes the text as it is (no quote,
/// backslash or control character to escape) and its case folding is ASCII's. Text without
/// Latin letters (Chinese) is found with memchr; letters are compared folded.
public struct FoldedNeedle: Sendable {
    let bytes: [UInt8]
    let caseless: Bool

    /// nil when a byte test could miss a match: the caller then parses every line.
    public init?(_ lowercased: String) {
        let plain = lowercased.unicodeScalars.allSatisfy { s in
            (s.isASCII || !s.properties.changesWhenCaseMapped) && s != "\"" && s != "\\" && s.value >= 0x20
        }
        guard plain, !lowercased.isEmpty else { return nil }
        bytes = Array(lowercased.utf8)
        caseless = !bytes.contains { ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) }
    }

    /// Whether `hay` may hold the text (never false when it does).
    public func isIn(_ hay: ArraySlice<UInt8>) -> Bool {
        caseless ? LineFilter.find(hay, bytes) != nil : LineFilter.containsFolded(hay, bytes)
    }
}
