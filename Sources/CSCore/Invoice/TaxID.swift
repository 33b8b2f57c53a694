/// 纳税人识别号, the buyer's taxpayer id on an invoice: checked at the desk, so a typo never
/// reaches the paper. The shapes in use:
/// - 18: the unified social credit code (GB 32100-2015): a registration-authority character, a
///   type character, the 6-digit administrative-division code, the 9-character organisation
///   code, and a check character (mod 31) that must agree;
/// - 15: the older id: the 6-digit division code and the 9-character organisation code;
/// - 17: a 15-digit resident ID number and 2 digits (individual businesses, before 1999 IDs);
/// - 20: an 18-character resident ID number, its check character right (ISO 7064 MOD 11-2), and
///   2 digits (individual businesses).
public enum TaxID {
    /// What a clerk typed, as the invoice prints it: spaces (also full-width) and dashes dropped,
    /// full-width letters and digits folded, upper case. `9144 0300-7084 6113 6T` is the code.
    public static func normalized(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            var v = scalar.value
            if v == 0x3000 || v == 0x20 || v == 0x09 || v == 0x2D || v == 0xFF0D || v == 0x2014 || v == 0x2013 {
                continue
            }
            if (0xFF01...0xFF5E).contains(v) { v -= 0xFEE0 }
            guard let folded = Unicode.Scalar(v) else { continue }
            out.unicodeScalars.append(folded)
        }
        return out.uppercased()
    }

    public static func isValid(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard u.allSatisfy({ isDigit($0) || ($0 >= 65 && $0 <= 90) }) else { return false }
        switch u.count {
        case 18: return isCreditCode(u)
        case 15: return u[0..<6].allSatisfy(isDigit)
        case 17: return u.allSatisfy(isDigit)
        case 20: return isResidentID(Array(u[0..<18])) && u[18...].allSatisfy(isDigit)
        default: return false
        }
    }

    static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

    static let creditCharacters = Array("0123456789ABCDEFGHJKLMNPQRTUWXY".utf8)
    static let creditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    /// Positions 3–8 are the division code, digits only; every character is of the code's 31;
    /// the last is the check character.
    static func isCreditCode(_ u: [UInt8]) -> Bool {
        guard u[2..<8].allSatisfy(isDigit) else { return false }
        var sum = 0
        for i in 0..<17 {
            guard let v = creditCharacters.firstIndex(of: u[i]) else { return false }
            sum += v * creditWeights[i]
        }
        return u[17] == creditCharacters[(31 - sum % 31) % 31]
    }

    static let idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    static let idChecks = Array("10X98765432".utf8)

    /// 17 digits and a check character (digit or X) that agrees with them.
    static func isResidentID(_ u: [UInt8]) -> Bool {
        guard u.count == 18, u[0..<17].allSatisfy(isDigit) else { return false }
        var sum = 0
        for i in 0..<17 { sum += Int(u[i] - 48) * idWeights[i] }
        return u[17] == idChecks[sum % 11]
    }
}
