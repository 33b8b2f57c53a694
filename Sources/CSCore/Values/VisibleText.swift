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

    /// `text` with every control or invisible character written out as `<U+XXXX>`; the same
    /// string when there is none (the common case costs one scan).
    public static func escaped(_ text: String) -> String {
        guard !isPlain(text) else { return text }
        var out = ""
        for s in text.unicodeScalars {
            if isControl(s) || isInvisible(s) {
                let hex = String(s.value, radix: 16, uppercase: true)
                out += "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return out
    }
}
