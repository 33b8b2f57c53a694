import CSCore

/// Every option and argument of `cs member`, declared once and read by value.
enum MemberOption {
    static let name = Required<String>("name", .text, help: "the member's name", zh: "会员姓名")
    static let phone = Required<String>(
        "phone", .text, help: "mobile number; unique among current members",
        zh: "手机号;在现有会员中唯一")
    static let birthday = Required<Day>(
        "birthday", .date, valueName: "DATE", help: "date of birth YYYY-MM-DD",
        zh: "出生日期 YYYY-MM-DD")
    static let gender = Option<Gender>(
        "gender", valueName: "G", help: "male, female or unspecified",
        zh: "性别:male/男、female/女 或 unspecified/未填")
    static let idNumber = Option<String>(
        "id-number", .text, valueName: "ID",
        help: "national ID number (stored 0600, shown masked)",
        zh: "身份证号(以 0600 权限保存,显示时打码)")
    static let address = Option<String>(
        "address", .freeText, valueName: "TEXT", help: "postal address",
        zh: "通讯地址(可换行)")
    static let email = Option<String>("email", .text, valueName: "ADDR", help: "e-mail address", zh: "电子邮箱")
    static let kind = Option<MemberKind>(
        "kind", valueName: "KIND", help: "regular, stored-value or student",
        zh: "卡类型:regular/普通、stored-value/储值卡 或 student/学生卡")
    static let note = Option<String>("note", .freeText, valueName: "TEXT", help: "a note for the file", zh: "档案备注(可换行)")
    static let startingTier = Option<Tier>(
        "tier", valueName: "TIER",
        help: "starting tier (default from --first-purchase, else regular)",
        zh: "初始等级(默认按 --first-purchase,否则为普通卡)")
    static let card = Option<String>(
        "card", .text, valueName: "NO",
        help: "use this card number instead of generating one", zh: "指定卡号,不自动生成")
    static let firstPurchase = Option<Money>(
        "first-purchase", .positiveAmount, valueName: "AMOUNT",
        help: "first purchase: ≥199 regular, ≥599 silver, ≥999 gold, ≥1599 diamond",
        zh: "首次消费金额:≥199 普通卡,≥599 银卡,≥999 金卡,≥1599 钻石卡")
    static let cardFee = Option<Money>(
        "card-fee", .amount, valueName: "AMOUNT",
        help: "the card fee taken (default member.cardFee.KIND: 200 for a regular card)",
        zh: "收取的工本费(默认 member.cardFee.KIND:会员卡 200 元)")
    static let charterSigned = Flag(
        "charter-signed", help: "the member read and signed the charter (会员章程)", zh: "会员已阅读并签署会员章程")
    static let registrationSlip = Flag(
        "slip", help: "print the registration slip (会员办理确认单) to sign", zh: "打印会员办理确认单供签字")
    static let takingsDate = Option<Day>(
        "date", .date, valueName: "DATE", help: "the day (default today)", zh: "日期(默认今天)")
    static let messageTemplate = Required<String>(
        "template", .text, valueName: "FILE",
        help: "the message, UTF-8 text with {name} {title} {card} {tier}",
        zh: "短信内容文件(UTF-8),可用 {name} {title} {card} {tier}")
    static let messageKind = Option<MemberKind>(
        "kind", valueName: "KIND", help: "only this kind of card: regular, stored-value or student",
        zh: "只发此类卡:regular/普通、stored-value/储值卡 或 student/学生卡")
    static let reviewWithin = Option<Int>(
        "within", .integer(0...366), valueName: "DAYS",
        help: "reviews falling due within DAYS from today, and overdue ones (default 30)",
        zh: "今后 DAYS 天内到期及已过期的审核(默认 30)")
    static let perkRoom = Option<String>(
        "room", .text, valueName: "ROOM", help: "take the free singing in this room (one of member.perkRooms)",
        zh: "在此包厢使用免唱优惠(须为 member.perkRooms 之一)")
    static let voucherYear = Option<Int>(
        "year", .integer(2000...9999), valueName: "YEAR", help: "vouchers issued in this year", zh: "此年度发放的现金券")
    static let voucherStatus = Option<VoucherStatus>(
        "status", valueName: "S", help: "issued (not yet used), used or expired",
        zh: "issued/未使用、used/已使用 或 expired/已过期")
    static let voucherReceipt = Required<String>(
        "receipt", .text, valueName: "NO", help: "the receipt the voucher paid", zh: "使用现金券的小票号")
    static let voucherID = Argument<String>("VOUCHER", help: "the voucher id (V2026-…)", zh: "现金券编号(V2026-…)")
    static let reveal = Flag(
        "reveal", help: "show the full ID number (the reveal is on purpose; it is not journalled)",
        zh: "显示完整身份证号(有意查看;不记入日志)")

