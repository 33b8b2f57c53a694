import CSCore

/// The typed values an option or argument can take. Parsing happens in the parser, so a bad
/// value is a usage error naming the option before any command runs.
public enum ValueType: Sendable, Equatable {
    case text
    /// Addresses, notes and reasons: may also hold line breaks and tabs (and invisible
    /// formatting characters), shown escaped on one line; never other controls.
    case freeText
    case amount
    case positiveAmount
    case date
    /// A month; a bare 1–12 is its latest occurrence (this month or before): registers.
    case month
    /// A month; a bare 1–12 is its next occurrence (this month or after): the birthday list.
    case comingMonth
    /// A Monday-to-Sunday week, given by any day in it or `this`/`last`; parsed as its Monday.
    case week
    case instant
    case integer(ClosedRange<Int64>)
    case choice([String])
    case rate

    /// For help and error messages.
    public var accepted: String { acceptedText.en }

    /// What the value accepts, in the clerk's language (a refused value is explained in it).
    public var acceptedText: Text {
        switch self {
        case .integer(let r): Text(en: english, zh: "\(r.lowerBound) 到 \(r.upperBound) 之间的整数")
        case .choice: Text(en: english, zh: english)
        case .text: Text(en: english, zh: "不含控制字符或不可见字符的文字")
        case .freeText: Text(en: english, zh: "文字;可含换行和制表符,不可含其他控制字符")
        case .amount: Text(en: english, zh: "以元为单位、低于一百亿、最多两位小数的金额(588、588.5、¥588.50)")
        case .positiveAmount:
            Text(en: english, zh: "大于零、以元为单位、低于一百亿、最多两位小数的金额(588、588.5、¥588.50)")
        case .date: Text(en: english, zh: "日期 YYYY-MM-DD,或 today/今天、yesterday/昨天、tomorrow/明天")
        case .month: Text(en: english, zh: "月份 YYYY-MM、1–12(最近一次)、this、next、last、+N 或 -N")
        case .comingMonth: Text(en: english, zh: "月份 YYYY-MM、1–12(下一次)、this、next、last、+N 或 -N")
        case .week: Text(en: english, zh: "一周:this/本周、last/上周,或该周内任一日期 YYYY-MM-DD")
        case .instant: Text(en: english, zh: "时间 YYYY-MM-DDTHH:MM[:SS][±HH:MM]、今天的 HH:MM、日期,或 now")
        case .rate: Text(en: english, zh: "0 到 1 之间的折扣率,如 0.9,或 9折 / 85折")
        }
    }

    private var english: String {
        switch self {
        case .text: "text without control or invisible characters"
        case .freeText: "text; line breaks and tabs allowed, no other control characters"
        case .amount: "an amount in yuan below ten billion, at most two decimals (588, 588.5, ¥588.50)"
        case .positiveAmount:
            "an amount above zero in yuan, below ten billion, at most two decimals (588, 588.5, "
                + "¥588.50)"
        case .date: "a date YYYY-MM-DD, today, yesterday or tomorrow"
        case .month: "a month YYYY-MM, 1–12 (its latest occurrence), this, next, last, +N or -N"
        case .comingMonth: "a month YYYY-MM, 1–12 (its next occurrence), this, next, last, +N or -N"
        case .week: "a week: this, last, or any date YYYY-MM-DD in it"
        case .instant: "a time YYYY-MM-DDTHH:MM[:SS][±HH:MM], HH:MM today, a date, or now"
        case .integer(let r): "an integer from \(r.lowerBound) to \(r.upperBound)"
        case .choice(let c): c.joined(separator: "|")
        case .rate: "a rate between 0 and 1 such as 0.9, or 9折 / 85折"
        }
    }

    /// What a required text option accepts beyond its type: not blank.
    static let nonBlank = Text(en: "text that is not blank", zh: "不能为空的文字")

    /// Longest text accepted for any value: a guard against pasted documents and 1 MB fuzz.
    public static let maxTextLength = 500

