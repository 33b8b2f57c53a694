/// A civil date (a birthday, a business day) with no time and no zone: 1990-02-28 is the same
/// day for every desk. Arithmetic uses days since 1970-01-01 (Hinnant's civil algorithms), so
/// no calendar object or ICU is loaded.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Day.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The nearest day that exists: the 31st of April is the 30th, the 29th of February in a
    /// common year the 28th. For dates built from parts known to be sound (a month's first
    /// day, a birthday in another year), which therefore cannot fail.
    public static func clamped(year: Int, month: Int, day: Int) -> Day {
        let y = min(max(year, 1), 9999)
        let m = min(max(month, 1), 12)
        return Day(sound: y, m, min(max(day, 1), daysIn(month: m, year: y)))
    }

    private init(sound year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Parses `YYYY-MM-DD` exactly (no other forms: dates in files must mean one thing).
    public init?(iso text: String) {
        var text = text
        guard let parsed = text.withUTF8({ Day.parse($0) }) else { return nil }
        self = parsed
    }

    static func parse(_ u: UnsafeBufferPointer<UInt8>) -> Day? {
        guard u.count == 10, u[4] == 45, u[7] == 45 else { return nil }
        func number(_ from: Int, _ to: Int) -> Int? {
            var v = 0
            for k in from..<to {
                let c = u[k]
                guard c >= 48 && c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            return v
        }
        guard let y = number(0, 4), let m = number(5, 7), let d = number(8, 10) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    public static func digits(_ s: ArraySlice<UInt8>) -> Int? {
        var v = 0
        for c in s {
            guard c >= 48 && c <= 57 else { return nil }
            v = v * 10 + Int(c - 48)
        }
        return v
    }

    /// Days since 1970-01-01.
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public init(ordinal z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public func adding(days n: Int) -> Day { Day(ordinal: ordinal + n) }

    /// The same calendar day `n` years on; 29 February lands on 28 February in a common year.
    public func adding(years n: Int) -> Day {
        let y = min(max(year + n, 1), 9999)
        return Day(year: y, month: month, day: min(day, Day.daysIn(month: month, year: y))) ?? self
    }

    /// `YYYY-MM-DD`, written as ten ASCII bytes (exports format millions of these).
    public var iso: String {
        String(unsafeUninitializedCapacity: 10) { b in
            b[0] = UInt8(48 + year / 1000)
            b[1] = UInt8(48 + year / 100 % 10)
            b[2] = UInt8(48 + year / 10 % 10)
            b[3] = UInt8(48 + year % 10)
            b[4] = 45
            b[5] = UInt8(48 + month / 10)
            b[6] = UInt8(48 + month % 10)
            b[7] = 45
            b[8] = UInt8(48 + day / 10)
            b[9] = UInt8(48 + day % 10)
            return 10
        }
    }

    public var description: String { iso }

    /// 0 = Sunday … 6 = Saturday.
    public var weekday: Int { ((ordinal % 7) + 11) % 7 }
}

/// A calendar month such as the birthday list's 2026-11.
public struct Month: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    public init(_ day: Day) {
        year = day.year
        month = day.month
    }

    public static func < (a: Month, b: Month) -> Bool { (a.year, a.month) < (b.year, b.month) }

    public var firstDay: Day { Day.clamped(year: year, month: month, day: 1) }

    public var iso: String { String(firstDay.iso.prefix(7)) }
    public var description: String { iso }
}

extension Day {
    /// The same day `n` months on, clamped to the month's end.
    public func adding(months n: Int) -> Day {
        // Clamped to the calendar's four-digit years (the clock keeps today far inside them).
        let total = min(max(year * 12 + (month - 1) + n, 12), 9999 * 12 + 11)
        let y = total / 12
        let m = total % 12 + 1
        return Day(year: y, month: m, day: min(day, Day.daysIn(month: m, year: y))) ?? self
    }
}