    static let findPhone = Option<String>(
        "phone", .text, valueName: "DIGITS",
        help: "the phone, or part of it: at least 4 digits such as the last four",
        zh: "手机号或其中一段:至少 4 位数字,如尾号四位")
    static let findName = Option<String>(
        "name", .text, valueName: "SUBSTRING",
        help: "part of the name, Chinese or Latin (case-insensitive)",
        zh: "姓名的一部分,中文或拼音(不区分大小写)")
    static let birthdayMonth = Option<Int>(
        "birthday-month", .integer(1...12), valueName: "M",
        help: "birthday in month 1–12", zh: "生日月份 1–12")
    static let tier = Option<Tier>("tier", valueName: "TIER", help: "only this tier", zh: "只列此等级")
    static let status = Option<MemberStatus>("status", valueName: "STATUS", help: "only this status", zh: "只列此状态")
    static let sort = Option<MemberSort>(
        "sort", valueName: "KEY",
        help: "sort by card (default), name, joined, points, balance or birthday",
        zh: "排序:card(默认)、name、joined、points、balance 或 birthday")
    static let limit = Option<Int>(
        "limit", .integer(1...10_000_000), valueName: "N", help: "at most N rows",
        zh: "最多 N 行")

    static let newName = Option<String>("name", .text, help: "the member's name", zh: "会员姓名")
    static let newPhone = Option<String>("phone", .text, help: "mobile number", zh: "手机号")
    static let newBirthday = Option<Day>("birthday", .date, valueName: "DATE", help: "date of birth", zh: "出生日期")

