/// The left-luggage desk's settings. The seeds name the tags and lockers (寄存号码牌、号码柜) but
/// not how many or how long: these are the venue's blanks, filled with a small desk's figures.
extension ConfigKey {
    public static var keepTags: ConfigKey<[String]> {
        .words(
            "keep.tags", "1-50",
            "the tag numbers (and lockers) the desk hands out: 1-50, or 1-30,A1-A9",
            zh: "寄存号码牌(及号码柜)编号:如 1-50,或 1-30,A1-A9")
    }
    public static var keepClosing: ConfigKey<String> {
        .clockTime(
            "keep.closing", "22:00", "closing time: bags still in then are on the board",
            zh: "营业结束时间:此时仍未取走的寄存物品列入看板")
    }
    public static var keepDays: ConfigKey<Int> {
        .integer(
            "keep.days", 1...365, "3",
            "days after which an uncollected bag goes to lost and found (exactly N×24 h from check-in)",
            zh: "寄存满几天(整 N×24 小时)仍未取走的物品转入客遗物")
    }
}

extension Config {
    /// The tags the desk hands out. Not sorted: a check-in asks only whether one is among them
    /// (sorting 1,000 tags by number was two thirds of a check-in's time).
    public var keepTags: Set<String> { Set(NumberList.expand(words(.keepTags).joined(separator: ",")) ?? []) }

    var keepClosingSeconds: Int { secondsAfterMidnight(.keepClosing) ?? 22 * 3600 }
}

extension ConfigSetting {
    static let keep: [ConfigSetting] = [
        ConfigKey<[String]>.keepTags.setting, ConfigKey<String>.keepClosing.setting, ConfigKey<Int>.keepDays.setting,
    ]
}
