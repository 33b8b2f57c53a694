import CSCore

/// Every option and argument of `cs member`, declared once and read by value.
enum MemberOption {
    static let name = Required<String>("name", .text, help: "the member's name")
    static let phone = Required<String>("phone", .text, help: "mobile number; unique among current members")
    static let birthday = Required<Day>("birthday", .date, valueName: "DATE", help: "date of birth YYYY-MM-DD")
    static let gender = Option<Gender>("gender", valueName: "G", help: "male, female or unspecified")
    static let idNumber = Option<String>("id-number", .text, valueName: "ID",
                                         help: "national ID number (stored 0600, shown masked)")
    static let address = Option<String>("address", .freeText, valueName: "TEXT", help: "postal address")
    static let email = Option<String>("email", .text, valueName: "ADDR", help: "e-mail address")
    static let kind = Option<MemberKind>("kind", valueName: "KIND", help: "regular, stored-value or student")
    static let note = Option<String>("note", .freeText, valueName: "TEXT", help: "a note for the file")
    static let startingTier = Option<Tier>("tier", valueName: "TIER",
                                           help: "starting tier (default from --first-purchase, else regular)")
    static let card = Option<String>("card", .text, valueName: "NO",
                                     help: "use this card number instead of generating one")
    static let firstPurchase = Option<Money>("first-purchase", .positiveAmount, valueName: "AMOUNT",
                                             help: "first purchase: ≥199 regular, ≥599 silver, ≥999 gold, ≥1599 diamond")
    static let reveal = Flag("reveal", help: "show the full ID number (the reveal is on purpose; it is not journalled)")

    static let findPhone = Option<String>("phone", .text, valueName: "DIGITS",
                                          help: "the phone, or part of it: at least 4 digits such as the last four")
    static let findName = Option<String>("name", .text, valueName: "SUBSTRING",
                                         help: "part of the name, Chinese or Latin (case-insensitive)")
    static let birthdayMonth = Option<Int>("birthday-month", .integer(1...12), valueName: "M",
                                           help: "birthday in month 1–12")
    static let tier = Option<Tier>("tier", valueName: "TIER", help: "only this tier")
    static let status = Option<MemberStatus>("status", valueName: "STATUS", help: "only this status")
    static let sort = Option<MemberSort>("sort", valueName: "KEY",
                                         help: "sort by card (default), name, joined, points, balance or birthday")
    static let limit = Option<Int>("limit", .integer(1...10_000_000), valueName: "N", help: "at most N rows")

    static let newName = Option<String>("name", .text, help: "the member's name")
    static let newPhone = Option<String>("phone", .text, help: "mobile number")
    static let newBirthday = Option<Day>("birthday", .date, valueName: "DATE", help: "date of birth")

    static let slip = Flag("slip", tableOnly: true,
                           help: "also print the 32-column slip (customer and merchant copies)")
    static let earnAmount = Required<Money>("amount", .positiveAmount, valueName: "AMOUNT",
                                            help: "the receipt's amount in yuan")
    static let earnReceipt = Required<String>("receipt", .text, valueName: "NO", help: "the receipt (积分单) number")
    static let room = Option<String>("room", .text, valueName: "R", help: "room or table")
    static let gift = Option<String>("gift", .text, valueName: "ITEM", help: "the gift handed over")
    static let giftPoints = Option<Int64>("points", .integer(1...1_000_000_000), valueName: "N",
                                          help: "points the gift costs (with --gift)")
    static let voucher = Option<Int64>("voucher", .integer(1...1_000_000), valueName: "YUAN",
                                       help: "a voucher of this many yuan")
    static let topupAmount = Required<Money>("amount", .positiveAmount, valueName: "AMOUNT", help: "yuan paid in")
    static let topupReceipt = Option<String>("receipt", .text, valueName: "NO",
                                             help: "the top-up slip's number; a slip tops up once, ever")
    static let payAmount = Required<Money>("amount", .positiveAmount, valueName: "AMOUNT", help: "yuan to pay")
    static let payReceipt = Required<String>("receipt", .text, valueName: "NO", help: "the bill's receipt number")
    static let upgradeTo = Option<Tier>("to", valueName: "TIER", help: "the tier to raise the card to")
    static let reissueReason = Option<MemberDesk.ReissueReason>("reason", valueName: "WHY",
                                                                help: "lost (default) or damaged")
    static let reason = Required<String>("reason", .freeText, valueName: "TEXT", help: "why")
    static let adjustPoints = Option<Int64>("points", .integer(-1_000_000_000...1_000_000_000), valueName: "N",
                                            help: "points to add (negative to take)")
    static let adjustAmount = Option<Money>("amount", .amount, valueName: "AMOUNT",
                                            help: "stored value to add in yuan (negative to take, such as -9000 for a "
                                                + "top-up keyed ten times too high)")
    static let yes = Flag("yes", short: "y", help: "do not ask for confirmation on a terminal (scripts are never asked)")
    static let refund = Flag("refund", help: "the balance left is paid back in cash; points left lapse")
    static let forfeit = Flag("forfeit", help: "the balance and points left lapse (nothing is paid back)")
    static let reverseReceipt = Required<String>("receipt", .text, valueName: "NO", help: "the refunded receipt")
    static let priceAmount = Required<Money>("amount", .positiveAmount, valueName: "AMOUNT",
                                             help: "the full price in yuan")
    static let storeDiscount = Option<Rate>("store-discount", .rate, valueName: "RATE",
                                            help: "the store's discount on these goods, such as 0.9")
    static let on = Option<Day>("on", .date, valueName: "DATE", help: "the day of purchase (default today)")
    static let asOf = Option<Day>("as-of", .date, valueName: "DATE", help: "expire as of this day (default today)")
    static let from = Required<String>("from", .text, valueName: "FILE",
                                      help: "the CSV file (UTF-8, with or without BOM)")
    static let ledger = Option<String>("ledger", .text, valueName: "FILE",
                                       help: "the history from 'cs export ledger': imported as it is instead of "
                                           + "opening entries")
    static let dryRun = Flag("dry-run", help: "check every row and report, change nothing")

    static let cardArgument = Argument<String>("CARD", help: "the card number")
    static let cardOrPhone = Argument<String>("CARD|PHONE",
                                              help: "card number, or the phone of a member who forgot the card")
    static let cardOrPhoneShort = Argument<String>("CARD|PHONE", help: "card number or phone")
}

/// The orders `member list --sort` offers.
enum MemberSort: String, CaseIterable, Sendable {
    case card, name, joined, points, balance, birthday
}
