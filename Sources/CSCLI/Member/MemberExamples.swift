/// The help examples of `cs member`.
extension CommandExamples {
    static let memberAdd = [
        E(
            "cs member add --name 林青霞 --phone 13811112222 --birthday 1970-11-03", "register; prints the new card",
            zh: "办卡;显示新卡号"),
        E(
            "cs member add --name 林青霞 --phone 13811112222 --birthday 1970-11-03 --charter-signed --slip",
            "the charter signed; the registration slip with the 200 card fee", zh: "已签署会员章程;打印含 200 元工本费的确认单"),
        E(
            "cs member add --name 王五 --phone 13900001111 --birthday 1988-02-29 --first-purchase 999",
            "a first purchase of 999 gives a gold card", zh: "首次消费 999 元,直接办金卡"),
        E(
            "cs member add --name Ann --phone 13700002222 --birthday 1990-05-17 -q", "print only the card number",
            zh: "只输出卡号"),
    ]
    static let memberShow = [
        E("cs member show 88010000011", "by card number", zh: "按卡号查看"),
        E("cs member show 13800138000 --field points", "by phone; only the points", zh: "按手机号;只显示积分"),
    ]
    static let memberFind = [
        E("cs member find --phone 5678", "the customer gives the last four digits", zh: "顾客报手机尾号四位"),
        E("cs member find --name 张 --tier gold", "part of the name, gold cards only", zh: "姓名片段,只查金卡"),
    ]
    static let memberList = [
        E("cs member list --sort points --limit 10", "the ten members with most points", zh: "积分最多的十位会员"),
        E("cs member list --status suspended --csv", "suspended cards as CSV", zh: "挂失/停用的卡,CSV 格式"),
    ]
    static let memberEdit = [
        E("cs member edit 88010000011 --phone 13900009999", "a new phone", zh: "更换手机号"),
        E("cs member edit 88010000011 --address '3 Road, Room 2'", "a new address", zh: "更新地址"),
    ]
    static let memberEarn = [
        E(
            "cs member earn 88010000011 --amount 588.50 --receipt R-1001", "588 points for the receipt",
            zh: "凭消费单积 588 分"),
        E(
            "cs member earn 13800138000 --amount 100 --receipt R-1002 --slip", "by phone, with the printed slip",
            zh: "按手机号积分,并打印小票"),
    ]
    static let memberRedeem = [
        E("cs member redeem 88010000011 --voucher 50", "a 50-yuan voucher for 500 points", zh: "500 积分兑 50 元代金券"),
        E("cs member redeem 88010000011 --gift 毛巾 --points 300", "a gift for 300 points", zh: "300 积分兑礼品"),
    ]
    static let memberTopup = [
        E(
            "cs member topup 88010000011 --amount 1000 --receipt T-88", "1000 yuan in; the slip counts once",
            zh: "充值 1000 元;同一充值单只算一次"),
        E(
            "cs member topup 13800138000 --amount 3000 --slip", "by phone, with the slip (≥3000: at least silver, 贵宾卡)",
            zh: "按手机号充值并打印小票(≥3000 至少银卡,即贵宾卡)"),
    ]
    static let memberPay = [
        E("cs member pay 88010000011 --amount 99 --receipt P-77", "pay a bill from stored value", zh: "用储值付账单"),
        E(
            "cs member pay 13800138000 --amount 20.50 --receipt P-78 --slip", "by phone, with the slip",
            zh: "按手机号付款并打印小票"),
    ]
    static let memberUpgrade = [
        E("cs member upgrade 88010000011", "apply the upgrade rules now", zh: "按升级规则重新评定"),
        E("cs member upgrade 88010000011 --to diamond", "a supervisor's upgrade", zh: "主管直接升为钻石卡"),
    ]
    static let memberReissue = [
        E(
            "cs member reissue 88010000011 --reason lost", "a new card for a lost one (asks first)",
            zh: "挂失补办新卡(会先确认)"),
        E("cs member reissue 88010000011 --reason damaged --yes", "in a script: no question", zh: "脚本中使用:不询问"),
    ]
    static let memberSuspend = [
        E(
            "cs member suspend 88010000011 --reason 'reported lost'", "the card refuses use until resumed",
            zh: "停用,恢复前不能使用"),
        E("cs member suspend 13800138000 --reason dispute", "by phone", zh: "按手机号停用"),
    ]
    static let memberResume = [
        E("cs member resume 88010000011 --reason found", "usable again", zh: "恢复使用"),
        E("cs member resume 13800138000 --reason 'dispute settled'", "by phone", zh: "按手机号恢复"),
    ]
    static let memberCancel = [
        E(
            "cs member cancel 88010000011 --reason moving --refund", "pay the balance back; points lapse",
            zh: "退还余额,积分作废"),
        E(
            "cs member cancel 88010000011 --reason closed --forfeit --yes", "balance and points lapse; no question",
            zh: "余额与积分作废,不询问"),
    ]
    static let memberAdjust = [
        E("cs member adjust 88010000011 --points 200 --reason 'missed receipt'", "add points", zh: "补加积分"),
        E(
            "cs member adjust 88010000011 --amount -9000 --reason 'keyed 10000 for 1000'",
            "take back a top-up keyed ten times too high", zh: "更正多输一位的充值"),
    ]
    static let memberReverse = [
        E(
            "cs member reverse --receipt R-1001 --reason refund", "a refunded purchase takes its points back",
            zh: "退货冲减该单积分"),
        E(
            "cs member reverse --receipt r-1002 --reason 'returned goods'", "receipts are matched whatever the case",
            zh: "单号不区分大小写"),
    ]
    static let memberHistory = [
        E("cs member history 88010000011", "every movement, across reissued cards", zh: "全部积分与储值明细"),
        E("cs member history 13800138000 --csv", "by phone, as CSV", zh: "按手机号,CSV 格式"),
    ]
    static let memberPrice = [
        E("cs member price 88010000011 --amount 100", "what the member pays today", zh: "会员今天应付多少"),
        E(
            "cs member price 88010000011 --amount 100 --store-discount 8折 --date 2026-11-25",
            "with the store's 20% off, on the birthday", zh: "商场八折,生日当天"),
    ]
    static let memberExpire = [
        E("cs member expire", "record points earned more than a year ago as expired", zh: "处理一年前获得的过期积分"),
        E("cs member expire --as-of 2026-11-30 -q", "as of a past day, quietly (cron)", zh: "按指定日期处理,安静模式(cron)"),
    ]
    static let memberImport = [
        E("cs member import --from members.csv --dry-run", "check every row, change nothing", zh: "逐行检查,不做更改"),
        E(
            "cs member import --from m.csv --ledger l.csv", "a move from another cs, with the whole history",
            zh: "从另一套 cs 迁移,连同全部明细"),
    ]
    static let memberMessage = [
        E(
            "cs member message --template new-year.txt", "a holiday greeting to every active member",
            zh: "给所有有效会员发节日问候"),
        E(
            "cs --lang zh member message --template sale.txt --tier gold --kind stored-value > sms.tsv",
            "a promotion notice to gold stored-value cards, for the SMS gateway", zh: "给金卡储值会员发促销通知,交短信网关"),
    ]
    static let memberReview = [
        E("cs member review 88010000011", "reviewed and kept: the next review a year on", zh: "审核通过,下次审核在一年后"),
        E("cs member review 13800138000 --json", "by phone; the member with its reviewedAt", zh: "按手机号;输出含审核日期的会员记录"),
    ]
    static let memberReviews = [
        E("cs member reviews", "due within 30 days, and overdue", zh: "30 天内到期及已过期的审核"),
        E("cs member reviews --within 0 --csv", "due today or overdue, as CSV", zh: "今天到期或已过期,CSV 格式"),
    ]
    static let memberPerks = [
        E("cs member perks 88010000011", "can the card have its free singing now?", zh: "现在能否享受免唱优惠?"),
        E("cs member perks 13800138000 --room 中包", "give it, in a 中包, and record it", zh: "在中包使用并登记"),
    ]
    static let memberVouchersIssue = [
        E("cs member vouchers issue", "1 December: every member's voucher (cron)", zh: "12月1日:为每位会员发放现金券(定时任务)"),
        E("cs member vouchers issue --csv > mms.csv", "and the list for the MMS sender", zh: "同时输出彩信发送名单"),
    ]
    static let memberVouchersUse = [
        E("cs member vouchers use V2026-88010000011 --receipt R-2001", "paid with at the till", zh: "收银时使用"),
        E("cs member vouchers use v2026-88010000011 --receipt R-2002 -q", "any case; only the id", zh: "大小写均可;只输出编号"),
    ]
    static let memberVouchersList = [
        E("cs member vouchers list --status issued", "not used yet", zh: "尚未使用的"),
        E("cs member vouchers list --year 2025 --status expired --csv", "last year's that lapsed", zh: "去年过期未用的"),
    ]
    static let memberTakings = [
        E("cs member takings", "today's card fees, top-ups and refunds", zh: "今日工本费、充值与退还"),
        E("cs member takings --date yesterday --json", "yesterday's, for finance", zh: "昨日收款,JSON 输出"),
    ]
}
