import CSCore

extension LendCommands {
    static let stock = CommandSpec(
        "stock", summary: "what the desk lends: add numbered things or a counted pool; list what is out and in",
        zh: "借用物品:登记有编号的物品或数量库存;查看借出与在库",
        children: [
            Subcommand(name: "add") { stockAdd },
            Subcommand(name: "list") { stockList },
        ])

    static let stockAdd = CommandSpec(
        "add", summary: "numbered things (--ids W1-W5) or a counted pool (--count 30)",
        zh: "登记有编号的物品(--ids W1-W5)或数量库存(--count 30)",
        options: [O.item, O.ids, O.count],
        examples: CommandExamples.lendStockAdd,
        action: { inv, ctx in
            let item = try inv[O.item]
            switch (inv[O.ids], inv[O.count]) {
            case (let spec?, nil):
                let added = try desk(ctx).addAssets(item: item, ids: try LendDesk.assetIDs(spec))
                let text = ctx.catalog.text(
                    .lend(.stockAdded), [item, String(added.count), added.map(\.id).joined(separator: ",")])
                return .summary(
                    text: text + "\n", data: LendTables.stock.table(try desk(ctx).stock().filter { $0.item == item }),
                    record: true, status: .done)
            case (nil, let n?):
                let pool = try desk(ctx).addToPool(item: item, count: Int64(n))
                let text = ctx.catalog.text(.lend(.poolAdded), [pool.id, String(n), String(pool.total)])
                return .summary(
                    text: text + "\n", data: LendTables.stock.table(try desk(ctx).stock().filter { $0.item == item }),
                    record: true, status: .done)
            case (nil, nil): throw UsageError.missingOptions(["--ids", "--count"], path: "lend stock add")
            case (_?, _?): throw UsageError.conflict("--ids", "--count")
            }
        })

    static let stockList = CommandSpec(
        "list", summary: "each item: how many, out, in, and which numbers", zh: "每种物品:在册、借出、在库及编号",
        examples: CommandExamples.lendStockList,
        action: { _, ctx in .table(LendTables.stock.table(try desk(ctx).stock())) })

    static let report = CommandSpec(
        "report", summary: "the day's cash deposits to the fen: held, taken, returned, kept, held at the end",
        zh: "当日押金对账(精确到分):日初、收取、退还、扣留、日终",
        options: [O.date],
        examples: CommandExamples.lendReport,
        action: { inv, ctx in
            let r = try desk(ctx).dayReport(inv[O.date] ?? ctx.clock.today)
            let c = ctx.catalog
            var text = c.text(.lend(.reportTitle), [r.day.iso]) + "\n"
            text += c.text(.lend(.reportHeld), [r.heldAtStart.decimal]) + "\n"
            text += c.text(.lend(.reportTaken), [r.taken.decimal, String(r.loans)]) + "\n"
            text += c.text(.lend(.reportReturned), [r.returned.decimal, String(r.back), String(r.writtenOff)]) + "\n"
            text += c.text(.lend(.reportKept), [r.kept.decimal]) + "\n"
            text += c.text(.lend(.reportHeldAtEnd), [r.heldAtEnd.decimal]) + "\n"
            text += c.text(.lend(r.balances ? .reportBalances : .reportOff)) + "\n"
            if r.idsHeld > 0 { text += c.text(.lend(.reportIDs), [String(r.idsHeld)]) + "\n" }
            return .summary(
                text: text, data: LendTables.report.record(r), record: true, status: r.balances ? .done : .found)
        })
}
