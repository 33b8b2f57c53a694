/// The stored-value card's weekly perk (the seed: 储值卡 "每周一(14:00—19:00)间进场可以享受免唱2小时
/// (只限中包)"): the day, the hours, the length and the rooms are the seed's figures.
extension ConfigKey {
    public static var perkWeekday: ConfigKey<String> {
        .choice(
            "member.perkWeekday", PerkWindow.weekdays, "monday",
            "the day of the stored-value perk (seed: 每周一)", zh: "储值卡免唱优惠的星期(手册:每周一)")
    }
    public static var perkFrom: ConfigKey<String> {
        .clockTime(
            "member.perkFrom", "14:00", "the perk's first arrival time (seed: 14:00)", zh: "免唱优惠最早进场时间(手册:14:00)")
    }
    public static var perkUntil: ConfigKey<String> {
        .clockTime(
            "member.perkUntil", "19:00", "the perk's last arrival time (seed: 19:00)", zh: "免唱优惠最晚进场时间(手册:19:00)")
    }
    public static var perkHours: ConfigKey<Int> {
        .integer(
            "member.perkHours", 0...24, "2", "free hours of singing (seed: 2; 0 turns the perk off)",
            zh: "免唱小时数(手册:2;0 表示不提供)")
    }
    public static var perkRooms: ConfigKey<[String]> {
        .words(
            "member.perkRooms", "中包,medium", "the rooms the perk is for (seed: 只限中包)", zh: "可享免唱的包厢(手册:只限中包)")
    }
}

extension ConfigSetting {
    static let perk: [ConfigSetting] = [
        ConfigKey<String>.perkWeekday.setting, ConfigKey<String>.perkFrom.setting,
        ConfigKey<String>.perkUntil.setting, ConfigKey<Int>.perkHours.setting, ConfigKey<[String]>.perkRooms.setting,
    ]
}

/// When the perk may be taken, read from the settings once.
public struct PerkWindow: Sendable, Equatable {
    public static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
    /// 0 = Sunday … 6 = Saturday, as `Day.weekday`.
    public let weekday: Int
    public let from: String
    public let until: String
    public let hours: Int
    public let rooms: [String]
    let opens: Int
    let closes: Int

    init(_ config: Config) {
        weekday = PerkWindow.weekdays.firstIndex(of: config.string(.perkWeekday)) ?? 1
        from = config.string(.perkFrom)
        until = config.string(.perkUntil)
        hours = config.int(.perkHours)
        rooms = config.words(.perkRooms)
        opens = config.secondsAfterMidnight(.perkFrom) ?? 14 * 3600
        closes = config.secondsAfterMidnight(.perkUntil) ?? 19 * 3600
    }

    /// Whether an arrival at this local day and second falls in the window (both ends in).
    func isOpen(day: Day, second: Int) -> Bool {
        hours > 0 && day.weekday == weekday && second >= opens && second <= closes + 59
    }
}
