/// When a birthday is celebrated in a given year. 29 February falls on 28 February in a
/// common year (or 1 March: `birthday.feb29InCommonYears`), so a leap-day member is never
/// forgotten by the greeting, the gift or the birthday price.
public struct BirthdayCalendar: Sendable {
    public let feb29ToMarch1: Bool

    public init(config: Config) { feb29ToMarch1 = config.string(.feb29InCommonYears) == "mar1" }

    public func date(of birthday: Day, in year: Int) -> Day {
        if let d = Day(year: year, month: birthday.month, day: birthday.day) { return d }
        return feb29ToMarch1 ? Day.clamped(year: year, month: 3, day: 1) : Day.clamped(year: year, month: 2, day: 28)
    }

    /// The first celebration on or after `day`.
    public func next(_ birthday: Day, onOrAfter day: Day) -> Day {
        let thisYear = date(of: birthday, in: day.year)
        return thisYear >= day ? thisYear : date(of: birthday, in: day.year + 1)
    }
}

/// Who to list or greet: what the birthday desk needs of a member.
public struct BirthdayContact: Sendable, Equatable {
    public let card: String
    public let name: String
    public let phone: String
    public let birthday: Day
    public let gender: Gender

    public init(member m: Member) {
        card = m.card
        name = m.name
        phone = m.phone
        birthday = m.birthday
        gender = m.gender
    }
    init(entry e: BirthdayIndexEntry) {
        card = e.card
        name = e.name
        phone = e.phone
        birthday = e.birthday
        gender = e.gender
    }
}

/// A member's birthday as the desk sees it in a list: the day it is celebrated.
public struct Celebration: Sendable {
    public let member: BirthdayContact
    public let date: Day
    public let inDays: Int

    /// By day, then name, then card. Names compare by their UTF-8 bytes: a fixed order that
    /// does not depend on the locale, and ~50× cheaper than Unicode-aware String comparison
    /// (which dominated the 1st-of-month list at 100k members).
    static func byDateThenName(_ a: Celebration, _ b: Celebration) -> Bool {
        if a.date != b.date { return a.date < b.date }
        let an = a.member.name.utf8
        let bn = b.member.name.utf8
        if an.lexicographicallyPrecedes(bn) { return true }
        if bn.lexicographicallyPrecedes(an) { return false }
        return a.member.card.utf8.lexicographicallyPrecedes(b.member.card.utf8)
    }
}
