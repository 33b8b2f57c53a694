/// A receipt (小票/积分单) number as it is keyed in the receipt index. Clerks type receipts
/// with an IME that may be in full-width mode, with stray spaces, in either case; all of
/// `R-1001`, `r-1001`, ` R-1001 `, `Ｒ-1001` and `R－1001` name one receipt, so they must
/// be one key — otherwise a receipt could earn points once per spelling.
public enum Receipt {
    public static let accepted =
        "1–64 letters, digits and - _ / . (full-width and lower case are read as the same "
        + "receipt)"

    /// The receipt's key: full-width forms folded to ASCII, white space removed, upper case.
    /// Nil when nothing is left or a character is not part of a receipt number.
    public static func normalized(_ text: String) -> String? {
        guard text.utf8.count <= 256 else { return nil }
        var out = ""
        for scalar in text.unicodeScalars {
            var v = scalar.value
            if v == 0x3000 || v == 0x20 || v == 0x09 { continue }
            if (0xFF01...0xFF5E).contains(v) { v -= 0xFEE0 }
            guard v < 128, let ascii = Unicode.Scalar(v) else { return nil }
            let c = Character(ascii)
            guard c.isLetter || c.isNumber || "-_/.#".contains(c) else { return nil }
            out.append(c.uppercased())
        }
        guard (1...64).contains(out.count) else { return nil }
        return out
    }
}
