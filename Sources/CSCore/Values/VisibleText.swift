/// Characters a terminal acts on or hides: C0 and C1 controls (ESC and CSI start escape
/// sequences that can rewrite the screen), bidirectional overrides (U+202E makes text read
/// backwards) and zero-width characters (two names that look the same but differ). New text
/// refuses them; whatever is printed for a person shows them as `<U+XXXX>`.
public enum VisibleText {
    public static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F...0x9F).contains(s.value)
    }

    /// Invisible formatting: zero-width, bidirectional controls, the byte-order mark.
    public static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x061C, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0xFFF9...0xFFFB: true
        default: false
        }
    }

    /// Text a name, phone, card or other single-line field may hold.
    public static func isPlain(_ text: String) -> Bool {
        !text.unicodeScalars.contains { isControl($0) || isInvisible($0) }
    }

    /// Line breaks and tabs: what a free-text field (address, note, reason) may hold besides
    /// plain text, as an address pasted from Excel (Alt+Enter) does.
    public static func isLayout(_ s: Unicode.Scalar) -> Bool { s == "\n" || s == "\t" || s == "\r" }

    /// Text a free-text field may hold: no control character but line breaks and tabs.
    public static func isFreeText(_ text: String) -> Bool {
        !text.unicodeScalars.contains { isControl($0) && !isLayout($0) }
    }

    /// Free text as stored: Windows (CR LF) and old Mac (CR) line breaks become LF, so the same
    /// address typed on two machines is the same text.
    public static func normalizedFreeText(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        var out = String.UnicodeScalarView()
        var afterCR = false
        for s in text.unicodeScalars {
            if s == "\n" && afterCR {
                afterCR = false
                continue
            }
            afterCR = s == "\r"
            out.append(afterCR ? "\n" : s)
        }
        return String(out)
    }

    /// `text` on one line for a table or a slip: a line break shows as `⏎`, a tab as `⇥`, any
    /// other control or invisible character as `<U+XXXX>`; the same string when there is none
    /// (the common case costs one scan).
    public static func escaped(_ text: String) -> String {
        guard !isPlain(text) else { return text }
        var out = ""
        for s in text.unicodeScalars {
            if s == "\n" {
                out += "⏎"
            } else if s == "\t" {
                out += "⇥"
            } else if isControl(s) || isInvisible(s) {
                let hex = String(s.value, radix: 16, uppercase: true)
                out += "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return out
    }
}
