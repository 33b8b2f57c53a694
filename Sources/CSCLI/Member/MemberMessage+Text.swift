import CSCore

/// The texts of the membership desk, English and Chinese side by side.
extension MemberMessage: Phrased {
    var text: Text {
        switch self {
        case .takingsTitle: Text(en: "Membership desk takings {0}", zh: "会员前台当日收款 {0}")
        case .takingsLines:
            Text(
                en: "card fees {0} ({1}); top-ups {2} ({3}); refunds paid out {4} ({5}); net {6}",
                zh: "工本费 {0}({1} 张);储值充值 {2}({3} 笔);退还储值 {4}({5} 笔);合计 {6}")
        case .notFound:
            Text(
                en: "no member with card or phone {0}",
                zh: "没有卡号或手机号为 {0} 的会员")
        case .ambiguous:
            Text(
                en: "{0} is the card of member {1} and the phone of member {2} — give the other card number, or the "
                    + "phone of the one you mean",
                zh: "{0} 既是会员 {1} 的卡号,又是会员 {2} 的手机号 — 请改用另一张卡号,或所指会员的手机号")
        case .cardIsPhone:
            Text(
                en: "card number {0} is the phone of member {1} — a card number must not look like a registered phone",
                zh: "卡号 {0} 是会员 {1} 的手机号 — 卡号不能与已登记的手机号相同")
        case .incomplete:
            Text(
                en: "incomplete application — missing {0} (an incomplete form is not accepted)",
                zh: "资料不全,一律视为废单 — 缺少 {0}")
        case .duplicatePhone:
            Text(
                en: "phone {0} already belongs to member {1} — one card per phone among current members",
                zh: "手机号 {0} 已属于会员 {1} — 在册会员每个手机号只能办一张卡")
        case .cardTaken:
            Text(
                en: "card number {0} is already in use",
                zh: "卡号 {0} 已被使用")
        case .replaced:
            Text(
                en: "card {0} was replaced by card {1} — use the new card",
                zh: "卡 {0} 已补办为新卡 {1} — 请使用新卡")
        case .replacedNoNew:
            Text(
                en: "card {0} was replaced and can no longer be used",
                zh: "卡 {0} 已补办,不能再使用")
        case .suspended:
            Text(
                en: "card {0} is suspended — resume it first with 'cs member resume {0} --reason …'",
                zh: "卡 {0} 已挂失/停用 — 请先用 'cs member resume {0} --reason …' 恢复")
        case .cancelled:
            Text(
                en: "card {0} is cancelled and can no longer be used",
                zh: "卡 {0} 已注销,不能再使用")
        case .receiptUsed:
            Text(
                en: "receipt {0} was already used (card {1}) — a receipt counts once, ever",
                zh: "单据 {0} 已使用过(卡 {1})— 每张单据只能使用一次")
        case .insufficientPoints:
            Text(
                en: "not enough points — needs {0}, {1} available",
                zh: "积分不足 — 需要 {0},可用 {1}")
        case .insufficientBalance:
            Text(
                en: "not enough stored value — needs {0}, balance {1}",
                zh: "储值余额不足 — 需要 {0},余额 {1}")
        case .voucherRange:
            Text(
                en: "a voucher of {0} yuan is refused — vouchers are {1} to {2} yuan",
                zh: "不能兑换 {0} 元代金券 — 代金券为 {1} 至 {2} 元")
        case .firstPurchaseLow:
            Text(
                en: "a first purchase of {0} is below {1}, the minimum for a card",
                zh: "首次消费 {0} 低于办卡最低额 {1}")
        case .receiptNotFound:
            Text(
                en: "receipt {0} earned no points — nothing to reverse",
                zh: "单据 {0} 没有积分记录 — 无可冲减")
        case .alreadyReversed:
            Text(
                en: "receipt {0} was already reversed",
                zh: "单据 {0} 已冲减过")
        case .tierDrop:
            Text(
                en: "tier {0} cannot become {1} — a tier never drops",
                zh: "等级 {0} 不能改为 {1} — 会员等级只升不降")
        case .statusUnchanged:
            Text(
                en: "card {0} is already {1}",
                zh: "卡 {0} 已经是 {1} 状态")
        case .importRejected:
            Text(
                en: "import refused, nothing was imported — {0} problem(s):",
                zh: "导入被拒绝,未导入任何记录 — 共 {0} 个问题:")
        case .added:
            Text(
                en: "registered {0} — card {1}, {2}",
                zh: "已登记 {0} — 卡号 {1},{2}")
        case .who:
            Text(en: "{0} (card {1})", zh: "{0}(卡 {1})")
        case .pointsCount:
            Text(en: "{0} point|{0} points", zh: "{0} 积分")
        case .membersCount:
            Text(en: "{0} member|{0} members", zh: "{0} 名会员")
        case .cardsCount:
            Text(en: "{0} card|{0} cards", zh: "{0} 张卡")
        case .balanceChange:
            Text(en: "balance {0}", zh: "余额 {0}")
        case .earned:
            Text(
                en: "{0}: +{1} for receipt {2}; {3} available",
                zh: "{0}:单据 {2} 获得 {1};可用 {3}")
        case .redeemed:
            Text(
                en: "{0}: −{1} for {2}; {3} available",
                zh: "{0}:兑换{2},扣 {1};可用 {3}")
        case .voucher:
            Text(en: "a {0}-yuan voucher", zh: "{0} 元代金券")
        case .toppedUp:
            Text(
                en: "{0}: topped up {1}; balance {2}",
                zh: "{0}:储值 {1};余额 {2}")
        case .paid:
            Text(
                en: "{0}: paid {1} (receipt {2}); balance {3}",
                zh: "{0}:储值消费 {1}(单据 {2});余额 {3}")
        case .upgraded:
            Text(
                en: "{0}: tier {1} → {2}",
                zh: "{0}:等级 {1} → {2}")
        case .notUpgraded:
            Text(
                en: "{0}: stays {1}",
                zh: "{0}:等级仍为{1}")
        case .reissued:
            Text(
                en: "{0}: card {1} replaced by new card {2}; {3} and a balance of {4} carried over",
                zh: "{0}:卡 {1} 已补办为新卡 {2};{3}、余额 {4} 已转入新卡")
        case .statusChanged:
            Text(
                en: "{0} is now {1}",
                zh: "{0} 现为{1}")
        case .refunded:
            Text(en: "pay back {0} in cash (recorded as a refund)", zh: "请退还现金 {0}(已记为退款)")
        case .forfeitedBalance:
            Text(en: "balance {0} forfeited", zh: "余额 {0} 作废")
        case .forfeitedPoints:
            Text(en: "{0} forfeited", zh: "{0} 作废")
        case .adjusted:
            Text(
                en: "{0}: adjusted {1} ({2}); {3} available, balance {4}",
                zh: "{0}:调整 {1}({2});可用 {3},余额 {4}")
        case .reversed:
            Text(
                en: "receipt {0} reversed: {1} −{2}; {3} available",
                zh: "单据 {0} 已冲减:{1} 扣回 {2};可用 {3}")
        case .expired:
            Text(
                en: "{0}, {1} expired as of {2}",
                zh: "{0}共 {1} 已于 {2} 过期")
        case .imported:
            Text(
                en: "imported {0}; opening points {1}, opening balance {2}",
                zh: "已导入 {0};期初积分 {1},期初余额 {2}")
        case .importDryRun:
            Text(
                en: "dry run: {0} would be imported; opening points {1}, opening balance {2}; nothing changed",
                zh: "试运行:将导入 {0};期初积分 {1},期初余额 {2};未做任何更改")
        case .importChecking:
            Text(en: "checking: {0} rows read", zh: "正在检查:已读 {0} 行")
        case .importImporting:
            Text(en: "importing: {0} rows", zh: "正在导入:{0} 行")
        case .importCommitting:
            Text(en: "writing {0} members to the data directory…", zh: "正在写入 {0} 位会员……")
        case .importRate:
            Text(en: "{0} rows/s, about {1} s left", zh: "每秒 {0} 行,约剩 {1} 秒")
        case .confirmCancel:
            Text(
                en: "cancel {0} for good? It holds {1} and a balance of {2}.",
                zh: "确定注销{0}吗?卡内尚有 {1}、余额 {2}。")
        case .confirmReissue:
            Text(
                en: "replace card {1} of {0} by a new card? The old card stops working at once.",
                zh: "确定为{0}补办新卡、停用卡 {1} 吗?旧卡将立即失效。")
        case .edited:
            Text(
                en: "{0}: updated {1}",
                zh: "{0}:已更新{1}")
        case .editedNothing:
            Text(
                en: "{0}: nothing changed (the values given are the ones on file)",
                zh: "{0}:没有变化(所给的值与档案相同)")
        case .limitExceeded:
            Text(
                en: "this would make {0} {1} — the limit is {2}; nothing was changed",
                zh: "此操作将使{0}变为 {1} — 上限为 {2};未做任何更改")
        case .cancelHolds:
            Text(
                en: "card {0} still holds {1} points and a balance of {2} — say what happens to them: "
                    + "--refund (the balance is paid back, points lapse) or --forfeit (both lapse)",
                zh: "卡 {0} 尚有 {1} 积分、余额 {2} — 请说明如何处理:"
                    + "--refund(退还余额,积分作废)或 --forfeit(余额与积分均作废)")
        case .doctorFiguresDisagree:
            Text(en: "member {0} shows {1} but its ledger adds up to {2}", zh: "会员 {0} 显示 {1},但流水合计为 {2}")
        case .doctorSummaryDisagrees:
            Text(
                en: "account {0}: its summary says {1} but its ledger adds up to {2} — 'cs doctor --repair' "
                    + "rebuilds it",
                zh: "账户 {0}:汇总为 {1},账本合计为 {2} — 'cs doctor --repair' 可重建")
        case .doctorReceiptTwice: Text(en: "receipt {0} counted twice ({1}, {2})", zh: "单据 {0} 被计入两次({1}、{2})")
        case .doctorReceiptIndexLacks:
            Text(en: "receipt index lacks {0} (doctor --repair rebuilds it)", zh: "单据索引缺少 {0}(doctor --repair 会重建)")
        case .perkNotStoredValue:
            Text(
                en: "card {0} is a {1} card — the free singing is for stored-value cards (储值卡)",
                zh: "卡 {0} 不是储值卡({1})— 免唱优惠只限储值卡")
        case .perkOutsideWindow:
            Text(
                en: "the free singing is for arrivals on {0} {1}–{2} (member.perkWeekday, perkFrom, perkUntil)",
                zh: "免唱优惠只限 {0} {1}—{2} 进场(member.perkWeekday、perkFrom、perkUntil)")
        case .perkRoomNotIncluded:
            Text(
                en: "room '{0}' is not one the free singing is for — accepted: {1} (member.perkRooms)",
                zh: "包厢「{0}」不在免唱范围内 — 可用:{1}(member.perkRooms)")
        case .perkAlreadyUsed:
            Text(
                en: "card {0} already had today's free singing ({1})", zh: "卡 {0} 今天已享受过免唱优惠({1})")
        case .perkOff:
            Text(en: "the free singing is turned off (member.perkHours is 0)", zh: "免唱优惠未开启(member.perkHours 为 0)")
        case .perkUsed:
            Text(
                en: "{0}: {1} hours of free singing in {2}, recorded as {3}",
                zh: "{0}:{2} 免唱 {1} 小时,已登记 {3}")
        case .perkCanUse:
            Text(
                en: "{0}: {1} hours of free singing now, in {2}",
                zh: "{0}:现在可享免唱 {1} 小时,限 {2}")
        case .voucherNotFound:
            Text(
                en: "no voucher {0} — voucher ids look like V2026-88010000011 ('cs member vouchers list')",
                zh: "没有现金券 {0} — 编号形如 V2026-88010000011('cs member vouchers list' 可查看)")
        case .voucherAlreadyUsed:
            Text(
                en: "voucher {0} was already used (receipt {1}) — a voucher is used once",
                zh: "现金券 {0} 已使用(小票 {1})— 每张只能用一次")
        case .voucherExpired:
            Text(en: "voucher {0} expired: it was valid until {1}", zh: "现金券 {0} 已过期:有效期至 {1}")
        case .vouchersIssued:
            Text(
                en: "{0} voucher(s) issued, {1} yuan in all, valid until {2}; {3} already had this year's, "
                    + "{4} had too few points",
                zh: "已发放现金券 {0} 张,共 {1} 元,有效期至 {2};{3} 位今年已发过,{4} 位积分不足")
        case .voucherUsed:
            Text(en: "voucher {0} ({1} yuan) used on receipt {2}", zh: "现金券 {0}({1} 元)已用于小票 {2}")
        case .reviewed:
            Text(en: "{0} reviewed; the next review is due {1}", zh: "{0} 已审核;下次审核日期 {1}")
        case .titleMale: Text(en: "Mr. ", zh: "先生")
        case .titleFemale: Text(en: "Ms. ", zh: "女士")
        case .titleNeutral: Text(en: "", zh: "")
        case .syncReceiptTwice:
            Text(
                en: "receipt {0} used twice, at two desks: entries {1} — reverse one (cs member reverse)",
                zh: "小票 {0} 在两个前台各用了一次:台账 {1} — 请冲正其中一笔(cs member reverse)")
        case .syncOverspent:
            Text(
                en: "account {0} overspent offline at two desks (cards {1}) — settle it with cs member adjust "
                    + "or top-up",
                zh: "账户 {0} 在两个前台离线超额消费(卡号 {1})— 请用 cs member adjust 或充值处理")
        case .syncPhoneTwice:
            Text(
                en: "phone {0} registered to two members: {1} — correct one (cs member edit --phone)",
                zh: "手机号 {0} 登记在两位会员名下:{1} — 请更正其中一位(cs member edit --phone)")
        }
    }
}
