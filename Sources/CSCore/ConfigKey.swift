/// One setting of `config.json`: its name, what values it accepts, and the manuals' default.
/// Each is declared once, as a typed `ConfigKey`; `cs config` validates against and documents
/// the list of them (`ConfigSetting.all`).
public struct ConfigSetting: Sendable {
    public enum Kind: Sendable {
        case integer(ClosedRange<Int>)
        case money
        case rate
        case choice([String])
        case digits(ClosedRange<Int>)
        case offset
        case clockTime
        /// Comma-separated words (Chinese commas and 、 accepted), each at most 20 characters.
        case words
    }

    public let name: String
    public let kind: Kind
    public let defaultValue: String
    public let summary: String
    /// The same meaning in Chinese, for `config show` under `--lang zh`.
    public let summaryZh: String

    /// What the key accepts in Chinese.
    public var acceptedZh: String {
        switch kind {
        case .integer(let r): "\(r.lowerBound) 到 \(r.upperBound) 的整数"
        case .money: "以元为单位的金额,如 199 或 199.50"
        case .rate: "0 到 1 的折扣率,如 0.88"
        case .choice(let c): c.joined(separator: "|")
        case .digits(let r): r.count == 1 ? "\(r.lowerBound) 位数字" : "\(r.lowerBound)–\(r.upperBound) 位数字"
        case .offset: "UTC 时差,如 +08:00"
        case .clockTime: "时刻 HH:MM"
        case .words: "以逗号分隔的词,每个不超过 20 个字"
        }
    }

    /// What the key accepts, for error messages and `config show`.
    public var accepted: String {
        switch kind {
        case .integer(let r): "an integer from \(r.lowerBound) to \(r.upperBound)"
        case .money: "an amount in yuan such as 199 or 199.50"
        case .rate: "a rate from 0 to 1 such as 0.88"
        case .choice(let c): c.joined(separator: "|")
        case .digits(let r): r.count == 1 ? "\(r.lowerBound) digits" : "\(r.lowerBound)–\(r.upperBound) digits"
        case .offset: "a UTC offset such as +08:00"
        case .clockTime: "a time of day HH:MM"
        case .words: "words separated by commas, each at most 20 characters"
        }
    }

    /// The canonical spelling of `text`, or nil when it is not accepted.
    public func normalize(_ text: String) -> String? {
        let t = text.trimmingSpaces
        switch kind {
        case .integer(let r):
            guard let v = Int(t), r.contains(v) else { return nil }
            return String(v)
        case .money:
            guard let m = Money(parsing: t), m.fen >= 0 else { return nil }
            return m.decimal
        case .rate:
            guard let r = Rate(parsing: t), r.tenThousandths > 0 else { return nil }
            return r.description
        case .choice(let c): return c.contains(t) ? t : nil
        case .digits(let r):
            guard r.contains(t.count), t.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
            return t
        case .offset: return UTCOffset(parsing: t)?.description
        case .clockTime:
            let u = Array(t.utf8)
            guard u.count == 5, u[2] == 58, let h = Day.digits(u[0..<2]), let m = Day.digits(u[3..<5]), h < 24, m < 60
            else {
                return nil
            }
            return t
        case .words:
            let words = t.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" })
                .map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            guard !words.isEmpty, words.allSatisfy({ $0.count <= 20 && VisibleText.isPlain($0) }) else { return nil }
            return words.joined(separator: ",")
        }
    }

    /// Every setting, in `config show` order: the store's, then each desk's (see SPEC.md for
    /// the manuals' defaults).
    public static let all: [ConfigSetting] = store + Desk.all.flatMap(\.configKeys)

    public static func named(_ name: String) -> ConfigSetting? { all.first { $0.name == name } }
}

/// A setting as the rules read it, typed by what it holds: `config.int(.pointsPerYuan)`
/// compiles and `config.int(.lostValuables)` (a list of words) does not. Each key is a static
/// member of an unconstrained extension returning its one type, made by the factory of its kind.
public struct ConfigKey<Value>: Sendable {
    public let setting: ConfigSetting