    func parse(_ raw: String, clock: Clock) -> ParsedValue? {
        guard raw.utf8.count <= ValueType.maxTextLength else { return nil }
        switch self {
        case .text:
            guard VisibleText.isPlain(raw) else { return nil }
            return .text(raw)
        case .freeText:
            guard VisibleText.isFreeText(raw) else { return nil }
            return .text(VisibleText.normalizedFreeText(raw))
        case .amount:
            return Money(parsing: raw).map { .money($0) }
        case .positiveAmount:
            guard let m = Money(parsing: raw), m.fen > 0 else { return nil }
            return .money(m)
        case .date:
            switch raw.lowercased() {
            case "today", "今天": return .day(clock.today)
            case "yesterday", "昨天": return .day(clock.today.adding(days: -1))
            case "tomorrow", "明天": return .day(clock.today.adding(days: 1))
            default: return Day(iso: raw).map { .day($0) }
            }
        case .week:
            let day: Day?
            switch raw.lowercased() {
            case "this", "本周": day = clock.today
            case "last", "上周": day = clock.today.adding(days: -7)
            default: day = Day(iso: raw)
            }
            return day.map { .day(WorkSummary.week(of: $0).from) }
        case .month, .comingMonth:
            return ValueType.month(raw, today: clock.today, coming: self == .comingMonth).map { .month($0) }
        case .instant:
            if raw.lowercased() == "now" { return .instant(clock.now) }
            if let t = ValueType.clockTimeToday(raw, clock: clock) { return .instant(t) }
            return Instant(parsing: raw, defaultOffset: clock.now.offset).map { .instant($0) }
        case .integer(let r):
            var s = Substring(raw)
            if s.hasPrefix("+") { s = s.dropFirst() }
            guard let v = Int64(s), r.contains(v) else { return nil }
            return .int(v)
        case .choice(let c):
            return c.contains(raw) ? .text(raw) : nil
        case .rate:
            guard let r = Rate(parsing: raw), r.tenThousandths > 0 else { return nil }
            return .rate(r)
        }
    }

    /// `2026-11`; `this`, `next`, `last`, `+2`, `-1` (or 本月, 下月, 上月) from today; a bare month
    /// number is its next (`coming`) or latest occurrence.
    static func month(_ raw: String, today: Day, coming: Bool) -> Month? {
        let current = Month(today)
        func shifted(_ n: Int) -> Month? {
            let total = current.year * 12 + current.month - 1 + n
            return Month(year: total / 12, month: total % 12 + 1)
        }
        switch raw.lowercased() {
        case "this", "本月": return current
        case "next", "下月": return shifted(1)
        case "last", "上月": return shifted(-1)
        default: break
        }
        if raw.hasPrefix("+") || raw.hasPrefix("-"), let n = Int(raw.dropFirst()), n <= 1200 {
            return shifted(raw.hasPrefix("-") ? -n : n)
        }
        if let m = Int(raw), (1...12).contains(m) {
            if coming { return shifted(m >= current.month ? m - current.month : m - current.month + 12) }
            return shifted(m <= current.month ? m - current.month : m - current.month - 12)
        }
        let u = Array(raw.utf8)
        guard u.count == 7, u[4] == 45, let y = Day.digits(u[0..<4]), let m = Day.digits(u[5..<7]) else { return nil }
        return Month(year: y, month: m)
    }

    /// `18:00` (or `9:30`): that time today on the desk's clock — what a clerk writes on a slip
    /// (`lend out --due 18:00`, `lostfound add --found-at 21:40`).
    static func clockTimeToday(_ raw: String, clock: Clock) -> Instant? {
        let parts = raw.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let h = Int(parts[0]), let m = Int(parts[1]), (0..<24).contains(h), (0..<60).contains(m)
        else { return nil }
        let midnight = Instant.startOf(clock.today, offset: clock.now.offset)
        return midnight.adding(seconds: Int64(h * 3600 + m * 60))
    }

    /// Whether a word starting with `-` is a value of this type rather than an option
    /// (`--points -50`).
    func takesNegative(_ word: String) -> Bool {
        switch self {
        case .integer, .amount, .month, .comingMonth:
            return word.dropFirst().first?.isNumber ?? false
        default: return false
        }
    }
}

public enum ParsedValue: Sendable, Equatable {
    case flag
    case text(String)
    case money(Money)
    case day(Day)
    case month(Month)
    case instant(Instant)
    case int(Int64)
    case rate(Rate)
}
