import CSCore

/// `cs lend …`: the convenience desk's lending (便民借用) — umbrellas, wheelchairs, power banks
/// lent against a deposit or an ID card, due back by a time, returned or written off.
enum LendCommands {
    typealias O = LendOption

    static func desk(_ ctx: Context) throws -> LendDesk { LendDesk(try ctx.desk()) }

    static let command = CommandSpec(
        "lend",
        summary: "lending: umbrellas, wheelchairs, power banks against a deposit; back, overdue, the day's deposits",
        zh: "便民借用:雨伞、轮椅、充电宝等凭押金借用;归还、超时、当日押金",
        children: [
            Subcommand(name: "stock") { stock },
            Subcommand(name: "out") { out },
            Subcommand(name: "back") { back },
            Subcommand(name: "writeoff") { writeoff },
            Subcommand(name: "show") { show },
            Subcommand(name: "list") { list },
            Subcommand(name: "overdue") { overdue },
            Subcommand(name: "report") { report },
        ])

    static func said(_ label: Cell, _ ctx: Context) -> String { Renderer.display(label, ctx.language) }

    /// What the clerk reads of a loan's thing: 轮椅 W3, or 雨伞.
    static func thing(_ item: String, _ asset: String?) -> String { asset.map { "\(item) \($0)" } ?? item }

    static func done(_ loan: Loan, _ message: LendMessage, _ arguments: [String], _ ctx: Context) -> CommandOutput {
        .created(
            id: loan.id, message: ctx.catalog.text(.lend(message), arguments), record: LendTables.loan().record(loan))
    }

    static let out = CommandSpec(
        "out", summary: "lend one: a number (W3), or an item's name (the first in, or one from the pool)",
        zh: "借出一件:按编号(W3),或按物品名称(取第一件在库的,或从数量库存中取)",
        options: [O.borrower, O.phone, O.deposit, O.depositId, O.due],
        arguments: [O.what],
        examples: CommandExamples.lendOut,
        action: { inv, ctx in
            let form = LendDesk.LoanForm(
                item: try inv[O.what], borrower: try inv[O.borrower], phone: try inv[O.phone],
                deposit: inv[O.deposit], depositIdNumber: inv[O.depositId], due: inv[O.due])
            let loan = try desk(ctx).lend(form)
            let deposit =
                loan.deposit.map { $0.decimal }
                ?? loan.depositIdNumber.map { IDNumber.masked($0) } ?? "—"
            return done(
                loan, .lent, [loan.id, thing(loan.item, loan.asset), loan.borrower, deposit, loan.due.short], ctx)
        })

    static let back = CommandSpec(
        "back", summary: "it came back: the deposit goes back (less --keep for damage)",
        zh: "归还:退还押金(损坏可用 --keep 扣留部分)",
        options: [O.damaged, O.keep],
        arguments: [O.loan],
        examples: CommandExamples.lendBack,
        action: { inv, ctx in
            let loan = try desk(ctx).giveBack(try inv[O.loan], damage: inv[O.damaged], keep: inv[O.keep])
            let returned = loan.returned.map(\.decimal)
            if let kept = loan.kept, kept.fen > 0 {
                return done(
                    loan, .backKept,
                    [loan.id, thing(loan.item, loan.asset), returned ?? "—", kept.decimal], ctx)
            }
            if loan.deposit == nil, let card = loan.depositIdNumber {
                return done(loan, .backID, [loan.id, thing(loan.item, loan.asset), IDNumber.masked(card)], ctx)
            }
            return done(loan, .back, [loan.id, thing(loan.item, loan.asset), returned ?? "—"], ctx)
        })

    static let writeoff = CommandSpec(
        "writeoff", summary: "lost or broken for good: the loan closes, the thing leaves service, the deposit is kept",
        zh: "注销:丢失或损坏无法修复,借用结束,物品退出在册,押金扣留",
        options: [O.reason, O.supervisor, O.keep],
        arguments: [O.loan],
        examples: CommandExamples.lendWriteoff,
        action: { inv, ctx in
            let loan = try desk(ctx).writeOff(
                try inv[O.loan], reason: try inv[O.reason], supervisor: try inv[O.supervisor], keep: inv[O.keep])
            let kept = loan.kept.map { $0.decimal } ?? "—"
            return done(loan, .writtenOff, [loan.id, thing(loan.item, loan.asset), kept, loan.supervisor ?? ""], ctx)
        })

    static let show = CommandSpec(
        "show", summary: "one loan: what, to whom, the deposit, due, how it ended", zh: "查看一笔借用",
        options: [O.reveal],
        arguments: [O.loan],
        examples: CommandExamples.lendShow,
        action: { inv, ctx in
            .record(LendTables.loan(reveal: inv[O.reveal]).record(try desk(ctx).show(try inv[O.loan])))
        })

    static let list = CommandSpec(
        "list", summary: "loans in the order lent; --open, --overdue, --status, --since", zh: "借用列表(按借出先后),可筛选",
        options: [O.onlyOut, O.overdue, O.status, O.since, O.reveal],
        examples: CommandExamples.lendList,
        action: { inv, ctx in
            if inv[O.onlyOut], let s = inv[O.status], s != .out { throw UsageError.conflict("--open", "--status") }
            let f = LendDesk.Filter(
                status: inv[O.onlyOut] ? .out : inv[O.status], overdue: inv[O.overdue], since: inv[O.since])
            let r = try desk(ctx).list(f)
            return .table(LendTables.loan(reveal: inv[O.reveal]).table(r.records, skipped: r.problems))
        })

    static let overdue = CommandSpec(
        "overdue", summary: "loans past their due time, most overdue first; exit 4 when any (for cron)",
        zh: "超时未还的借用;有则退出码为 4(供定时任务使用)",
        examples: CommandExamples.lendOverdue,
        action: { _, ctx in
            let late = try desk(ctx).overdue()
            let c = ctx.catalog
            var text = ""
            for l in late {
                text +=
                    c.text(.lend(.boardOverdue), [l.id, thing(l.item, l.asset), l.borrower, l.phone, l.due.short])
                    + "\n"
            }
            text +=
                late.isEmpty
                ? c.text(.lend(.overdueNone)) + "\n" : c.text(.lend(.overdueSome), [String(late.count)]) + "\n"
            return .summary(
                text: text, data: LendTables.out.table(late), record: false, status: late.isEmpty ? .done : .found,
                quiet: late.isEmpty ? "" : "\(late.count)\n")
        })

    static let export = ExportKind(name: "loans", columns: LendTables.exportColumns) { ctx, options, emit in
        let fields = LendTables.loan(reveal: options.reveal)
        let rows = try LendDesk(try ctx.desk()).list(LendDesk.Filter(since: options.since)).records
        try emit(rows.map(fields.row))
    }
}