    public var name: String { setting.name }

    init(_ name: String, _ kind: ConfigSetting.Kind, _ value: String, _ summary: String, zh: String) {
        setting = ConfigSetting(name: name, kind: kind, defaultValue: value, summary: summary, summaryZh: zh)
    }
}

extension ConfigKey where Value == Int {
    static func integer(
        _ name: String, _ range: ClosedRange<Int>, _ value: String, _ summary: String, zh: String
    ) -> Self { Self(name, .integer(range), value, summary, zh: zh) }
}

extension ConfigKey where Value == Money {
    static func money(_ name: String, _ value: String, _ summary: String, zh: String) -> Self {
        Self(name, .money, value, summary, zh: zh)
    }
}

extension ConfigKey where Value == Rate {
    static func rate(_ name: String, _ value: String, _ summary: String, zh: String) -> Self {
        Self(name, .rate, value, summary, zh: zh)
    }
}

extension ConfigKey where Value == String {
    static func digits(
        _ name: String, _ count: ClosedRange<Int>, _ value: String, _ summary: String, zh: String
    ) -> Self { Self(name, .digits(count), value, summary, zh: zh) }

    static func choice(_ name: String, _ choices: [String], _ value: String, _ summary: String, zh: String) -> Self {
        Self(name, .choice(choices), value, summary, zh: zh)
    }

    static func offset(_ name: String, _ value: String, _ summary: String, zh: String) -> Self {
        Self(name, .offset, value, summary, zh: zh)
    }

    static func clockTime(_ name: String, _ value: String, _ summary: String, zh: String) -> Self {
        Self(name, .clockTime, value, summary, zh: zh)
    }
}

extension ConfigKey where Value == [String] {
    static func words(_ name: String, _ value: String, _ summary: String, zh: String) -> Self {
        Self(name, .words, value, summary, zh: zh)
    }
}

/// The keys of the data directory and the desk as a whole.
extension ConfigKey {
    public static var deskID: ConfigKey<String> {
        .digits(
            "desk.id", 2...2, "01",
            "this desk's number; part of every generated id so two desks never mint the same one",
            zh: "本服务台编号;每个生成的编号都含有它,两台服务台不会重号")
    }
    public static var timezone: ConfigKey<String> {
        .offset(
            "desk.timezone", "+08:00",
            "the desk's UTC offset; every timestamp carries it",
            zh: "本服务台的 UTC 时差;每个时间都带有它")
    }
    public static var shards: ConfigKey<String> {
        .choice(
            "store.shards", ["256", "1024", "4096"], "256",
            "shards per collection; fixed by 'cs init --shards' (256 up to ~250k members, "
                + "4096 for a million)",
            zh: "每类记录的分片数;由 'cs init --shards' 决定(256 约 25 万会员以内,4096 可到百万)")
    }
    public static var undoWithinHours: ConfigKey<Int> {
        .integer(
            "undo.withinHours", 1...720, "12",
            "how old a change 'cs undo' still takes back, in hours (a shift); older ones by their own command",
            zh: "'cs undo' 可撤销的更改最长时限(小时,约一个班次);更早的请用对应命令更正")
    }
    public static var lockTimeoutSeconds: ConfigKey<Int> {
        .integer(
            "store.lockTimeoutSeconds", 0...600, "10",
            "how long a change waits for another clerk's change to finish",
            zh: "一项更改等待其他经办人完成的最长秒数")
    }

}

extension ConfigSetting {
    static let store: [ConfigSetting] = [
        ConfigKey<String>.deskID.setting,
        ConfigKey<String>.timezone.setting,
        ConfigKey<String>.shards.setting,
        ConfigKey<Int>.lockTimeoutSeconds.setting,
        ConfigKey<Int>.undoWithinHours.setting,
    ]
}
