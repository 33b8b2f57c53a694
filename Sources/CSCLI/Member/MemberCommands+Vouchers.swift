import CSCore

/// `cs member vouchers …`: the yearly cash voucher (每年12月1日发送现金券, valid to 15 January).
extension MemberCommands {
    static let vouchers = CommandSpec(
        "vouchers", summary: "the yearly cash voucher: issue on 1 December, use once, expired after 15 January",
        zh: "年度现金券:12月1日发放,使用一次,元月15日后作废",
        children: [
            Subcommand(name: "issue") { vouchersIssue }, Subcommand(name: "use") { vouchersUse },
            Subcommand(name: "list") { vouchersList },
        ])

    static let vouchersIssue = CommandSpec(
        "issue",
        summary: "turn every active member's points into this year's voucher (points ÷ 10 yuan, 10–100), "
            + "once a year each; safe to run twice",
        zh: "为每位有效会员按积分发放本年度现金券(积分÷10 元,10–100 元),每年一次;可重复运行",
        examples: CommandExamples.memberVouchersIssue,
        action: { _, ctx in
            let run = try desk(ctx).issueYearlyVouchers()
            let total = run.issued.reduce(Int64(0)) { $0 + $1.yuan }
            let last = MemberDesk.voucherLastDay(issuedIn: ctx.clock.today.year)
            let text = ctx.catalog.text(
                .member(.vouchersIssued),
                [
                    String(run.issued.count), String(total), last.iso, String(run.alreadyIssued),
                    String(run.tooFewPoints),
                ])
            return .summary(
                text: text + "\n", data: MemberTables.voucher(ctx.clock.today).table(run.issued), record: false,
                status: .done)
        })

    static let vouchersUse = CommandSpec(
        "use", summary: "the voucher paid at the till: used once, on or before its last day",
        zh: "现金券在收银处使用:只能用一次,且须在有效期内",
        options: [O.voucherReceipt],
        arguments: [O.voucherID],
        examples: CommandExamples.memberVouchersUse,
        action: { inv, ctx in
            let v = try desk(ctx).useVoucher(try inv[O.voucherID], receipt: try inv[O.voucherReceipt])
            return .created(
                id: v.id,
                message: ctx.catalog.text(.member(.voucherUsed), [v.id, String(v.yuan), v.receipt ?? ""]),
                record: MemberTables.voucher(ctx.clock.today).record(v))
        })

    static let vouchersList = CommandSpec(
        "list", summary: "vouchers by year and state (issued, used, expired as of today)", zh: "现金券列表(按年度与状态)",
        options: [O.voucherYear, O.voucherStatus],
        examples: CommandExamples.memberVouchersList,
        action: { inv, ctx in
            let r = try desk(ctx).vouchers(year: inv[O.voucherYear], status: inv[O.voucherStatus])
            return .table(MemberTables.voucher(ctx.clock.today).table(r.records, skipped: r.problems))
        })

    /// `cs export vouchers`: every voucher with its state as of today, for finance.
    static let vouchersExport = ExportKind(
        name: "vouchers", columns: MemberTables.voucher(Day(ordinal: 0)).columns
    ) { ctx, options, emit in
        let today = ctx.clock.today
        let rows = try ctx.store.scan(Voucher.self).records.filter { v in options.since.map { v.issuedOn >= $0 } ?? true
        }
        .sorted { ($0.issuedOn, $0.card) < ($1.issuedOn, $1.card) }
        try emit(rows.map(MemberTables.voucher(today).row))
    }
}
