/// The birthday desk's settings.
extension ConfigKey {
    public static let feb29InCommonYears = key("birthday.feb29InCommonYears", .choice(["feb28", "mar1"]), "feb28",
                                               "when a 29 February birthday is greeted in a common year")
    public static let greetDays = key("birthday.greetDays", .integer(0...31), "1",
                                      "days before the birthday the greeting goes out")

    static let birthday = [feb29InCommonYears, greetDays]
}
