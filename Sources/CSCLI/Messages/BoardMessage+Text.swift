import CSCore

/// The texts of `cs today`, English and Chinese side by side.
extension BoardMessage {
    var text: Text {
        switch self {
        case .title: Text(en: "Shift board — {0}", zh: "交班看板 — {0}")
        case .nothing: Text(en: "nothing due: a quiet shift", zh: "没有待办事项")
        case .anythingOverdue: Text(en: "{0} overdue — see above", zh: "{0} 项已逾期 — 见上")
        case .birthdays: Text(en: "Birthdays and gifts", zh: "生日与礼品")
        case .birthdayToday: Text(en: "today  {0}  {1}  {2}", zh: "今天  {0}  {1}  {2}")
        case .birthdayTomorrow: Text(en: "tomorrow  {0}  {1}  {2}", zh: "明天  {0}  {1}  {2}")
        case .giftToCollect:
            Text(en: "no gift yet: collect it from finance", zh: "礼品未领:请向财务领取")
        case .giftToHand: Text(en: "gift {0} ({1}) to hand to {2}", zh: "礼品 {0}({1})待交给 {2}")
        case .giftOutstanding:
            Text(en: "gift {0} ({1}) for {2} prepared {3}, neither given nor returned",
                 zh: "礼品 {0}({1},{2})于 {3} 领取,尚未送出或退回")
        case .complaints: Text(en: "Complaints due in 12 hours or overdue", zh: "12 小时内到期或已超时的投诉")
        case .lostfound: Text(en: "Lost and found", zh: "客遗物")
        case .lostSafe: Text(en: "in the safe  {0}  {1}  since {2}", zh: "保险柜  {0}  {1}  自 {2}")
        case .invoices: Text(en: "Invoices", zh: "发票")
        case .stockLeft: Text(en: "{0} {1}–{2}: {3} left, next {4}", zh: "{0} {1}–{2}:剩余 {3} 张,下一号 {4}")
        case .stockLow:
            Text(en: "{0} {1}–{2}: only {3} left — draw stock from finance", zh: "{0} {1}–{2}:仅剩 {3} 张 — 请向财务领用")
        case .invoiceGap:
            Text(en: "gap {0}: never issued nor explained ('cs invoice explain')",
                 zh: "缺号 {0}:未开具也未说明('cs invoice explain')")
        }
    }
}
