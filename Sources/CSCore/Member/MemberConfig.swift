/// The membership desk's settings, with the manuals' figures as defaults.
extension ConfigKey {
    public static var cardPrefix: ConfigKey<String> {
        .digits(
            "member.cardPrefix", 1...6, "88",
            "first digits of generated card numbers",
            zh: "生成卡号的前几位")
    }
    public static var pointsPerYuan: ConfigKey<Int> {
        .integer(
            "member.pointsPerYuan", 1...100, "1",
            "points earned per yuan spent",
            zh: "每消费一元获得的积分")
    }
    public static var reviewMonths: ConfigKey<Int> {
        .integer(
            "member.reviewMonths", 1...120, "12",
            "months between VIP reviews (seed: 审核期1年)",
            zh: "会员审核周期(月)(手册:审核期1年)")
    }
    public static var pointsExpireMonths: ConfigKey<Int> {
        .integer(
            "member.pointsExpireMonths", 1...120, "12",
            "months after which earned points expire",
            zh: "积分获得后多少个月过期")
    }
    public static var voucherPointsPerYuan: ConfigKey<Int> {
        .integer(
            "member.voucherPointsPerYuan", 1...1000, "10",
            "points a voucher costs per yuan",
            zh: "代金券每元所需积分")
    }
    public static var voucherMinYuan: ConfigKey<Int> {
        .integer(
            "member.voucherMinYuan", 1...100_000, "10",
            "smallest voucher, in yuan",
            zh: "代金券最小面值(元)")
    }
    public static var voucherMaxYuan: ConfigKey<Int> {
        .integer(
            "member.voucherMaxYuan", 1...100_000, "100",
            "largest voucher, in yuan",
            zh: "代金券最大面值(元)")
    }
    /// The name stays from when it granted gold; the tier it grants is `member.storedValueTier`.
    public static var storedValueGold: ConfigKey<Money> {
        .money(
            "member.storedValueGold", "3000.00",
            "stored value that grants at least member.storedValueTier (seed: 3000)",
            zh: "储值达到此金额至少为 member.storedValueTier 的等级(手册:3000)")
    }
    /// The seed: 储值3000元 "就可以直接享受贵宾卡待遇 … 还可以升级为金卡" — VIP treatment, gold a
    /// further step by spend; silver is the tier that treatment maps to.
    public static var storedValueTier: ConfigKey<String> {
        .choice(
            "member.storedValueTier", Tier.allCases.map(\.rawValue), "silver",
            "the tier stored value of member.storedValueGold grants (seed: 贵宾卡, silver)",
            zh: "储值达标后至少享有的等级(手册:贵宾卡,即银卡)")
    }
    public static var stackThreshold: ConfigKey<Rate> {
        .rate(
            "member.stackThreshold", "0.75",
            "store discounts at or above this allow 折上折",
            zh: "商场折扣达到或高于此值时可享折上折")
    }
    public static var stackRate: ConfigKey<Rate> {
        .rate(
            "member.stackRate", "0.88", "the further discount of 折上折",
            zh: "折上折的再折扣")
    }

    /// The card fee taken at registration for a card of `kind` (seed: 会员卡 200; the stored-value
    /// and student cards' fees are blanks the venue fills: 0).
    public static func cardFee(_ kind: MemberKind) -> ConfigKey<Money> {
        .money(
            "member.cardFee.\(kind.rawValue)", kind == .regular ? "200.00" : "0.00",
            "card fee taken when a \(kind.rawValue) card is registered", zh: "办理\(kind.chineseName)收取的工本费")
    }

    /// The first purchase that makes a card of `tier` (seed: 199 / 599 / 999 / 1599 yuan).
    public static func firstPurchase(_ tier: Tier) -> ConfigKey<Money> {
        .money(
            "member.firstPurchase.\(tier.rawValue)", tier.figures.firstPurchase,
            "first purchase that makes a \(tier.rawValue) card", zh: "办\(tier.chineseName)的首次消费金额")
    }

    /// The cumulative spend that upgrades to `tier` (regular has none: it is where cards start).
    public static func cumulative(_ tier: Tier) -> ConfigKey<Money>? {
        tier.figures.cumulative.map {
            .money(
                "member.cumulative.\(tier.rawValue)", $0, "cumulative spend that upgrades to \(tier.rawValue)",
                zh: "升\(tier.chineseName)的累计消费")
        }
    }

    public static func discount(_ tier: Tier) -> ConfigKey<Rate> {
        .rate(
            "member.discount.\(tier.rawValue)", tier.figures.discount,
            "\(tier.rawValue) card discount on full-price goods", zh: "\(tier.chineseName)正价商品折扣")
    }

    public static func birthdayDiscount(_ tier: Tier) -> ConfigKey<Rate> {
        .rate(
            "member.birthdayDiscount.\(tier.rawValue)", tier.figures.birthdayDiscount,
            "\(tier.rawValue) card discount on the birthday", zh: "\(tier.chineseName)生日当天折扣")
    }
}

extension ConfigSetting {
    static let member: [ConfigSetting] =
        [
            ConfigKey<String>.cardPrefix.setting,
            ConfigKey<Int>.pointsPerYuan.setting,
            ConfigKey<Int>.pointsExpireMonths.setting,
            ConfigKey<Int>.reviewMonths.setting,
            ConfigKey<Int>.voucherPointsPerYuan.setting,
            ConfigKey<Int>.voucherMinYuan.setting,
            ConfigKey<Int>.voucherMaxYuan.setting,
        ]
        + Tier.allCases.map { ConfigKey<Money>.firstPurchase($0).setting }
        + Tier.allCases.compactMap { ConfigKey<Money>.cumulative($0)?.setting }
        + [ConfigKey<Money>.storedValueGold.setting, ConfigKey<String>.storedValueTier.setting]
        + ConfigSetting.perk
        + MemberKind.allCases.map { ConfigKey<Money>.cardFee($0).setting }
        + Tier.allCases.map { ConfigKey<Rate>.discount($0).setting }
        + Tier.allCases.map { ConfigKey<Rate>.birthdayDiscount($0).setting }
        + [ConfigKey<Rate>.stackThreshold.setting, ConfigKey<Rate>.stackRate.setting]
}

extension Tier {
    /// The manuals' default figures of each tier (seed: the KTV VIP scheme), as `config.json`
    /// starts with them; the per-tier keys are generated from these.
    var figures: (firstPurchase: String, cumulative: String?, discount: String, birthdayDiscount: String) {
        switch self {
        case .regular: ("199.00", nil, "0.88", "0.6")
        case .silver: ("599.00", "3000.00", "0.85", "0.58")
        case .gold: ("999.00", "8000.00", "0.8", "0.55")
        case .diamond: ("1599.00", "20000.00", "0.78", "0.5")
        }
    }

    /// The card's name in Chinese: the keys' summaries and the tables' labels.
    public var chineseName: String {
        switch self {
        case .regular: "普通卡"
        case .silver: "银卡"
        case .gold: "金卡"
        case .diamond: "钻石卡"
        }
    }
}

extension MemberKind {
    /// For the Chinese summaries of the per-kind settings.
    public var chineseName: String {
        switch self {
        case .regular: "会员卡"
        case .storedValue: "储值卡"
        case .student: "学生卡"
        }
    }
}
