import CSCore

/// The shift handover (seed 002, 五): recorded once per shift, listed and printed again later.
extension InvoiceCommands {
    static let handover = CommandSpec(
        "handover",
        summary: "the shift handover sheet since the last handover, recorded with both clerks (--close: into the safe)",
        zh: "交接班:自上次交接以来的发票交接单,记录双方(--close:营业结束存入保险柜)",
        options: [O.handoverTo, O.close, O.shift, O.pettyCash, O.finance, O.remark, O.witness],
        examples: CommandExamples.invoiceHandover,
        action: { inv, ctx in
            let to = inv[O.handoverTo]
            switch (to, inv[O.close]) {
            case (nil, false): throw UsageError.missingOptions(["--to"], path: "invoice handover ")
            case (_?, true): throw UsageError.conflict("--to", "--close")
            case (nil, true) where inv[O.witness] == nil: throw UsageError.requires("--close", "--witness")
            default: break
            }
            let extras = InvoiceHandover.Extras(
                pettyCash: inv[O.pettyCash], finance: inv[O.finance], remark: inv[O.remark], witness: inv[O.witness])
            let h = try desk(ctx).handover(to: to, shift: inv[O.shift], extras: extras)
            return sheetOutput(h, ctx)
        })

    static let handovers = CommandSpec(
        "handovers", summary: "the handover sheets recorded, oldest first (--date: one day's)",
        zh: "已记录的交接单,按时间先后(--date:某一天)",
        options: [O.listDate],
        examples: CommandExamples.invoiceHandovers,
        action: { inv, ctx in
            let r = try desk(ctx).handoverList(day: inv[O.listDate])
            return .table(InvoiceTables.handover.table(r.records, skipped: r.problems))
        })

    static let sheet = CommandSpec(
        "sheet", summary: "one handover sheet as it was recorded, to read or print again",
        zh: "按记录重新显示或打印一张交接单",
        arguments: [O.handoverID],
        examples: CommandExamples.invoiceSheet,
        action: { inv, ctx in sheetOutput(try desk(ctx).handoverShow(try inv[O.handoverID]), ctx) })

    /// Every sheet recorded, for finance's file (`cs export handovers`).
    static let handoverExport = ExportKind(name: "handovers", columns: InvoiceTables.handover.columns) {
        ctx, options, emit in
        let rows = try desk(ctx).handoverList(day: nil).records.filter { h in
            options.since.map { h.at.day >= $0 } ?? true
        }
        try emit(rows.map(InvoiceTables.handover.row))
    }

    /// A handover for a person (the sheet) or as data (its record).
    static func sheetOutput(_ h: InvoiceHandover, _ ctx: Context) -> CommandOutput {
        let c = ctx.catalog
        let title = c.text(
            .invoice(.sheetTitle),
            [
                h.id, h.shift.rawValue, h.from, h.to ?? c.text(.invoice(.closingSafe)),
                h.summary.since.short, h.at.short,
            ])
        var text = sheet(title, h.summary, ctx)
        let x = h.extras
        if let cash = x.pettyCash { text += c.text(.invoice(.sheetPettyCash), [cash.decimal]) + "\n" }
        if let name = x.finance { text += c.text(.invoice(.sheetFinance), [name]) + "\n" }
        if let remark = x.remark { text += c.text(.invoice(.sheetRemark), [remark]) + "\n" }
        if let name = x.witness { text += c.text(.invoice(.sheetWitness), [name]) + "\n" }
        return .summary(text: text, data: InvoiceTables.handover.record(h), record: true, status: .done)
    }

    /// The sheet a person reads: the title, the sums, each gap, the stock left.
    static func sheet(_ title: String, _ s: InvoiceSummary, _ ctx: Context) -> String {
        let c = ctx.catalog
        var out = title + "\n"
        out +=
            c.text(
                .invoice(.sheetLines),
                [
                    s.first ?? "—", s.last ?? "—", String(s.issued), String(s.electronic),
                    s.total.decimal, s.voided.isEmpty ? "—" : s.voided.joined(separator: " "),
                    s.redLetters.isEmpty ? "—" : s.redLetters.joined(separator: " "),
                ]) + "\n"
        for g in s.gaps { out += c.text(.invoice(.sheetProblem), [g]) + "\n" }
        if s.gaps.isEmpty { out += c.text(.invoice(.sheetOK), [s.remaining.joined(separator: "; ")]) + "\n" }
        return out
    }
}
