import CSCore

/// `cs lostfound …`: items left behind — the register, the chain of custody, claims, the
/// day-end sweep and disposal (seed 002, 三).
enum LostFoundCommands {
    typealias O = LostFoundOption

    static func desk(_ ctx: Context) throws -> LostFoundDesk { LostFoundDesk(try ctx.desk()) }

    static let command = CommandSpec(
        "lostfound", summary: "items left behind: register, safe, chain of custody, claims, the day-end sweep",
        zh: "客遗物:登记、保险柜、交接记录、认领、日终移交",
        children: [
            Subcommand(name: "add") { add },
            Subcommand(name: "show") { show },
            Subcommand(name: "list") { list },
            Subcommand(name: "move") { move },
            Subcommand(name: "claim") { claim },
            Subcommand(name: "sweep") { sweep },
            Subcommand(name: "dispose") { dispose },
        ])

    /// How an item reads in the clerk's language (the custody place, the state).
    static func said(_ label: Cell, _ ctx: Context) -> String { Renderer.display(label, ctx.language) }

    static func created(
        _ item: LostItem, _ message: LostFoundMessage, _ arguments: [String],
        _ ctx: Context
    ) -> CommandOutput {
        .created(
            id: item.id, message: ctx.catalog.text(.lostfound(message), arguments),
            record: LostFoundTables.item().record(item))
    }

    static let add = CommandSpec(
        "add", summary: "register an item handed in (《遗留物品登记表》): valuables go to the safe, the rest to the desk",
        zh: "登记客遗物:贵重物品入保险柜,其余留服务台",
        options: [O.item, O.color, O.place, O.handedInBy, O.supervisor, O.valuable, O.description, O.foundAt, O.photo],
        examples: CommandExamples.lostAdd,
        action: { inv, ctx in
            let photo = try inv[O.photo].map { try Photo.load($0) }
            let r = LostFoundDesk.Registration(
                item: try inv[O.item], color: inv[O.color], place: try inv[O.place],
                description: inv[O.description], handedInBy: try inv[O.handedInBy],
                supervisor: try inv[O.supervisor], valuable: inv[O.valuable],
                foundAt: inv[O.foundAt], photo: photo)
            let item = try desk(ctx).add(r)
            return created(item, .added, [item.id, item.item, said(item.custody.label, ctx)], ctx)
        })

    static let show = CommandSpec(
        "show", summary: "one item with its whole chain of custody", zh: "查看物品及完整交接记录",
        options: [O.reveal],
        arguments: [O.id],
        examples: CommandExamples.lostShow,
        action: { inv, ctx in
            let item = try desk(ctx).show(try inv[O.id])
            let lines = item.moves.map { m in
                let why = said(m.cause.label, ctx) + (m.reason.map { ": " + $0 } ?? "")
                return ctx.catalog.text(
                    .lostfound(.custodyLine),
                    [
                        m.at.short, m.from.map { said($0.label, ctx) } ?? "—",
                        said(m.to.label, ctx), m.handedOverBy, m.receivedBy,
                        why,
                    ])
            }
            return .detail(LostFoundTables.item(reveal: inv[O.reveal]).record(item), lines: lines)
        })

    static let list = CommandSpec(
        "list", summary: "items, oldest first: --search in item, colour, place and description; filters",
        zh: "物品列表(按登记先后),可搜索与筛选",
        options: [O.search, O.status, O.custody, O.since, O.onlyValuable, O.due, O.reveal],
        renamed: [Renamed("due", to: "--overdue")],
        examples: CommandExamples.lostList,
        action: { inv, ctx in
            let f = LostFoundDesk.Filter(
                search: inv[O.search], status: inv[O.status], custody: inv[O.custody],
                since: inv[O.since], valuable: inv[O.onlyValuable], due: inv[O.due])
            let r = try desk(ctx).list(f)
            return .table(LostFoundTables.item(reveal: inv[O.reveal]).table(r.records, skipped: r.problems))
        })

    static let move = CommandSpec(
        "move", summary: "record a hand-over by hand: to the desk, the safe, the center or general affairs",
        zh: "手工登记交接:交到服务台、保险柜、客服中心或总务处",
        options: [O.to, O.receivedBy, O.reason],
        arguments: [O.id],
        examples: CommandExamples.lostMove,
        action: { inv, ctx in
            let item = try desk(ctx).move(
                try inv[O.id], to: try inv[O.to], receivedBy: try inv[O.receivedBy],
                reason: inv[O.reason])
            // Where it came from is the move just recorded under the lock, not a read before it.
            let from = item.moves.last?.from.map { said($0.label, ctx) } ?? "—"
            return created(
                item, .moved,
                [
                    item.id, from, said(item.custody.label, ctx),
                    item.moves.last?.receivedBy ?? "",
                ], ctx)
        })