    static let slip = Flag(
        "slip", tableOnly: true,
        help: "also print the 32-column slip (customer and merchant copies)",
        zh: "同时打印 32 列小票(顾客联与商户联)")
    static let earnAmount = Required<Money>(
        "amount", .positiveAmount, valueName: "AMOUNT",
        help: "the receipt's amount in yuan", zh: "消费单金额(元)")
    static let earnReceipt = Required<String>(
        "receipt", .text, valueName: "NO", help: "the receipt (积分单) number",
        zh: "积分单号")
    static let room = Option<String>("room", .text, valueName: "R", help: "room or table", zh: "房间或桌号")
    static let gift = Option<String>("gift", .text, valueName: "ITEM", help: "the gift handed over", zh: "兑换的礼品")
    static let giftPoints = Option<Int64>(
        "points", .integer(1...1_000_000_000), valueName: "N",
        help: "points the gift costs (with --gift)", zh: "礼品所需积分(与 --gift 同用)")
    static let voucher = Option<Int64>(
        "voucher", .integer(1...1_000_000), valueName: "YUAN",
        help: "a voucher of this many yuan", zh: "代金券面值(元)")
    static let topupAmount = Required<Money>(
        "amount", .positiveAmount, valueName: "AMOUNT", help: "yuan paid in",
        zh: "充值金额(元)")
    static let topupReceipt = Option<String>(
        "receipt", .text, valueName: "NO",
        help: "the top-up slip's number; a slip tops up once, ever",
        zh: "充值单号;同一单号只能充值一次")
    static let payAmount = Required<Money>(
        "amount", .positiveAmount, valueName: "AMOUNT", help: "yuan to pay",
        zh: "消费金额(元)")
    static let payReceipt = Required<String>(
        "receipt", .text, valueName: "NO", help: "the bill's receipt number",
        zh: "账单号")
    static let upgradeTo = Option<Tier>("to", valueName: "TIER", help: "the tier to raise the card to", zh: "升至此等级")
    static let reissueReason = Option<MemberDesk.ReissueReason>(
        "reason", valueName: "WHY",
        help: "lost (default) or damaged",
        zh: "lost/挂失(默认)或 damaged/损坏")
    static let reason = Required<String>("reason", .freeText, valueName: "TEXT", help: "why", zh: "原因(可换行)")
    static let adjustPoints = Option<Int64>(
        "points", .integer(-1_000_000_000...1_000_000_000), valueName: "N",
        help: "points to add (negative to take)", zh: "增加的积分(负数为扣减)")
    static let adjustAmount = Option<Money>(
        "amount", .amount, valueName: "AMOUNT",
        help: "stored value to add in yuan (negative to take, such as -9000 for a "
            + "top-up keyed ten times too high)",
        zh: "增加的储值金额(元;负数为扣减,如 -9000 更正多输一位的充值)")
    static let yes = SharedOption.yes
    static let refund = Flag(
        "refund", help: "the balance left is paid back in cash; points left lapse",
        zh: "退还剩余余额(现金),剩余积分作废")
    static let forfeit = Flag(
        "forfeit", help: "the balance and points left lapse (nothing is paid back)",
        zh: "剩余余额与积分均作废(不退款)")
    static let reverseReceipt = Required<String>(
        "receipt", .text, valueName: "NO", help: "the refunded receipt",
        zh: "退货的消费单号")
    static let priceAmount = Required<Money>(
        "amount", .positiveAmount, valueName: "AMOUNT",
        help: "the full price in yuan", zh: "原价(元)")
    static let storeDiscount = Option<Rate>(
        "store-discount", .rate, valueName: "RATE",
        help: "the store's discount on these goods, such as 0.9",
        zh: "商场对该商品的折扣,如 0.9 或 9折")
    /// `--date`, the one name for "this day" (invoice list, takings, report).
    static let on = Option<Day>(
        "date", .date, valueName: "DATE", help: "the day of purchase (default today)",
        zh: "消费日期(默认今天)")
    static let asOf = Option<Day>(
        "as-of", .date, valueName: "DATE", help: "expire as of this day (default today)",
        zh: "按此日期处理过期(默认今天)")
    static let from = Required<String>(
        "from", .text, valueName: "FILE",
        help: "the CSV file (UTF-8, with or without BOM)", zh: "CSV 文件(UTF-8,可带 BOM)")
    static let ledger = Option<String>(
        "ledger", .text, valueName: "FILE",
        help: "the history from 'cs export ledger': imported as it is instead of "
            + "opening entries", zh: "'cs export ledger' 导出的明细:原样导入,不再生成期初记录")
    static let dryRun = Flag("dry-run", help: "check every row and report, change nothing", zh: "逐行检查并报告,不做任何更改")

    static let cardArgument = Argument<String>("CARD", help: "the card number, or the member's phone", zh: "会员卡号或手机号")
    static let cardOrPhone = Argument<String>(
        "CARD|PHONE",
        help: "card number, or the phone of a member who forgot the card",
        zh: "卡号,或忘带卡会员的手机号")
    static let cardOrPhoneShort = Argument<String>("CARD|PHONE", help: "card number or phone", zh: "卡号或手机号")
}

/// The orders `member list --sort` offers.
enum MemberSort: String, CaseIterable, Sendable {
    case card, name, joined, points, balance, birthday
}
