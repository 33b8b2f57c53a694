import CSCore

/// The texts of the lending desk, English and Chinese side by side.
extension LendMessage: Phrased {
    var text: Text {
        switch self {
        case .notFound:
            Text(
                en: "no loan {0} — loan ids look like B01-7 ('cs lend list --open' shows them)",
                zh: "没有借用记录 {0} — 借用编号形如 B01-7('cs lend list --open' 可查看)")
        case .noSuchItem:
            Text(
                en: "nothing called {0} to lend — 'cs lend stock list' shows what there is",
                zh: "没有可借的 {0} — 'cs lend stock list' 可查看可借物品")
        case .assetOut:
            Text(
                en: "{0} is out on loan {1} to {2} — lend another, or take it back first",
                zh: "{0} 已借出(借用 {1},借用人 {2})— 请借其他的,或先办理归还")
        case .noneLeft:
            Text(en: "all {1} {0} are out — none left to lend", zh: "{0} 共 {1} 件已全部借出 — 没有可借的了")
        case .assetRetired:
            Text(en: "{0} was written off on {1} — it is not lent any more", zh: "{0} 已于 {1} 注销 — 不再出借")
        case .loanClosed:
            Text(en: "loan {0} is already closed ({1}) since {2}", zh: "借用 {0} 已结束({1}),时间 {2}")
        case .dueInPast:
            Text(
                en: "invalid value for --due: '{0}' has passed — when is it due back?",
                zh: "--due 的值无效:'{0}' 已经过去 — 请填写归还时间")
        case .keepTooMuch:
            Text(
                en: "invalid value for --keep: {0} is more than the deposit of {1}",
                zh: "--keep 的值无效:{0} 超过押金 {1}")
        case .keepWithoutCash:
            Text(
                en: "loan {0} has no cash deposit — nothing can be kept (an ID card is always handed back)",
                zh: "借用 {0} 没有现金押金 — 无可扣留(证件必须归还)")
        case .depositBoth:
            Text(
                en: "give --deposit or --deposit-id, not both — one deposit per loan",
                zh: "--deposit 与 --deposit-id 只能给一个 — 每笔借用一种押金")
        case .badDepositId:
            Text(
                en: "invalid --deposit-id: '{0}' — expected 6–20 letters and digits",
                zh: "--deposit-id 无效:'{0}' — 应为 6–20 位字母或数字")
        case .assetExists:
            Text(en: "{0} is already in stock ({1})", zh: "{0} 已登记({1})")
        case .kindMismatch:
            Text(
                en: "{0} is kept the other way — an item is numbered (--ids) or counted (--count), not both",
                zh: "{0} 已按另一种方式登记 — 物品要么编号(--ids),要么计数(--count),不能混用")
        case .badIDs:
            Text(
                en: "invalid value for --ids: '{0}' — expected numbers like W1-W5 or W1,W3,W7 (at most 1000)",
                zh: "--ids 的值无效:'{0}' — 应为 W1-W5 或 W1,W3,W7 这样的编号(最多 1000 个)")
        case .stockAdded:
            Text(en: "{0}: added {1} — {2}", zh: "{0}:已登记 {1} — {2}")
        case .poolAdded:
            Text(en: "{0}: added {1}, {2} in all", zh: "{0}:已增加 {1} 件,共 {2} 件")
        case .lent:
            Text(
                en: "{0}: {1} lent to {2}, deposit {3}, due back {4} — write {0} on the slip",
                zh: "{0}:{1} 借给 {2},押金 {3},应还 {4} — 请在借用单上写 {0}")
        case .back:
            Text(en: "{0}: {1} back; deposit returned: {2}", zh: "{0}:{1} 已归还;退还押金:{2}")
        case .backID:
            Text(en: "{0}: {1} back; ID card {2} handed back", zh: "{0}:{1} 已归还;证件 {2} 已退还")
        case .backKept:
            Text(en: "{0}: {1} back; deposit returned: {2}, kept: {3}", zh: "{0}:{1} 已归还;退还押金 {2},扣留 {3}")
        case .writtenOff:
            Text(en: "{0}: {1} written off; deposit kept: {2}; approved by {3}", zh: "{0}:{1} 已注销;扣留押金 {2};批准人 {3}")
        case .overdueNone: Text(en: "no loan is overdue", zh: "没有超时未还的借用")
        case .overdueSome: Text(en: "{0} loan(s) overdue — call the borrowers", zh: "{0} 笔借用超时未还 — 请联系借用人")
        case .boardTitle: Text(en: "Lending", zh: "便民借用")
        case .boardOverdue:
            Text(en: "overdue  {0}  {1}  {2}  {3}  due {4}", zh: "超时  {0}  {1}  {2}  {3}  应还 {4}")
        case .boardOut:
            Text(en: "out  {0}  {1}  {2}  {3}  due {4}", zh: "借出  {0}  {1}  {2}  {3}  应还 {4}")
        case .doctorAssetTwice:
            Text(en: "{0} is out on two loans, {1} and {2}", zh: "{0} 同时借出在两笔借用中:{1} 和 {2}")
        case .doctorUnknownStock:
            Text(en: "loan {0} names {1}, which is not in stock", zh: "借用 {0} 的物品 {1} 未登记")
        case .doctorPoolOverdrawn:
            Text(en: "{0}: {1} out but only {2} in stock", zh: "{0}:借出 {1} 件,但在册只有 {2} 件")
        case .syncLentTwice:
            Text(
                en: "{0} was lent at two desks while they were apart: loans {1} — one of them has another number; "
                    + "check the thing the borrower holds and take that loan back",
                zh: "{0} 在两个前台离线期间被分别借出:借用 {1} — 其中一笔的编号有误;请核对借用人手中物品的编号,并办理该笔归还")
        case .reportTitle: Text(en: "Deposits — {0}", zh: "押金对账 — {0}")
        case .reportHeld: Text(en: "held at the start   {0}", zh: "日初持有   {0}")
        case .reportTaken:
            Text(en: "taken               {0}  (loans made: {1})", zh: "收取       {0}(借出 {1} 笔)")
        case .reportReturned:
            Text(
                en: "returned            {0}  (back: {1}, written off: {2})",
                zh: "退还       {0}(归还 {1} 笔,注销 {2} 笔)")
        case .reportKept: Text(en: "kept                {0}", zh: "扣留       {0}")
        case .reportHeldAtEnd: Text(en: "held at the end     {0}", zh: "日终持有   {0}")
        case .reportBalances: Text(en: "balances to the fen", zh: "账实相符(精确到分)")
        case .reportOff: Text(en: "DOES NOT BALANCE — run 'cs doctor'", zh: "账实不符 — 请运行 'cs doctor'")
        case .reportIDs: Text(en: "{0} ID card(s) held as deposit", zh: "押证件 {0} 张")
        }
    }
}
