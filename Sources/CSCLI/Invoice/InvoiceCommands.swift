import CSCore

/// `cs invoice …`: fapiao stock, issuing against receipts, void or red letter, explained gaps,
/// the shift handover and the day report (seed 002, 五).
enum InvoiceCommands {
    typealias O = InvoiceOption

    static func desk(_ ctx: Context) throws -> InvoiceDesk { InvoiceDesk(try ctx.desk()) }

    static let command = CommandSpec(
        "invoice",
        summary: "fapiao: stock from finance, issuing against receipts, void or red letter, shift handover, "
            + "day report",
        zh: "发票:领用、按小票开具、作废或红字、交接班、日报",
        children: [
            Subcommand(name: "stock") { stock },
            Subcommand(name: "issue") { issue },
            Subcommand(name: "show") { show },
            Subcommand(name: "list") { list },
            Subcommand(name: "void") { void },
            Subcommand(name: "redletter") { redletter },
            Subcommand(name: "explain") { explain },
            Subcommand(name: "handover") { handover },
            Subcommand(name: "handovers") { handovers },
            Subcommand(name: "sheet") { sheet },
            Subcommand(name: "report") { report },
        ])

    static func created(_ i: Invoice, _ message: String) -> CommandOutput {
        .created(id: i.id, message: message, record: InvoiceTables.invoice.record(i))
    }

    static let stock = CommandSpec(
        "stock", summary: "the paper ranges drawn from finance", zh: "发票库存号段",
        subcommands: [
            CommandSpec(
                "add", summary: "a range of paper invoice numbers from finance; overlapping ranges refused",
                zh: "登记从财务领用的号段;重叠号段不予登记",
                options: [O.code, O.from, O.to],
                examples: CommandExamples.invoiceStockAdd,
                action: { inv, ctx in
                    let s = try desk(ctx).addStock(
                        code: try inv[O.code], from: try inv[O.from],
                        to: try inv[O.to])
                    return .created(
                        id: s.id,
                        message: ctx.catalog.text(
                            .invoice(.stockAdded),
                            [s.code, s.from, s.to, String(s.size)]), record: InvoiceTables.stock.record(s))
                }),
            CommandSpec(
                "list", summary: "each range: used, remaining, the next number", zh: "各号段:已用、剩余、下一号",
                examples: CommandExamples.invoiceStockList,
                action: { _, ctx in .table(InvoiceTables.stock.table(try desk(ctx).stock())) }),
        ])

    static let issue = CommandSpec(
        "issue",
        summary: "invoice a receipt on the number after the last one issued in its range (or --number); "
            + "once per receipt",
        zh: "按小票开具发票(本段上一张之后的号码,或 --number);每张小票只开一次",
        options: [O.receipt, O.amount, O.room, O.title, O.taxId, O.number, O.electronic, O.slip],
        examples: CommandExamples.invoiceIssue,
        action: { inv, ctx in
            let r = InvoiceDesk.Request(
                receipt: try inv[O.receipt], amount: try inv[O.amount], room: inv[O.room],
                title: inv[O.title], taxId: inv[O.taxId], number: inv[O.number],
                electronic: inv[O.electronic])
            if r.electronic && r.number == nil { throw UsageError.requires("--electronic", "--number") }
            let i = try desk(ctx).issue(r)
            if inv[O.slip] { return .text(ctx.catalog.text(.invoice(.slip), [i.number, i.room ?? "—"]) + "\n") }
            return created(i, ctx.catalog.text(.invoice(.issued), [i.id, i.receipt ?? "", i.amount.decimal]))
        })

    static let show = CommandSpec(
        "show", summary: "one invoice", zh: "查看发票",
        arguments: [O.numberArgument],
        examples: CommandExamples.invoiceShow,
        action: { inv, ctx in .record(InvoiceTables.invoice.record(try desk(ctx).show(try inv[O.numberArgument]))) })

    static let list = CommandSpec(
        "list", summary: "invoices in the order issued, by day, status, shift or receipt", zh: "发票列表",
        options: [O.listDate, O.status, O.listShift, O.listReceipt],
        examples: CommandExamples.invoiceList,
        action: { inv, ctx in
            let f = InvoiceDesk.Filter(
                day: inv[O.listDate], status: inv[O.status], shift: inv[O.listShift],
                receipt: inv[O.listReceipt])
            return .table(InvoiceTables.invoice.table(try desk(ctx).list(f)))
        })

    static let void = CommandSpec(
        "void", summary: "void an invoice in the month it was issued (after it: redletter); never deleted",
        zh: "作废当月开具的发票(跨月请开红字);不删除",
        options: [O.reason],
        arguments: [O.numberArgument],
        examples: CommandExamples.invoiceVoid,
        action: { inv, ctx in
            let i = try desk(ctx).void(try inv[O.numberArgument], reason: try inv[O.reason])
            return created(i, ctx.catalog.text(.invoice(.voided), [i.id, i.voidReason ?? ""]))
        })

    static let redletter = CommandSpec(
        "redletter", summary: "a red-letter (negative) invoice on the next number, referencing the original; once",
        zh: "开具红字(负数)发票,引用原票;每张只开一次",
        options: [O.redReason, O.redNumber],
        arguments: [O.numberArgument],
        examples: CommandExamples.invoiceRedLetter,
        action: { inv, ctx in
            let red = try desk(ctx).redLetter(
                try inv[O.numberArgument], reason: try inv[O.redReason],
                electronicNumber: inv[O.redNumber])
            return created(
                red,
                ctx.catalog.text(
                    .invoice(.redLettered),
                    [
                        red.id, red.redLetterOf ?? "",
                        red.amount.decimal,
                    ]))
        })

    static let explain = CommandSpec(
        "explain", summary: "why a number was never issued (torn, spoiled): no longer a gap, never issued",
        zh: "说明未开具号码的原因(撕毁、污损):不再计为缺号,也不会再开具",
        options: [O.reason],
        arguments: [O.numberArgument],
        examples: CommandExamples.invoiceExplain,
        action: { inv, ctx in
            let g = try desk(ctx).explain(try inv[O.numberArgument], reason: try inv[O.reason])
            return .created(id: g.id, message: ctx.catalog.text(.invoice(.explained), [g.id, g.reason]), record: nil)
        })

    static let report = CommandSpec(
        "report", summary: "the day-end reconciliation across the day's shifts; exit 4 when a gap is found",
        zh: "日终对账:当天各班次汇总;有缺号时退出码为 4",
        options: [O.date],
        examples: CommandExamples.invoiceReport,
        action: { inv, ctx in
            let r = try desk(ctx).report(day: inv[O.date] ?? ctx.clock.today)
            let title = ctx.catalog.text(.invoice(.reportTitle), [r.day.iso, String(r.handovers.count)])
            return .summary(
                text: sheet(title, r.summary, ctx), data: InvoiceTables.summary.record(r.summary),
                record: true, status: r.summary.problems.isEmpty ? .done : .found)
        })

    static let export = ExportKind(name: "invoices", columns: InvoiceTables.invoice.columns) { ctx, options, emit in
        let rows = try desk(ctx).list(InvoiceDesk.Filter()).filter { i in
            options.since.map { i.issuedAt.day >= $0 }
                ?? true
        }
        try emit(rows.map(InvoiceTables.invoice.row))
    }
}