    static let claim = CommandSpec(
        "claim", summary: "the owner takes it: described it and showed ID with the supervisor present",
        zh: "失主认领:描述物品并出示证件,值班主管在场",
        options: [O.claimant, O.phone, O.idNumber, O.described, O.claimSupervisor],
        arguments: [O.id],
        examples: CommandExamples.lostClaim,
        action: { inv, ctx in
            let form = LostFoundDesk.ClaimForm(
                claimant: try inv[O.claimant], phone: try inv[O.phone],
                idNumber: try inv[O.idNumber], described: try inv[O.described],
                supervisor: try inv[O.claimSupervisor])
            let item = try desk(ctx).claim(try inv[O.id], form)
            return created(item, .claimed, [item.id, item.item, form.claimant], ctx)
        })

    static let dispose = CommandSpec(
        "dispose", summary: "what general affairs finally did with an unclaimed item",
        zh: "总务处对无人认领物品的最终处理",
        options: [O.how, O.note],
        arguments: [O.id],
        examples: CommandExamples.lostDispose,
        action: { inv, ctx in
            let item = try desk(ctx).dispose(try inv[O.id], how: try inv[O.how], note: inv[O.note])
            return created(item, .disposed, [item.id, item.item, said(item.disposedHow?.label ?? .null, ctx)], ctx)
        })

    static let sweep = CommandSpec(
        "sweep",
        summary: "the moves due — desk to center at closing, to general affairs after 3 days — and disposals "
            + "due; exit 4 when any are due; --apply does the moves",
        zh: "日终移交:列出(或以 --apply 执行)到期的移交与待处理物品;有到期项时退出码为 4",
        options: [O.asOf, O.sweepTo, O.apply, O.sweepReceivedBy],
        examples: CommandExamples.lostSweep,
        action: { inv, ctx in
            let receivedBy = inv[O.sweepReceivedBy]
            if inv[O.apply] && receivedBy == nil { throw UsageError.requires("--apply", "--received-by") }
            if !inv[O.apply] && receivedBy != nil { throw UsageError.requires("--received-by", "--apply") }
            let only = inv[O.sweepTo]?.action
            let s = try desk(ctx).sweep(asOf: inv[O.asOf], only: only, applyReceivedBy: inv[O.apply] ? receivedBy : nil)
            return sweepReport(s, ctx)
        })

    /// Listed: exit 4 when anything is due. Applied: the moves are done; exit 4 while disposals
    /// wait for general affairs.
    static func sweepReport(_ s: LostFoundDesk.Sweep, _ ctx: Context) -> CommandOutput {
        let c = ctx.catalog
        var out = ""
        // The sentences are for a person at a table; data formats print the lines' fields.
        for line in ctx.globals.format == .table ? s.lines : [] {
            let key: LostFoundMessage =
                switch line.action {
                case .toCenter: .sweepToCenter
                case .toGeneralAffairs: .sweepToGeneralAffairs
                case .dispose: .sweepDisposal
                }
            out +=
                c.text(
                    .lostfound(key),
                    [
                        line.item.id, line.item.item, said(line.item.custody.label, ctx),
                        line.dueAt.short,
                    ]) + "\n"
        }
        if s.lines.isEmpty {
            out += c.text(.lostfound(.sweepNothing), [s.asOf.short]) + "\n"
        } else if s.applied {
            out += c.text(.lostfound(.sweepMoved), [String(s.moves.count)]) + "\n"
        } else if !s.moves.isEmpty {
            out += c.text(.lostfound(.sweepDue), [String(s.moves.count), s.asOf.short]) + "\n"
        }
        if !s.disposals.isEmpty { out += c.text(.lostfound(.sweepDisposalDue), [String(s.disposals.count)]) + "\n" }
        let due = s.applied ? !s.disposals.isEmpty : !s.lines.isEmpty
        return .summary(
            text: out, data: LostFoundTables.sweep.table(s.lines), record: false,
            status: due ? .found : .done)
    }

    static let export = ExportKind(name: "lostfound", columns: LostFoundTables.exportColumns) { ctx, options, emit in
        let fields = LostFoundTables.item(reveal: options.reveal)
        let rows = try LostFoundDesk(try ctx.desk()).list(LostFoundDesk.Filter(since: options.since)).records
        try emit(rows.map(fields.row))
    }
}
