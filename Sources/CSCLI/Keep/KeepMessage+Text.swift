import CSCore

/// The texts of the left-luggage desk, English and Chinese side by side.
extension KeepMessage: Phrased {
    var text: Text {
        switch self {
        case .notFound:
            Text(
                en: "no bag on tag or with id {0} — 'cs keep list --open' shows what is kept",
                zh: "没有号码牌或编号为 {0} 的寄存物品 — 'cs keep list --open' 可查看")
        case .unknownTag:
            Text(
                en: "invalid value for --tag: '{0}' is not one of the desk's tags ({1}, keep.tags)",
                zh: "--tag 的值无效:'{0}' 不是本台的号码牌({1},keep.tags)")
        case .tagInUse:
            Text(
                en: "tag {0} is on bag {1} since {2} — hand out another tag",
                zh: "号码牌 {0} 正用于寄存 {1}(自 {2})— 请换一个号码牌")
        case .bagClosed:
            Text(en: "bag {0} is no longer kept ({1}) since {2}", zh: "寄存 {0} 已结束({1}),时间 {2}")
        case .sealMissing:
            Text(
                en: "bag {0} was sealed — give the seal's number with --seal",
                zh: "寄存 {0} 已加封 — 请用 --seal 提供封包锁编号")
        case .sealWrong:
            Text(
                en: "the seal '{1}' is not bag {0}'s — check the seal on the bag before handing it over",
                zh: "封包锁 '{1}' 与寄存 {0} 不符 — 请先核对封包锁再交还")
        case .keptIn:
            Text(
                en: "{0}: {1} kept on tag {2}; to lost and found if not collected by {3}",
                zh: "{0}:{1} 已寄存,号码牌 {2};{3} 前未取将转入客遗物")
        case .collected: Text(en: "{0}: {1} (tag {2}) collected", zh: "{0}:{1}(号码牌 {2})已取走")
        case .sweepNothing: Text(en: "no bag is due to lost and found", zh: "没有逾期未取的寄存物品")
        case .sweepDue:
            Text(
                en: "{0} bag(s) uncollected for the set days — 'cs keep sweep --apply --received-by NAME' moves them",
                zh: "{0} 件寄存物品逾期未取 — 'cs keep sweep --apply --received-by 姓名' 转入客遗物")
        case .sweepMoved: Text(en: "moved {0} bag(s) to lost and found: {1}", zh: "已将 {0} 件转入客遗物:{1}")
        case .sweepLine:
            Text(en: "tag {0}  {1}  {2}  {3}  due to lost and found {4}", zh: "号码牌 {0}  {1}  {2}  {3}  {4} 起应转客遗物")
        case .afterClosing:
            Text(en: "tag {0}  {1}  {2}  {3}  still here after closing", zh: "号码牌 {0}  {1}  {2}  {3}  营业结束仍未取")
        case .boardTitle: Text(en: "Left luggage", zh: "寄存")
        case .doctorTagTwice:
            Text(en: "tag {0} is on two kept bags, {1} and {2}", zh: "号码牌 {0} 同时用于两件寄存物品:{1} 和 {2}")
        }
    }
}
