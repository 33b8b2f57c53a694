import CSCore

/// Every option and argument of `cs birthday`, declared once and read by value.
enum BirthdayOption {
    static let month = Option<Month>("month", .comingMonth, valueName: "M",
                                     help: "YYYY-MM, this, next, +N, or 1–12 meaning its next occurrence (default "
                                         + "this month)")
    static let upcomingDays = Option<Int>("days", .integer(0...366), valueName: "N",
                                          help: "how many days ahead (default 7)")
    static let greetDays = Option<Int>("days", .integer(0...31), valueName: "N",
                                       help: "days before the birthday (default birthday.greetDays, 1)")
    static let template = Option<String>("template", .text, valueName: "FILE",
                                         help: "message template with {name} {title} {card} {date} (default in the "
                                             + "chosen language)")
    static let item = Required<String>("item", .text, valueName: "ITEM", help: "what the gift is")
    static let pickedUpBy = Option<String>("picked-up-by", .text, valueName: "NAME",
                                           help: "who collected it from finance (default the clerk)")
    static let force = Flag("force", help: "prepare a second gift for the same birthday")
    static let handedOverBy = Option<String>("by", .text, valueName: "NAME",
                                             help: "who handed it over (default the clerk)")
    static let returnReason = Option<String>("reason", .freeText, valueName: "TEXT", help: "why")
    static let giftMonth = Option<Month>("month", .month, valueName: "M", help: "birthdays in this month")
    static let giftStatus = Option<GiftStatus>("status", valueName: "S", help: "prepared, given or returned")
    static let through = Option<Day>("through", .date, valueName: "DATE", help: "up to this day (default today)")
    static let since = Option<Day>("since", .date, valueName: "DATE",
                                   help: "from this day (default the 1st of that month)")
    static let cardOrPhone = Argument<String>("CARD|PHONE", help: "card number, or the member's phone")
    static let giftID = Argument<String>("ID", help: "the gift id")
}
