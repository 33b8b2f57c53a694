import CSCore

/// A message template file for the SMS pipeline (birthday greetings, holiday greetings,
/// promotion notices): UTF-8 text whose `{word}` placeholders must all be known, so a typo is
/// refused before a thousand members get `{nmae}`; and its filling, one line per member.
enum MessageTemplate {
    static func read(_ path: String, placeholders: [String]) throws -> String {
        guard let bytes = try ImportFile.read(path), let text = String(validating: bytes, as: UTF8.self) else {
            let readable = Text(en: "a readable UTF-8 text file", zh: "可读取的 UTF-8 文本文件")
            throw UsageError.invalidValue("--template", value: path, accepted: readable)
        }
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let word = String(rest[open...close])
            if !placeholders.contains(word) {
                let words = placeholders.joined(separator: " ")
                throw UsageError.invalidValue("--template", value: word, accepted: Text(en: words, zh: words))
            }
            rest = rest[rest.index(after: close)...]
        }
        return text.trimmingSpaces
    }

    /// The template with each placeholder replaced, on one line whatever the template holds.
    static func fill(_ template: String, _ values: [(String, String)]) -> String {
        var text = template
        for (placeholder, value) in values { text = text.replacingAll(placeholder, with: value) }
        return text.replacingAll("\r\n", with: " ").replacingAll("\n", with: " ").replacingAll("\t", with: " ")
    }
}
