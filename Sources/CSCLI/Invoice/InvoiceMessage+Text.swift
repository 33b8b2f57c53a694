import CSCore

/// The texts of the invoice desk, English and Chinese side by side.
extension InvoiceMessage: Phrased {
    var text: Text {
        switch self {
        case .invalid:
            Text(
                en: "invalid value for {0}: '{1}' — see 'cs invoice --help' for what it accepts",
                zh: "{0} 的值无效:'{1}' — 可接受的格式见 'cs invoice --help'")
        case .invalidCode:
            Text(
                en: "invalid value for {0}: '{1}' — an invoice code is 10 or 12 digits",
                zh: "{0} 的值无效:'{1}' — 发票代码为 10 或 12 位数字")
        case .invalidRange:
            Text(
                en: "invalid value for {0}: '{1}' — a number is 6–12 digits; --to has the width of --from, is not "
                    + "below it, and a range holds at most 100000 numbers",
                zh: "{0} 的值无效:'{1}' — 号码为 6–12 位数字;--to 与 --from 位数相同且不小于它,一个号段最多 100000 份")
        case .invalidReceipt:
            Text(
                en: "invalid value for {0}: '{1}' — a receipt is 1–64 letters, digits and - _ / .",
                zh: "{0} 的值无效:'{1}' — 小票号为 1–64 位字母、数字及 - _ / .")
        case .invalidTaxId:
            Text(
                en: "invalid value for {0}: '{1}' — a taxpayer id is an 18-character credit code ending in its check "
                    + "character (GB 32100), 15 (division and organisation code), or 17/20 (a resident ID and 2 "
                    + "digits): check for a typo",
                zh: "{0} 的值无效:'{1}' — 纳税人识别号应为 18 位统一社会信用代码(校验码须正确,GB 32100)、"
                    + "15 位(行政区划码加组织机构代码)或 17/20 位(身份证号加 2 位数字):请检查是否输错")
        case .invalidNumber:
            Text(
                en: "invalid value for {0}: '{1}' — a digital invoice (数电票) number is 20 digits",
                zh: "{0} 的值无效:'{1}' — 数电票号码为 20 位数字")
        case .stockOverlaps:
            Text(
                en: "code {0} already has the range {1}–{2}, which overlaps this one — a number is drawn once",
                zh: "发票代码 {0} 已有号段 {1}–{2},与本号段重叠 — 同一号码只能领用一次")
        case .receiptInvoiced:
            Text(
                en: "receipt {0} was already invoiced: {1} on {2} (发票已开) — a receipt is invoiced once",
                zh: "小票 {0} 已开过发票:{1},{2}(发票已开)— 一张小票只能开一次")
        case .noStock:
            Text(
                en: "no invoice numbers left in stock ({0}) — draw a new range from finance: 'cs invoice stock add'",
                zh: "库存发票已用完({0})— 请向财务领用新号段:'cs invoice stock add'")
        case .notInStock:
            Text(
                en: "invoice number {0} is in no range in stock ('cs invoice stock list')",
                zh: "发票号码 {0} 不在任何库存号段内('cs invoice stock list')")
        case .numberUsed:
            Text(
                en: "invoice number {0} is already used or explained — numbers are never reused",
                zh: "发票号码 {0} 已使用或已说明 — 号码不可重复使用")
        case .ambiguous:
            Text(
                en: "'{0}' is in more than one code: {1} — give CODE-NUMBER",
                zh: "'{0}' 属于多个发票代码:{1} — 请写成 代码-号码")
        case .notFound:
            Text(en: "no invoice {0} ('cs invoice list' shows them)", zh: "没有发票 {0}('cs invoice list' 可查看)")
        case .alreadyVoided:
            Text(en: "invoice {0} is already voided", zh: "发票 {0} 已作废")
        case .voidTooLate:
            Text(
                en: "invoice {0} was issued in {1}: it can only be voided in that month — issue a red letter: "
                    + "'cs invoice redletter {0} --reason issue-error|sales-return|other'",
                zh: "发票 {0} 开具于 {1},只能在当月作废 — 请开红字发票:'cs invoice redletter {0} --reason "
                    + "issue-error|sales-return|other'")
        case .voidElectronic:
            Text(
                en: "{0} is a digital invoice: it cannot be voided — record its red letter with 'cs invoice "
                    + "redletter {0} --number N'",
                zh: "{0} 是数电票,不能作废 — 请用 'cs invoice redletter {0} --number 号码' 登记红字发票")
        case .redLetterSameMonth:
            Text(
                en: "invoice {0} was issued this month: void it instead ('cs invoice void {0} --reason …')",
                zh: "发票 {0} 是本月开具的,请直接作废('cs invoice void {0} --reason …')")
        case .alreadyRedLettered:
            Text(
                en: "invoice {0} already has its red letter {1} — one per invoice",
                zh: "发票 {0} 已开过红字发票 {1} — 每张发票只能开一次")
        case .redLetterOfRedLetter:
            Text(en: "{0} is itself a red letter", zh: "{0} 本身就是红字发票")
        case .voidRedLetter:
            Text(
                en: "{0} is the red letter of {1}: a red letter is never voided (the original would stand "
                    + "issued again) — ask finance if it was issued in error",
                zh: "{0} 是 {1} 的红字发票,红字发票不能作废(否则原发票又成有效)— 如系误开请联系财务")
        case .undoInvoice:
            Text(
                en: "invoice {0} is a tax record: cs undo never deletes or rewrites an invoice — void it this "
                    + "month ('cs invoice void {0} --reason …') or issue its red letter after the month "
                    + "('cs invoice redletter {0} --reason …')",
                zh: "发票 {0} 是税务凭证,cs undo 不会删除或改写发票 — 当月请作废('cs invoice void {0} --reason …'),"
                    + "跨月请开红字发票('cs invoice redletter {0} --reason …')")
        case .notAGap:
            Text(
                en: "{0} is used or already explained — only a number never issued can be explained",
                zh: "{0} 已使用或已说明 — 只能说明从未开具的号码")
        case .stockAdded:
            Text(en: "stock {0} {1}–{2} added: {3} numbers", zh: "已领用发票 {0} {1}–{2},共 {3} 份")
        case .issued:
            Text(en: "invoice {0} issued for receipt {1}: {2}", zh: "已开发票 {0},小票 {1},金额 {2}")
        case .voided:
            Text(en: "invoice {0} voided ({1}) — keep every copy", zh: "发票 {0} 已作废({1})— 各联须收回保存")
        case .redLettered:
            Text(en: "red letter {0} issued for {1}: {2}", zh: "已为 {1} 开具红字发票 {0}:{2}")
        case .explained:
            Text(en: "{0} explained: {1}", zh: "{0} 已说明:{1}")
        case .handedOver:
            Text(en: "shift {0} handed over by {1} to {2} ({3})", zh: "{0} 班由 {1} 交给 {2}({3})")
        case .slip:
            Text(en: "invoice {0}  room {1}  发票已开", zh: "发票号 {0}  房号 {1}  发票已开")
        case .sheetTitle:
            Text(
                en: "Invoice handover {0}, shift {1}: {2} → {3}, {4} to {5}",
                zh: "发票交接 {0},{1} 班:{2} → {3},{4} 至 {5}")
        case .reportTitle:
            Text(en: "Invoice day report {0}, {1} handover(s)", zh: "发票日报 {0},交接 {1} 次")
        case .sheetLines:
            Text(
                en: "numbers {0} to {1}; issued {2} (digital {3}); total {4}; voided {5}; red letters {6}",
                zh: "号码 {0} 至 {1};开具 {2} 张(数电票 {3});合计 {4};作废 {5};红字 {6}")
        case .sheetProblem:
            Text(
                en: "gap: {0} was never issued — explain it: 'cs invoice explain {0} --reason …'",
                zh: "缺号:{0} 未开具 — 请说明:'cs invoice explain {0} --reason …'")
        case .sheetOK:
            Text(en: "no gaps; stock left: {0}", zh: "无缺号;剩余库存:{0}")
        case .sheetPettyCash: Text(en: "petty cash returned to finance: {0}", zh: "备用金已交回财务:{0}")
        case .sheetFinance: Text(en: "checked by finance: {0}", zh: "财务核对:{0}")
        case .sheetRemark: Text(en: "remark: {0}", zh: "备注:{0}")
        case .sheetWitness: Text(en: "into the safe, witnessed by {0}", zh: "存入保险柜,监督保安:{0}")
        case .handoverWithGaps:
            Text(
                en: "not handed over: {0} never issued nor explained — check the numbers, then "
                    + "'cs invoice explain NUMBER --reason …' for each, and hand over again",
                zh: "未交接:{0} 未开具也未说明 — 请核对发票号,逐个 'cs invoice explain 号码 --reason …' 后再交接")
        case .handoverRepeated:
            Text(
                en: "already handed over as {0}, and nothing was issued since — 'cs invoice sheet {0}' prints it again",
                zh: "已交接({0}),此后未开发票 — 'cs invoice sheet {0}' 可再次打印交接单")
        case .handoverNotFound:
            Text(
                en: "no handover {0} — handover ids look like H01-3 ('cs invoice handovers' lists them)",
                zh: "没有交接单 {0} — 交接单编号形如 H01-3('cs invoice handovers' 可列出)")
        case .closingSafe: Text(en: "the safe", zh: "保险柜")
        case .boardTitle: Text(en: "Invoices", zh: "发票")
        case .boardStockLeft: Text(en: "{0} {1}–{2}: {3} left, next {4}", zh: "{0} {1}–{2}:剩余 {3} 张,下一号 {4}")
        case .boardStockLow:
            Text(en: "{0} {1}–{2}: only {3} left — draw stock from finance", zh: "{0} {1}–{2}:仅剩 {3} 张 — 请向财务领用")
        case .boardGap:
            Text(
                en: "gap {0}: never issued nor explained ('cs invoice explain')",
                zh: "缺号 {0}:未开具也未说明('cs invoice explain')")
        case .syncNumberTwice:
            Text(
                en: "invoice {0} issued at two desks from one shared stock range: the register keeps receipt {1}, "
                    + "receipt {2}'s paper invoice has the same number — void or red-letter it and reissue both",
                zh: "发票 {0} 在两个前台用同一段库存各开了一次:登记保留小票 {1},小票 {2} 的纸质发票号码相同 — "
                    + "请作废或红冲后为两张小票重开")
        }
    }
}
