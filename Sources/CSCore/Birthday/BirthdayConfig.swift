/// The birthday desk's settings.
extension ConfigKey {
    public static var feb29InCommonYears: ConfigKey<String> {
        .choice(
            "birthday.feb29InCommonYears", ["feb28", "mar1"], "feb28",
            "when a 29 February birthday is greeted in a common year",
            zh: "2 月 29 日生日在平年何时祝福(feb28 或 mar1)")
    }
    public static var greetDays: ConfigKey<Int> {
        .integer(
            "birthday.greetDays", 0...31, "1",
            "days before the birthday the greeting goes out",
            zh: "生日前几天发送祝福")
    }

}

extension ConfigSetting {
    static let birthday: [ConfigSetting] = [
        ConfigKey<String>.feb29InCommonYears.setting,
        ConfigKey<Int>.greetDays.setting,
    ]
}
