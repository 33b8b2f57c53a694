import CSCore

/// The pieces of the membership desk's confirmations, in the clerk's language: every reply
/// names the member (`王五(卡 8801…)`) and says what changed, with English plurals.
struct MemberReplies {
    let catalog: Catalog

    init(_ ctx: Context) { catalog = ctx.catalog }

    func who(_ m: Member) -> String { catalog.text(.member(.who), [m.name, m.card]) }

    func points(_ n: Int64) -> String { catalog.count(.member(.pointsCount), n) }

    func members(_ n: Int) -> String { catalog.count(.member(.membersCount), Int64(n)) }

    func cards(_ n: Int) -> String { catalog.count(.member(.cardsCount), Int64(n)) }

    /// A stored value as a person reads it: the Chinese label, else the stable English value.
    /// {title} in a greeting or notice: the English title goes before the name, the Chinese one after.
    func title(_ g: Gender) -> String {
        switch g {
        case .male: catalog.text(.member(.titleMale))
        case .female: catalog.text(.member(.titleFemale))
        case .unspecified: catalog.text(.member(.titleNeutral))
        }
    }

    func label<L: Labelled>(_ value: L) -> String { catalog.language == .zh ? value.zh : value.rawValue }

    /// `+100 points`, `−50 points`: an adjustment's direction is part of what it says.
    func signedPoints(_ n: Int64) -> String { (n > 0 ? "+" : "−") + points(abs(n)) }

    func signedBalance(_ m: Money) -> String {
        catalog.text(.member(.balanceChange), [(m.fen > 0 ? "+" : "−") + Money(fen: abs(m.fen)).decimal])
    }

    /// A table header as a word in a sentence: "phone", "手机".
    func fieldName(_ column: Column) -> String {
        catalog.language == .zh ? column.headerZh : column.header.lowercased()
    }

    /// The fields an edit changed, by their names in the clerk's language.
    func changes(_ before: Member, _ after: Member) -> [String] {
        MemberTables.member(reveal: true).all.filter { $0.value(before) != $0.value(after) }
            .map { fieldName($0.column) }
    }

    /// What a cancellation settled, one clause each.
    func settlement(_ o: MemberDesk.StatusOutcome) -> [String] {
        var out = [String]()
        if o.refunded > .zero { out.append(catalog.text(.member(.refunded), [o.refunded.decimal])) }
        if o.forfeitedBalance > .zero {
            out.append(catalog.text(.member(.forfeitedBalance), [o.forfeitedBalance.decimal]))
        }
        if o.forfeitedPoints > 0 { out.append(catalog.text(.member(.forfeitedPoints), [points(o.forfeitedPoints)])) }
        return out
    }
}
