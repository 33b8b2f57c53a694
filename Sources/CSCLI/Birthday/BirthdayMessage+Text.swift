import CSCore

/// The texts of the birthday desk: greetings and the gift register, English and Chinese side by side.
extension BirthdayMessage: Phrased {
    var text: Text {
        switch self {
        case .replyRecorded:
            Text(
                en: "{0} ({1}) for the birthday on {2}: {3}",
                zh: "{0}({1}){2} 生日:{3}")
        case .attendanceCount:
            Text(
                en: "{0}: {1} birthdays — {2} coming, {3} not coming, {4} unsure, {5} not asked yet",
                zh: "{0}:生日会员 {1} 位 — 会来 {2} 位,不来 {3} 位,未定 {4} 位,尚未询问 {5} 位")
        case .giftNotFound:
            Text(
                en: "no gift {0} — gift ids look like G01-1 ('cs birthday gift list' shows them)",
                zh: "没有赠品 {0} — 赠品编号形如 G01-1('cs birthday gift list' 可查看)")
        case .giftAlreadyPrepared:
            Text(
                en: "a gift for card {0}'s {1} birthday was already prepared ({2}) — use --force to prepare another",
                zh: "卡 {0} 的 {1} 年生日赠品已领取({2})— 如需再领请加 --force")
        case .giftTooEarly:
            Text(
                en: "card {0}'s birthday is {1}, {2} days away — a gift is prepared at most {3} days ahead "
                    + "(--force if this is intended)",
                zh: "卡 {0} 的生日是 {1},还有 {2} 天 — 赠品最早提前 {3} 天准备(确需准备请加 --force)")
        case .giftAlreadyClosed:
            Text(
                en: "gift {0} is already {1} — a gift is given or returned once",
                zh: "赠品 {0} 已是 {1} 状态 — 每份赠品只能送出或退回一次")
        case .giftMemberNotActive:
            Text(
                en: "card {0} is {1} — gifts are for active members",
                zh: "卡 {0} 状态为 {1} — 赠品只发给正常状态的会员")
        case .giftPrepared:
            Text(
                en: "gift {0} prepared: {1} for {2} ({3}), birthday {4}",
                zh: "已登记赠品 {0}:{1},给 {2}({3}),生日 {4}")
        case .giftGiven:
            Text(
                en: "gift {0} given to {1}",
                zh: "赠品 {0} 已送给 {1}")
        case .giftReturned:
            Text(
                en: "gift {0} returned to finance",
                zh: "赠品 {0} 已退回财务")
        case .greetingDefault:
            Text(
                en: "Dear {title}{name}, happy birthday for {date}! On the day card {card} takes {discount} off "
                    + "full-price goods.{gift}",
                zh: "尊敬的{name}{title}：祝您{date}生日快乐！生日当天凭会员卡 {card} 购买正价货品享{discount}折优惠。{gift}")
        case .greetingGift:
            Text(
                en: " A birthday gift is waiting for you at the VIP desk: please collect it in person.",
                zh: "您的生日礼物已备好,请本人到VIP服务中心领取。")
        case .greetingUnknownPlaceholder:
            Text(
                en: "unknown placeholder {0} in template {1} — use {name}, {title}, {card}, {date}, {discount}, {gift}",
                zh: "模板 {1} 中有未知占位符 {0} — 可用 {name}、{title}、{card}、{date}、{discount}、{gift}")
        case .reconcileSummary:
            Text(
                en: "gifts prepared {0} to {1}: prepared {2}, given {3}, returned {4}, outstanding {5}",
                zh: "{0} 至 {1} 领取的赠品:领取 {2},送出 {3},退回 {4},未结 {5}")
        case .reconcileProblem:
            Text(
                en: "outstanding more than a day: {0} {1} for {2} ({3}), prepared {4}, picked up by {5}",
                zh: "超过一天未结:{0} {1},给 {2}({3}),{4} 领取,领取人 {5}")
        case .reconcileOK:
            Text(
                en: "no outstanding gift older than a day",
                zh: "没有超过一天未结的赠品")
        case .boardTitle: Text(en: "Birthdays and gifts", zh: "生日与礼品")
        case .boardToday: Text(en: "today  {0}  {1}  {2}", zh: "今天  {0}  {1}  {2}")
        case .boardTomorrow: Text(en: "tomorrow  {0}  {1}  {2}", zh: "明天  {0}  {1}  {2}")
        case .boardGiftToCollect:
            Text(en: "no gift yet: collect it from finance", zh: "礼品未领:请向财务领取")
        case .boardGiftToHand: Text(en: "gift {0} ({1}) to hand to {2}", zh: "礼品 {0}({1})待交给 {2}")
        case .boardGiftOutstanding:
            Text(
                en: "gift {0} ({1}) for {2} prepared {3}, neither given nor returned",
                zh: "礼品 {0}({1},{2})于 {3} 领取,尚未送出或退回")
        case .doctorIndexNotBuilt:
            Text(
                en: "the birthday index has not been built yet (doctor --repair builds it)",
                zh: "生日索引尚未建立(doctor --repair 会建立)")
        case .syncGiftTwice:
            Text(
                en: "two birthday gifts for {0}: {1} — take one back (cs birthday gift return)",
                zh: "{0} 领了两份生日礼品:{1} — 请退回一份(cs birthday gift return)")
        }
    }
}
