/// The examples at the end of each command's help: two or three real command lines each, with
/// what they do in both languages. `HelpTests` parses every one, so none can go stale.
enum CommandExamples {
    typealias E = Example

    // MARK: member
    static let memberAdd = [
        E("cs member add --name 林青霞 --phone 13811112222 --birthday 1970-11-03", "register; prints the new card",
          zh: "办卡;显示新卡号"),
        E("cs member add --name 王五 --phone 13900001111 --birthday 1988-02-29 --first-purchase 999",
          "a first purchase of 999 gives a gold card", zh: "首次消费 999 元,直接办金卡"),
        E("cs member add --name Ann --phone 13700002222 --birthday 1990-05-17 -q", "print only the card number",
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
        E("cs member earn 88010000011 --amount 588.50 --receipt R-1001", "588 points for the receipt",
          zh: "凭消费单积 588 分"),
        E("cs member earn 13800138000 --amount 100 --receipt R-1002 --slip", "by phone, with the printed slip",
          zh: "按手机号积分,并打印小票"),
    ]
    static let memberRedeem = [
        E("cs member redeem 88010000011 --voucher 50", "a 50-yuan voucher for 500 points", zh: "500 积分兑 50 元代金券"),
        E("cs member redeem 88010000011 --gift 毛巾 --points 300", "a gift for 300 points", zh: "300 积分兑礼品"),
    ]
    static let memberTopup = [
        E("cs member topup 88010000011 --amount 1000 --receipt T-88", "1000 yuan in; the slip counts once",
          zh: "充值 1000 元;同一充值单只算一次"),
        E("cs member topup 13800138000 --amount 3000 --slip", "by phone, with the slip (≥3000: at least gold)",
          zh: "按手机号充值并打印小票(≥3000 至少金卡)"),
    ]
    static let memberPay = [
        E("cs member pay 88010000011 --amount 99 --receipt P-77", "pay a bill from stored value", zh: "用储值付账单"),
        E("cs member pay 13800138000 --amount 20.50 --receipt P-78 --slip", "by phone, with the slip",
          zh: "按手机号付款并打印小票"),
    ]
    static let memberUpgrade = [
        E("cs member upgrade 88010000011", "apply the upgrade rules now", zh: "按升级规则重新评定"),
        E("cs member upgrade 88010000011 --to diamond", "a supervisor's upgrade", zh: "主管直接升为钻石卡"),
    ]
    static let memberReissue = [
        E("cs member reissue 88010000011 --reason lost", "a new card for a lost one (asks first)",
          zh: "挂失补办新卡(会先确认)"),
        E("cs member reissue 88010000011 --reason damaged --yes", "in a script: no question", zh: "脚本中使用:不询问"),
    ]
    static let memberSuspend = [
        E("cs member suspend 88010000011 --reason 'reported lost'", "the card refuses use until resumed",
          zh: "停用,恢复前不能使用"),
        E("cs member suspend 13800138000 --reason dispute", "by phone", zh: "按手机号停用"),
    ]
    static let memberResume = [
        E("cs member resume 88010000011 --reason found", "usable again", zh: "恢复使用"),
        E("cs member resume 13800138000 --reason 'dispute settled'", "by phone", zh: "按手机号恢复"),
    ]
    static let memberCancel = [
        E("cs member cancel 88010000011 --reason moving --refund", "pay the balance back; points lapse",
          zh: "退还余额,积分作废"),
        E("cs member cancel 88010000011 --reason closed --forfeit --yes", "balance and points lapse; no question",
          zh: "余额与积分作废,不询问"),
    ]
    static let memberAdjust = [
        E("cs member adjust 88010000011 --points 200 --reason 'missed receipt'", "add points", zh: "补加积分"),
        E("cs member adjust 88010000011 --amount -9000 --reason 'keyed 10000 for 1000'",
          "take back a top-up keyed ten times too high", zh: "更正多输一位的充值"),
    ]
    static let memberReverse = [
        E("cs member reverse --receipt R-1001 --reason refund", "a refunded purchase takes its points back",
          zh: "退货冲减该单积分"),
        E("cs member reverse --receipt r-1002 --reason 'returned goods'", "receipts are matched whatever the case",
          zh: "单号不区分大小写"),
    ]
    static let memberHistory = [
        E("cs member history 88010000011", "every movement, across reissued cards", zh: "全部积分与储值明细"),
        E("cs member history 13800138000 --csv", "by phone, as CSV", zh: "按手机号,CSV 格式"),
    ]
    static let memberPrice = [
        E("cs member price 88010000011 --amount 100", "what the member pays today", zh: "会员今天应付多少"),
        E("cs member price 88010000011 --amount 100 --store-discount 8折 --on 2026-11-25",
          "with the store's 20% off, on the birthday", zh: "商场八折,生日当天"),
    ]
    static let memberExpire = [
        E("cs member expire", "record points earned more than a year ago as expired", zh: "处理一年前获得的过期积分"),
        E("cs member expire --as-of 2026-11-30 -q", "as of a past day, quietly (cron)", zh: "按指定日期处理,安静模式(cron)"),
    ]
    static let memberImport = [
        E("cs member import --from members.csv --dry-run", "check every row, change nothing", zh: "逐行检查,不做更改"),
        E("cs member import --from m.csv --ledger l.csv", "a move from another cs, with the whole history",
          zh: "从另一套 cs 迁移,连同全部明细"),
    ]

    // MARK: birthday
    static let birthdayList = [
        E("cs birthday list", "this month's birthdays, by day", zh: "本月生日会员,按日期"),
        E("cs birthday list --month next --csv --excel", "next month's, for Excel", zh: "下月生日,供 Excel 打开"),
    ]
    static let birthdayUpcoming = [
        E("cs birthday upcoming", "the next seven days", zh: "未来七天"),
        E("cs birthday upcoming --days 40", "across the year end", zh: "跨年查看 40 天"),
    ]
    static let birthdayGreet = [
        E("cs birthday greet", "tomorrow's greetings: phone<TAB>message, for the SMS gateway",
          zh: "明天的生日祝福:手机号<TAB>内容,供短信网关"),
        E("cs --lang zh birthday greet --days 0 --template greeting.txt", "today's, in Chinese, own wording",
          zh: "今天的祝福,中文,自定义模板"),
    ]
    static let giftPrepare = [
        E("cs birthday gift prepare 13800138000 --item 毛巾", "collected from finance; prints the gift id",
          zh: "从财务领取赠品;显示赠品编号"),
        E("cs birthday gift prepare 88010000011 --item 蛋糕 --picked-up-by lily", "collected by lily",
          zh: "由 lily 领取"),
    ]
    static let giftGive = [
        E("cs birthday gift give G01-1", "handed to the member in person", zh: "已当面交给会员"),
        E("cs birthday gift give G01-1 --by wang", "handed over by wang", zh: "由 wang 交付"),
    ]
    static let giftReturn = [
        E("cs birthday gift return G01-1 --reason 'did not come'", "back to finance", zh: "退回财务"),
        E("cs birthday gift return G01-2", "back to finance, no reason given", zh: "退回财务,不填原因"),
    ]
    static let giftList = [
        E("cs birthday gift list --status prepared", "gifts not yet given or returned", zh: "尚未送出或退回的赠品"),
        E("cs birthday gift list --month 11 --csv", "November's gifts as CSV", zh: "11 月的赠品,CSV 格式"),
    ]
    static let giftReconcile = [
        E("cs birthday gift reconcile", "the 15th/30th check; exit 4 if a gift is outstanding",
          zh: "每月 15 日、30 日核对;有未处理赠品时退出状态为 4"),
        E("cs birthday gift reconcile --since 2026-11-01 --through 2026-11-15 --json", "a fortnight, as JSON",
          zh: "核对半个月,JSON 格式"),
    ]

    // MARK: housekeeping
    static let initExamples = [
        E("cs init", "the default data directory", zh: "创建默认数据目录"),
        E("cs --data-dir /srv/cs init --shards 1024", "a large venue's directory", zh: "为大型场所创建数据目录"),
    ]
    static let configShow = [
        E("cs config show", "every key, its value and meaning", zh: "全部配置项、值与含义"),
        E("cs config show --json", "as JSON", zh: "JSON 格式"),
    ]
    static let configGet = [
        E("cs config get member.pointsPerYuan", "one value", zh: "查看一个值"),
        E("cs config get store.timeZone", "the desk's time zone", zh: "本店时区"),
    ]
    static let configSet = [
        E("cs config set member.pointsPerYuan 2", "two points per yuan from now on", zh: "今后每元积 2 分"),
        E("cs config set birthday.greetDays 3", "greet three days ahead", zh: "提前三天发送祝福"),
    ]
    static let log = [
        E("cs log --since today", "today's changes", zh: "今天的变更"),
        E("cs log --id 88010000011 --by lily --json", "one record's changes by lily, as JSON",
          zh: "lily 对某条记录的变更,JSON 格式"),
    ]
    static let undo = [
        E("cs undo", "take back your last change (an earn on the wrong card)", zh: "撤销本人上一次操作(如积错卡)"),
        E("cs --clerk lily undo", "lily takes back hers", zh: "lily 撤销自己的上一次操作"),
    ]
    static let doctor = [
        E("cs doctor", "check everything; exit 3 if anything is wrong", zh: "全面检查;有问题时退出状态为 3"),
        E("cs doctor --repair", "rebuild indexes, finish an interrupted change", zh: "重建索引,完成中断的更改"),
    ]
    static let export = [
        E("cs export members --csv --excel --out members.csv", "for Excel", zh: "供 Excel 打开"),
        E("cs export ledger --since 2026-11-01 --sort at --jsonl", "this month's movements in time order",
          zh: "本月明细,按时间排序"),
    ]
    static let backup = [
        E("cs backup --to /mnt/usb/cs-2026-11-23", "a verified copy (SHA256SUMS)", zh: "带校验的备份"),
        E("cs backup --to \"$(mktemp -d)/cs\" -q", "quietly, in a script", zh: "脚本中安静备份"),
    ]
    static let sync = [
        E("cs sync", "send this desk's changes, receive the other desks'", zh: "发出本机更改,收取其他前台的更改"),
        E("cs sync --json", "the same, as data (for cron: Examples/cron/sync.sh)",
          zh: "以数据输出(cron 见 Examples/cron/sync.sh)"),
    ]
    static let syncInit = [
        E("cs sync init --remote /srv/cs-shared.git",
          "the first desk starts the shared store (an empty bare repository)",
          zh: "第一个前台建立共享数据(空的裸仓库)"),
        E("cs sync init --remote ssh://hq/srv/cs-shared.git --desk 02",
          "another store joins, from a data directory just made by cs init",
          zh: "另一门店用刚由 cs init 建立的数据目录加入"),
    ]
    static let syncStatus = [
        E("cs sync status", "changes waiting, open conflicts", zh: "等待发出的更改、未解决的冲突"),
        E("cs sync status --field waiting", "how many changes wait to be sent (a script)", zh: "等待发出的更改数(供脚本)"),
    ]
    static let syncConflicts = [
        E("cs sync conflicts", "what a clerk must settle; exit 4 while any is open", zh: "需要处理的冲突;有则退出状态为 4"),
        E("cs sync conflicts --all --json", "every conflict ever found, and values merges did not keep",
          zh: "所有发现过的冲突及合并时未保留的值"),
    ]
    static let syncAdmit = [
        E("cs sync admit 02", "show desk 02's key fingerprint, to compare by phone", zh: "显示 02 号前台的密钥指纹,以便电话核对"),
        E("cs sync admit 02 --fingerprint SHA256:dJk8tQa7lyu0WDkHsxxZdJHtmd3SxGv0EjCjafQIkdU",
          "the fingerprints agree: desk 02's changes are taken from now on", zh: "指纹一致:此后接收 02 号前台的更改"),
    ]
    static let syncRevoke = [
        E("cs sync revoke 03", "desk 03's PC was stolen: its changes are no longer taken here",
          zh: "03 号前台电脑被盗:本前台不再接收其更改"),
        E("cs sync revoke 03 --json", "the same, as data: the desk revoked", zh: "以数据输出:被撤销的前台"),
    ]
    static let syncMergeFile = [
        E("cs sync merge-file .merge_file_a .merge_file_b .merge_file_c members/3f.jsonl",
          "what git runs (registered by sync init as merge.cs.driver)", zh: "git 调用的形式(由 sync init 登记)"),
        E("cs sync merge-file base.jsonl ours.jsonl theirs.jsonl ledger/00.jsonl",
          "by hand: ours.jsonl becomes the merge of the three", zh: "手动合并:ours.jsonl 变为三者的合并结果"),
    ]
    static let restore = [
        E("cs restore --from /mnt/usb/cs-2026-11-23", "into an empty data directory", zh: "恢复到空数据目录"),
        E("cs restore --from /mnt/usb/cs-2026-11-23 --force", "replace the data; the old state is kept aside",
          zh: "替换现有数据;原数据另存"),
    ]
    static let help = [
        E("cs help member earn", "one command's help", zh: "某个命令的帮助"),
        E("cs --lang zh help birthday gift prepare", "in Chinese, three levels down", zh: "中文帮助,三级命令"),
    ]
    static let completion = [
        E("cs completion bash > ~/.local/share/bash-completion/completions/cs", "bash completion",
          zh: "bash 自动补全"),
        E("cs completion zsh > ~/.zfunc/_cs", "zsh completion", zh: "zsh 自动补全"),
    ]
    static let lostAdd = [
        E("cs lostfound add --item 手机 --color 黑色 --where \"8号包厢\" --handed-in-by 小李 --supervisor 王经理",
          "a phone: a valuable, into the safe", zh: "手机属贵重物品,入保险柜"),
        E("cs lostfound add --item umbrella --where lobby --handed-in-by lee --supervisor wang "
            + "--found-at 2026-11-23T21:40",
          "found earlier this evening", zh: "今晚早些时候拾获"),
        E("cs lostfound add --item scarf --where \"room 3\" --handed-in-by lee --supervisor wang --photo scarf.jpg -q",
          "with a photo; prints only the id", zh: "附照片;只输出编号"),
    ]
    static let lostShow = [
        E("cs lostfound show L01-7", "the item and its chain of custody", zh: "物品及交接记录"),
        E("cs lostfound show L01-7 --json", "the same as JSON", zh: "以 JSON 输出"),
    ]
    static let lostList = [
        E("cs lostfound list --search 黑色", "black things, in any field", zh: "搜索“黑色”"),
        E("cs lostfound list --status held --custody safe", "what the safe holds", zh: "保险柜中的物品"),
        E("cs lostfound list --due --csv", "what a sweep would move now", zh: "现在到期需移交的物品"),
    ]
    static let lostMove = [
        E("cs lostfound move L01-7 --to safe --received-by 王经理", "into the safe", zh: "存入保险柜"),
        E("cs lostfound move L01-7 --to general-affairs --received-by 赵主任 --reason \"early\"",
          "to general affairs early", zh: "提前移交总务处"),
    ]
    static let lostClaim = [
        E("cs lostfound claim L01-7 --claimant 张三 --phone 13912345678 --id-number 110101199001011234 "
            + "--described \"黑色手机,壳上有猫\" --supervisor 王经理", "the owner takes it", zh: "失主认领"),
        E("cs --lang zh lostfound claim L01-7 --claimant 李四 --phone 13900001111 --id-number G12345678 "
            + "--described 蓝色钱包 --supervisor 王经理 --json", "the claim as JSON (the ID number masked)",
          zh: "以 JSON 输出认领记录(证件号打码)"),
    ]
    static let lostDispose = [
        E("cs lostfound dispose L01-7 --how police", "handed to the police", zh: "已交公安"),
        E("cs lostfound dispose L01-7 --how donated --note \"charity shop\"", "donated", zh: "已捐赠"),
    ]
    static let lostSweep = [
        E("cs lostfound sweep", "what is due now (exit 4 if anything is)", zh: "现在到期的事项(有则退出码 4)"),
        E("cs lostfound sweep --to center --apply --received-by 客服中心", "the day-end moves, signed by the center",
          zh: "执行日终移交,客服中心签收"),
        E("cs lostfound sweep --to general-affairs --apply --received-by 赵主任", "the 3-day hand-over, signed by "
            + "general affairs", zh: "满 3 天移交总务处,由总务处签收"),
        E("cs lostfound sweep --as-of 2026-11-30T23:00", "what will be due then", zh: "预览届时到期的事项"),
    ]
    static let invoiceStockAdd = [
        E("cs invoice stock add --code 144031900111 --from 00000001 --to 00000500", "500 numbers from finance",
          zh: "从财务领用 500 份"),
        E("cs invoice stock add --code 144031900111 --from 00000501 --to 00001000 -q", "the next range; prints its id",
          zh: "下一号段;只输出编号"),
    ]
    static let invoiceStockList = [
        E("cs invoice stock list", "used, remaining, next number per range", zh: "各号段已用、剩余、下一号"),
        E("cs invoice stock list --json", "the same as JSON", zh: "以 JSON 输出"),
    ]
    static let invoiceIssue = [
        E("cs invoice issue --receipt R-1001 --amount 588.50 --room 8 --slip", "what to write on the receipt",
          zh: "打印写在小票上的内容"),
        E("cs invoice issue --receipt R-1002 --amount 1200 --title 某某公司 --tax-id 91350100M000100Y43",
          "for a company, with its credit code", zh: "为公司开票,带统一社会信用代码"),
        E("cs invoice issue --receipt R-1003 --amount 99 --electronic --number 24442000000012345678",
          "record a digital invoice", zh: "登记数电票"),
    ]
    static let invoiceShow = [
        E("cs invoice show 00000001", "one invoice", zh: "查看一张发票"),
        E("cs invoice show 144031900111-00000001 --json", "by code and number, as JSON", zh: "按代码和号码,JSON 输出"),
    ]
    static let invoiceList = [
        E("cs invoice list --date today", "today's invoices", zh: "今天的发票"),
        E("cs invoice list --status voided --csv", "every voided invoice", zh: "所有作废发票"),
    ]
    static let invoiceVoid = [
        E("cs invoice void 00000007 --reason \"wrong amount\"", "in the month of issue", zh: "当月作废"),
        E("cs --lang zh invoice void 00000008 --reason 抬头错误", "in Chinese", zh: "中文"),
    ]
    static let invoiceRedLetter = [
        E("cs invoice redletter 00000003 --reason sales-return", "last month's invoice, refunded", zh: "上月发票,退货"),
        E("cs invoice redletter 24442000000012345678 --reason issue-error --number 24442000000099999999",
          "a digital invoice's red letter", zh: "数电票红字"),
    ]
    static let invoiceExplain = [
        E("cs invoice explain 00000012 --reason torn", "a torn invoice", zh: "发票撕毁"),
        E("cs invoice explain 144031900111-00000013 --reason spoiled", "by code and number", zh: "按代码和号码"),
    ]
    static let invoiceHandover = [
        E("cs invoice handover --to wang", "A hands over to wang", zh: "A 班交给 wang"),
        E("cs invoice handover --to lily --shift B --json", "B's sheet as JSON", zh: "B 班交接单,JSON 输出"),
    ]
    static let invoiceReport = [
        E("cs invoice report", "today's reconciliation (exit 4 on a gap)", zh: "今日对账(有缺号时退出码 4)"),
        E("cs invoice report --date yesterday --json", "yesterday's, as JSON", zh: "昨日对账,JSON 输出"),
    ]
}

extension CommandExamples {
    static let complaintNew = [
        E("cs complaint new --customer 张女士 --phone 13912345678 --matter \"包厢空调不制冷,服务员态度差\" --staff A07 "
              + "--room 8 --category 服务", "a hotline complaint against staff A07", zh: "热线投诉,被投诉人工号 A07"),
        E("cs complaint new --customer \"Mr Lee\" --phone 13900001111 --matter \"overcharged\" --channel on-site "
              + "--severity high -q", "on site, serious; prints its id", zh: "现场投诉,严重;只输出编号"),
    ]
    static let complaintShow = [
        E("cs complaint show C01-7", "the complaint and its timeline", zh: "投诉及处理记录"),
        E("cs complaint show C01-7 --json", "the same as JSON", zh: "以 JSON 输出"),
    ]
    static let complaintList = [
        E("cs complaint list --status open", "what is still open", zh: "仍待处理的投诉"),
        E("cs complaint list --staff A07 --since 2026-11-01", "complaints against A07 this month", zh: "本月对 A07 的投诉"),
        E("cs complaint list --overdue --csv", "past their promise, as CSV", zh: "已超时的投诉,CSV 输出"),
    ]
    static let complaintNote = [
        E("cs complaint note C01-7 \"called back, no answer\"", "a line in the timeline", zh: "添加一条处理记录"),
        E("cs --lang zh complaint note C01-7 \"已致电,无人接听\"", "in Chinese", zh: "中文备注"),
    ]
    static let complaintEscalate = [
        E("cs complaint escalate C01-7 --to 王经理", "to the manager", zh: "升级给王经理"),
        E("cs complaint escalate C01-7 --to 王经理 --note \"asks for a refund\"", "with a note", zh: "附备注"),
    ]
    static let complaintWait = [
        E("cs complaint wait C01-7 --reason \"customer sends the receipt photo\"", "the clock pauses",
          zh: "暂停计时,等待顾客"),
        E("cs complaint wait C01-7 --reason \"顾客出差,下周回复\" --json", "the record as JSON", zh: "以 JSON 输出记录"),
    ]
    static let complaintResume = [
        E("cs complaint resume C01-7 --note \"photo received\"", "the clock runs again", zh: "恢复计时"),
        E("cs complaint resume C01-7 -q", "prints the id alone", zh: "只输出编号"),
    ]
    static let complaintResolve = [
        E("cs complaint resolve C01-7 --resolution \"refunded the room fee, apologised\"", "resolved",
          zh: "登记处理结果"),
        E("cs complaint resolve C01-7 --resolution \"换房并赠送果盘\" --field hoursTaken", "just the hours taken",
          zh: "只输出处理用时"),
    ]
    static let complaintFollowUp = [
        E("cs complaint follow-up C01-7 --satisfaction 4", "the follow-up call; closes it", zh: "回访并结案"),
        E("cs complaint follow-up C01-7 --satisfaction 2 --note \"still unhappy about the wait\"", "with a remark",
          zh: "附回访备注"),
    ]
    static let complaintReopen = [
        E("cs complaint reopen C01-7 --reason \"the air conditioning failed again\"", "a fresh 48 hours",
          zh: "重新打开,重新计时"),
        E("cs complaint reopen C01-7 --reason \"顾客不满意处理结果\" --json", "the record as JSON", zh: "以 JSON 输出记录"),
    ]
    static let complaintOverdue = [
        E("cs complaint overdue", "past the promise now (exit 4 if any)", zh: "当前已超时的投诉(有则退出码 4)"),
        E("cs complaint overdue --within 12 --csv", "also due in the next 12 hours", zh: "含 12 小时内到期的"),
    ]
    static let complaintReport = [
        E("cs complaint report", "this month's review", zh: "本月月报"),
        E("cs complaint report --month 2026-10 --json", "October's, as JSON", zh: "十月月报,JSON 输出"),
    ]
}

extension CommandExamples {
    static let today = [
        E("cs today", "the board for the shift that opens (exit 4 when anything is overdue)",
          zh: "本班看板(有逾期事项时退出码 4)"),
        E("cs --lang zh today", "in Chinese", zh: "中文看板"),
        E("cs today --json", "every section as data", zh: "各部分数据以 JSON 输出"),
    ]
}
