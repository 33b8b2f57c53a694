/// The membership desk's settings, with the manuals' figures as defaults.
extension ConfigKey {
    public static let cardPrefix = key(
        "member.cardPrefix", .digits(1...6), "88",
        "first digits of generated card numbers",
        zh: "生成卡号的前几位")
    public static let pointsPerYuan = key(
        "member.pointsPerYuan", .integer(1...100), "1",
        "points earned per yuan spent",
        zh: "每消费一元获得的积分")
    public static let pointsExpireMonths = key(
        "member.pointsExpireMonths", .integer(1...120), "12",
        "months after which earned points expire",
        zh: "积分获得后多少个月过期")
    public static let voucherPointsPerYuan = key(
        "member.voucherPointsPerYuan", .integer(1...1000), "10",
        "points a voucher costs per yuan",
        zh: "代金券每元所需积分")
    public static let voucherMinYuan = key(
        "member.voucherMinYuan", .integer(1...100_000), "10",
        "smallest voucher, in yuan",
        zh: "代金券最小面值(元)")
    public static let voucherMaxYuan = key(
        "member.voucherMaxYuan", .integer(1...100_000), "100",
        "largest voucher, in yuan",
        zh: "代金券最大面值(元)")
    /// Per tier, in `Tier.allCases` order (cumulative from silver).
    static let firstPurchaseKeys: [ConfigKey] = [
        key(
            "member.firstPurchase.regular", .money, "199.00", "first purchase that makes a regular card",
            zh: "办普通卡的首次消费金额"),
        key(
            "member.firstPurchase.silver", .money, "599.00", "first purchase that makes a silver card",
            zh: "办银卡的首次消费金额"),
        key(
            "member.firstPurchase.gold", .money, "999.00", "first purchase that makes a gold card",
            zh: "办金卡的首次消费金额"),
        key(
            "member.firstPurchase.diamond", .money, "1599.00", "first purchase that makes a diamond card",
            zh: "办钻石卡的首次消费金额"),
    ]
    static let cumulativeKeys: [ConfigKey] = [
        key(
            "member.cumulative.silver", .money, "3000.00", "cumulative spend that upgrades to silver",
            zh: "升银卡的累计消费"),
        key(
            "member.cumulative.gold", .money, "8000.00", "cumulative spend that upgrades to gold",
            zh: "升金卡的累计消费"),
        key(
            "member.cumulative.diamond", .money, "20000.00", "cumulative spend that upgrades to diamond",
            zh: "升钻石卡的累计消费"),
    ]
    public static let storedValueGold = key(
        "member.storedValueGold", .money, "3000.00",
        "stored value that grants at least gold",
        zh: "储值达到此金额至少为金卡")
    static let discountKeys: [ConfigKey] = [
        key(
            "member.discount.regular", .rate, "0.88", "regular card discount on full-price goods",
            zh: "普通卡正价商品折扣"),
        key(
            "member.discount.silver", .rate, "0.85", "silver card discount on full-price goods",
            zh: "银卡正价商品折扣"),
        key(
            "member.discount.gold", .rate, "0.8", "gold card discount on full-price goods",
            zh: "金卡正价商品折扣"),
        key(
            "member.discount.diamond", .rate, "0.78", "diamond card discount on full-price goods",
            zh: "钻石卡正价商品折扣"),
    ]
    static let birthdayDiscountKeys: [ConfigKey] = [
        key(
            "member.birthdayDiscount.regular", .rate, "0.6", "regular card discount on the birthday",
            zh: "普通卡生日当天折扣"),
        key(
            "member.birthdayDiscount.silver", .rate, "0.58", "silver card discount on the birthday",
            zh: "银卡生日当天折扣"),
        key(
            "member.birthdayDiscount.gold", .rate, "0.55", "gold card discount on the birthday",
            zh: "金卡生日当天折扣"),
        key(
            "member.birthdayDiscount.diamond", .rate, "0.5", "diamond card discount on the birthday",
            zh: "钻石卡生日当天折扣"),
    ]
    public static let stackThreshold = key(
        "member.stackThreshold", .rate, "0.75",
        "store discounts at or above this allow 折上折",
        zh: "商场折扣达到或高于此值时可享折上折")
    public static let stackRate = key(
        "member.stackRate", .rate, "0.88", "the further discount of 折上折",
        zh: "折上折的再折扣")

    /// The first purchase that makes a card of `tier`.
    public static func firstPurchase(_ tier: Tier) -> ConfigKey { firstPurchaseKeys[tier.index] }
    /// The cumulative spend that upgrades to `tier` (regular has none: it is where cards start).
    public static func cumulative(_ tier: Tier) -> ConfigKey? {
        tier == .regular ? nil : cumulativeKeys[tier.index - 1]
    }
    public static func discount(_ tier: Tier) -> ConfigKey { discountKeys[tier.index] }
    public static func birthdayDiscount(_ tier: Tier) -> ConfigKey { birthdayDiscountKeys[tier.index] }

    static let member: [ConfigKey] =
        [
            cardPrefix, pointsPerYuan, pointsExpireMonths, voucherPointsPerYuan,
            voucherMinYuan,
            voucherMaxYuan,
        ]
        + firstPurchaseKeys + cumulativeKeys + [storedValueGold] + discountKeys + birthdayDiscountKeys
        + [stackThreshold, stackRate]
}

extension Tier {
    /// Position in `allCases` (regular 0 … diamond 3): the per-tier keys are listed so.
    var index: Int { Tier.allCases.firstIndex(of: self) ?? 0 }
}
