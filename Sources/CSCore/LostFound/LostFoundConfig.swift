/// The lost-and-found desk's settings (seed 002, 三: day end → the VIP service center, three
/// days → general affairs; a year unclaimed → due for disposal).
extension ConfigKey {
    public static var lostDayEnd: ConfigKey<String> {
        .clockTime(
            "lostfound.dayEnd", "23:00",
            "closing time: items still at the desk then move to the service center",
            zh: "营业结束时间:此时仍在服务台的物品移交客服中心")
    }
    public static var lostGeneralAffairsDays: ConfigKey<Int> {
        .integer(
            "lostfound.generalAffairsDays", 1...365, "3",
            "days after being found (exactly N×24 h) that unclaimed items go "
                + "to general affairs",
            zh: "拾获后满几天(整 N×24 小时)未认领的物品移交总务处")
    }
    public static var lostDisposalDays: ConfigKey<Int> {
        .integer(
            "lostfound.disposalDays", 1...3650, "365",
            "days after registration that unclaimed items are due for disposal",
            zh: "登记后满几天未认领的物品到期待处理")
    }
    public static var lostValuables: ConfigKey<[String]> {
        .words(
            "lostfound.valuables",
            "phone,wallet,purse,jewellery,jewelry,cash,watch,laptop,notebook computer,tablet,ipad,camera,"
                + "id card,passport,licence,license,bank card,credit card,keys,"
                + "手机,钱包,首饰,现金,手表,项链,戒指,耳环,手镯,笔记本电脑,电脑,平板,相机,"
                + "身份证,证件,护照,驾驶证,银行卡,信用卡,钥匙",
            "words that make an item a valuable (kept in the safe) when its name "
                + "contains one",
            zh: "物品名称含其中任一词即视为贵重物品(放入保险柜)")
    }

}

extension Config {
    /// The valuable words, lowercased.
    public var valuableWords: [String] {
        words(.lostValuables).map { $0.lowercased() }
    }

    /// The day-end closing time as seconds after midnight.
    var lostDayEndSeconds: Int { secondsAfterMidnight(.lostDayEnd) ?? 23 * 3600 }
}

extension ConfigSetting {
    static let lostfound: [ConfigSetting] = [
        ConfigKey<String>.lostDayEnd.setting,
        ConfigKey<Int>.lostGeneralAffairsDays.setting,
        ConfigKey<Int>.lostDisposalDays.setting,
        ConfigKey<[String]>.lostValuables.setting,
    ]
}
