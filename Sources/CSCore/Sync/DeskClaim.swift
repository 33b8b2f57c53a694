/// How an id names the desk that minted it: each desk numbers its own records with its
/// two-digit `desk.id` in the id, so two desks never mint the same one. The same shape tells a
/// receiving desk whose line a peer's commit claims to carry.
public enum DeskClaim: Sendable, Equatable {
    /// `L01-7`, `C02-12`, `G01-3`: one letter, the desk, a dash, the desk's sequence.
    case lettered(Character)
    /// `<account>.01-5`: a ledger entry, numbered per account by the desk that wrote it.
    case dotted

    /// The desk `id` names, or nil when it is not of this shape.
    public func desk(of id: String) -> String? {
        switch self {
        case .lettered(let letter):
            guard id.first == letter else { return nil }
            return DeskClaim.numbered(id.dropFirst())
        case .dotted:
            guard let dot = id.lastIndex(of: ".") else { return nil }
            return DeskClaim.numbered(id[id.index(after: dot)...])
        }
    }

    /// `01-7` → `01`.
    static func numbered(_ rest: Substring) -> String? {
        let parts = rest.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[0].allSatisfy(\.isASCIIDigit),
            !parts[1].isEmpty, parts[1].allSatisfy(\.isASCIIDigit)
        else { return nil }
        return String(parts[0])
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
