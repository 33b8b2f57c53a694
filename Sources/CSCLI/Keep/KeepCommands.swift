import CSCore

/// `cs keep …`: left luggage (寄存) — a bag in against a numbered tag, out against the tag (and
/// the seal), uncollected ones to lost and found.
enum KeepCommands {
    typealias O = KeepOption

    static func desk(_ ctx: Context) throws -> KeepDesk { KeepDesk(try ctx.desk()) }

    static let command = CommandSpec(
        "keep", summary: "left luggage: a bag in against a numbered tag, out against it; uncollected to lost and found",
        zh: "寄存:凭号码牌寄存与取物;逾期未取转入客遗物",
        children: [
            Subcommand(name: "in") { checkIn },
            Subcommand(name: "out") { checkOut },
            Subcommand(name: "show") { show },
            Subcommand(name: "list") { list },
            Subcommand(name: "sweep") { sweep },
        ])

    static func done(_ bag: Bag, _ message: KeepMessage, _ arguments: [String], _ ctx: Context) -> CommandOutput {
        .created(id: bag.id, message: ctx.catalog.text(.keep(message), arguments), record: KeepTables.bag.record(bag))
    }

    static let checkIn = CommandSpec(
        "in", summary: "take a bag in: hand the owner the tag", zh: "寄存:把号码牌交给寄存人",
        options: [O.tag, O.what, O.seal, O.phone, O.name],
        examples: CommandExamples.keepIn,
        action: { inv, ctx in
            let form = KeepDesk.Form(
                tag: try inv[O.tag], what: try inv[O.what], seal: inv[O.seal], phone: try inv[O.phone],
                name: inv[O.name])
            let bag = try desk(ctx).checkIn(form)
            let due = try desk(ctx).dueAt(bag.inAt).short
            return done(bag, .keptIn, [bag.id, bag.what, bag.tag, due], ctx)
        })

    static let checkOut = CommandSpec(
        "out", summary: "hand the bag back against its tag (and its seal's number)", zh: "凭号码牌(及封包锁编号)取物",
        options: [O.outSeal],
        arguments: [O.ref],
        examples: CommandExamples.keepOut,
        action: { inv, ctx in
            let bag = try desk(ctx).checkOut(try inv[O.ref], seal: inv[O.outSeal])
            return done(bag, .collected, [bag.id, bag.what, bag.tag], ctx)
        })

    static let show = CommandSpec(
        "show", summary: "one bag, by its tag or id", zh: "查看寄存物品(按号码牌或编号)",
        arguments: [O.ref],
        examples: CommandExamples.keepShow,
        action: { inv, ctx in .record(KeepTables.bag.record(try desk(ctx).show(try inv[O.ref]))) })

    static let list = CommandSpec(
        "list", summary: "bags in the order taken in; --open only those still kept", zh: "寄存列表;--open 只列仍在寄存的",
        options: [O.onlyKept],
        examples: CommandExamples.keepList,
        action: { inv, ctx in
            let r = try desk(ctx).list(status: inv[O.onlyKept] ? .kept : nil)
            return .table(KeepTables.bag.table(r.records, skipped: r.problems))
        })

    static let sweep = CommandSpec(
        "sweep", summary: "bags uncollected for keep.days: listed (exit 4), or with --apply moved to lost and found",
        zh: "逾期未取的寄存物品:列出(退出码 4),或以 --apply 转入客遗物",
        options: [O.apply, O.receivedBy],
        examples: CommandExamples.keepSweep,
        action: { inv, ctx in
            let receivedBy = inv[O.receivedBy]
            if inv[O.apply] && receivedBy == nil { throw UsageError.requires("--apply", "--received-by") }
            if !inv[O.apply] && receivedBy != nil { throw UsageError.requires("--received-by", "--apply") }
            let k = try desk(ctx)
            let s = try k.sweep(applyReceivedBy: inv[O.apply] ? receivedBy : nil)
            let c = ctx.catalog
            var text = ""
            for b in s.due where ctx.globals.format == .table {
                text += c.text(.keep(.sweepLine), [b.id, b.bag, b.what, b.phone, k.dueAt(b.inAt).short]) + "\n"
            }
            if s.due.isEmpty {
                text += c.text(.keep(.sweepNothing)) + "\n"
            } else if s.applied {
                text +=
                    c.text(.keep(.sweepMoved), [String(s.moved.count), s.moved.map(\.id).joined(separator: ", ")])
                    + "\n"
            } else {
                text += c.text(.keep(.sweepDue), [String(s.due.count)]) + "\n"
            }
            return .summary(
                text: text, data: KeepTables.kept.table(s.due), record: false,
                status: s.due.isEmpty || s.applied ? .done : .found)
        })

    static let export = ExportKind(name: "bags", columns: KeepTables.bag.columns) { ctx, options, emit in
        let bags = try KeepDesk(try ctx.desk()).list(status: nil).records
        try emit(bags.filter { b in options.since.map { b.inAt.day >= $0 } ?? true }.map(KeepTables.bag.row))
    }
}
