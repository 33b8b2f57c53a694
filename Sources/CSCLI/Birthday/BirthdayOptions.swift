import CSCore

/// Every option and argument of `cs birthday`, declared once and read by value.
enum BirthdayOption {
    static let month = Option<Month>(
        "month", .comingMonth, valueName: "M",
        help: "YYYY-MM, this, next, +N, or 1–12 meaning its next occurrence (default "
            + "this month)", zh: "月份:YYYY-MM、this、next、+N,或 1–12(指下一个该月)(默认本月)")
    /// `--within DAYS`, as `member reviews` looks ahead (one name per meaning, cs(1)).
    static let upcomingDays = Option<Int>(
        "within", .integer(0...366), valueName: "DAYS",
        help: "how many days ahead (default 7)", zh: "向后看几天(默认 7)")
    static let greetDays = Option<Int>(
        "days", .integer(0...31), valueName: "N",
        help: "days before the birthday (default birthday.greetDays, 1)",
        zh: "生日前几天(默认 birthday.greetDays,1)")
    static let template = Option<String>(
        "template", .text, valueName: "FILE",
        help: "message template with {name} {title} {card} {date} {discount} {gift} (default in the "
            + "chosen language)",
        zh: "祝福模板文件,可用 {name} {title} {card} {date} {discount} {gift}(默认按所选语言)")
    static let item = Required<String>("item", .text, valueName: "ITEM", help: "what the gift is", zh: "赠品名称")
    static let pickedUpBy = Option<String>(
        "picked-up-by", .text, valueName: "NAME",
        help: "who collected it from finance (default the clerk)",
        zh: "从财务领取人(默认经办人)")
    static let force = Flag(
        "force",
        help: "prepare anyway: a second gift for the same birthday, or one for a birthday "
            + "more than a month ahead",
        zh: "仍然准备:同一生日的第二份赠品,或一个月以后的生日的赠品")
    /// Named after the field it sets (handedOverBy), as --picked-up-by and --received-by are.
    static let handedOverBy = Option<String>(
        "handed-over-by", .text, valueName: "NAME",
        help: "who handed it over (default the clerk)", zh: "交给会员的经办人(默认当前经办人)")
    static let idChecked = Flag(
        "id-checked", help: "the member collected it in person, the ID checked (本人领取)",
        zh: "会员本人领取,已核对身份证")
    static let returnReason = Option<String>("reason", .freeText, valueName: "TEXT", help: "why", zh: "退回原因")
    static let giftMonth = Option<Month>("month", .month, valueName: "M", help: "birthdays in this month", zh: "生日在此月份")
    static let giftStatus = Option<GiftStatus>(
        "status", valueName: "S", help: "prepared, given or returned",
        zh: "prepared/已领取、given/已送出 或 returned/已退回")
    static let through = Option<Day>(
        "through", .date, valueName: "DATE", help: "up to this day (default today)",
        zh: "截至此日(默认今天)")
    static let since = Option<Day>(
        "since", .date, valueName: "DATE",
        help: "from this day (default the 1st of that month)", zh: "自此日起(默认该月 1 日)")
    static let answer = Required<ReplyAnswer>(
        "answer", valueName: "A", help: "what the member said: coming, not-coming or unsure",
        zh: "会员的答复:coming/会来、not-coming/不来 或 unsure/未定")
    static let replyNote = Option<String>("note", .freeText, valueName: "TEXT", help: "what else was said", zh: "备注")
    static let count = Flag(
        "totals", help: "only the totals: coming, not coming, unsure, not asked",
        zh: "只显示人数:会来、不来、未定、未询问")
    static let cardOrPhone = Argument<String>("CARD|PHONE", help: "card number, or the member's phone", zh: "卡号,或会员手机号")
    /// Completion offers the gifts prepared and not yet handed over or given back.
    static let giftID = Argument<String>(
        "ID", help: "the gift id", zh: "赠品编号",
        ids: RecordIds { ctx in
            try BirthdayCommands.gifts(ctx).list(month: nil, status: .prepared).records.map(\.id)
        })
}
