/// How an id names the desk that minted it: each desk numbers its own records with its
/// two-digit `desk.id` in the id, so two desks never mint the same one. The same shape tells a
/// receiving desk whose line a peer's commit claims to carry.
public enum DeskClaim {
    /// `L01-7`, `C02-12`, `G01-3`: one letter, the desk, a dash, the desk's sequence.
    public static func lettered(_ id: String, _ letter: Character) -> String? {
        guard id.first == letter else { return nil }
        return numbered(id.dropFirst())
    }

    /// `<account>.01-5`: a ledger entry, numbered per account by the desk that wrote it.
    public static func dotted(_ id: String) -> String? {
        guard let dot = id.lastIndex(of: ".") else { return nil }
        return numbered(id[id.index(after: dot)...])
    }

    /// `01-7` → `01`.
    static func numbered(_ rest: Substring) -> String? {
        let parts = rest.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[0].allSatisfy(\.isASCIIDigit),
              !parts[1].isEmpty, parts[1].allSatisfy(\.isASCIIDigit) else { return nil }
        return String(parts[0])
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
