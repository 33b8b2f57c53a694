import CSCore

/// `cs ask …`: the enquiry log under first-ask responsibility (首问负责制) — an enquiry is owned
/// by whoever took it until the customer has an answer — and the shift log (值班记录).
enum AskCommands {
    typealias O = AskOption

    static func desk(_ ctx: Context) throws -> AskDesk { AskDesk(try ctx.desk()) }

    static let command = CommandSpec(
        "ask", summary: "enquiries and calls, owned by whoever took them until answered; the shift log",
        zh: "咨询登记(首问负责制:谁受理谁负责到答复);值班记录",
        children: [
            Subcommand(name: "new") { new },
            Subcommand(name: "answer") { answer },
            Subcommand(name: "pass") { pass },
            Subcommand(name: "show") { show },
            Subcommand(name: "list") { list },
            Subcommand(name: "note") { note },
            Subcommand(name: "notes") { notes },
        ])

    static func done(_ e: Enquiry, _ message: AskMessage, _ arguments: [String], _ ctx: Context) -> CommandOutput {
        .created(id: e.id, message: ctx.catalog.text(.ask(message), arguments), record: AskTables.enquiry.record(e))
    }

    static let new = CommandSpec(
        "new", summary: "take an enquiry: the clerk owns it until it is answered", zh: "受理咨询:受理人负责到答复为止",
        options: [O.channel, O.name, O.phone, O.topic, O.text],
        examples: CommandExamples.askNew,
        action: { inv, ctx in
            let form = AskDesk.Form(
                channel: inv[O.channel] ?? .phone, name: try inv[O.name], phone: inv[O.phone], topic: try inv[O.topic],
                text: try inv[O.text])
            let e = try desk(ctx).take(form)
            return done(e, .taken, [e.id, e.topic, e.owner], ctx)
        })

    static let answer = CommandSpec(
        "answer", summary: "the owner's answer (--found: the person paged for was found)",
        zh: "负责人答复(--found:寻人已找到)",
        options: [O.answer, O.found],
        arguments: [O.id],
        examples: CommandExamples.askAnswer,
        action: { inv, ctx in
            let e = try desk(ctx).answer(try inv[O.id], text: try inv[O.answer], found: inv[O.found])
            return done(e, e.status == .found ? .found : .answered, [e.id, e.name], ctx)
        })

    static let pass = CommandSpec(
        "pass", summary: "hand the enquiry over to another clerk (recorded)", zh: "将咨询移交给其他工作人员(记录交接)",
        options: [O.to, O.note, O.supervisor],
        arguments: [O.id],
        examples: CommandExamples.askPass,
        action: { inv, ctx in
            let e = try desk(ctx).pass(
                try inv[O.id], to: try inv[O.to], note: inv[O.note], supervisor: inv[O.supervisor])
            return done(e, .passed, [e.id, e.handovers.last?.from ?? "", e.owner], ctx)
        })

    static let show = CommandSpec(
        "show", summary: "one enquiry with its hand-overs", zh: "查看一条咨询及其交接记录",
        arguments: [O.anyID],
        examples: CommandExamples.askShow,
        action: { inv, ctx in
            let e = try desk(ctx).show(try inv[O.anyID])
            let lines = e.handovers.map { h in
                ctx.catalog.text(.ask(.handoverLine), [h.at.short, h.from, h.to, h.by, h.note ?? ""]).trimmingSpaces
            }
            return .detail(AskTables.enquiry.record(e), lines: lines)
        })

    static let list = CommandSpec(
        "list", summary: "enquiries in the order taken; --open, --mine, --topic, --date narrow it",
        zh: "咨询列表;可用 --open、--mine、--topic、--date 筛选",
        options: [O.onlyOpen, O.mine, O.topicFilter, O.date],
        examples: CommandExamples.askList,
        action: { inv, ctx in
            let d = try desk(ctx)
            let r = try d.list(
                status: inv[O.onlyOpen] ? .open : nil, owner: inv[O.mine] ? d.clerk : nil, topic: inv[O.topicFilter],
                on: inv[O.date])
            return .table(AskTables.enquiry.table(r.records, skipped: r.problems))
        })

    static let note = CommandSpec(
        "note", summary: "a line on the shift log for the next shift", zh: "写一条值班记录,供下一班交接",
        options: [O.noteText],
        examples: CommandExamples.askNote,
        action: { inv, ctx in
            let n = try desk(ctx).note(try inv[O.noteText])
            return .created(
                id: n.id, message: ctx.catalog.text(.ask(.noted), [n.id]), record: AskTables.note.record(n))
        })

    static let notes = CommandSpec(
        "notes", summary: "the shift log: the last shift's, or one day's", zh: "值班记录:上一班次的,或某一天的",
        options: [O.notesDate],
        examples: CommandExamples.askNotes,
        action: { inv, ctx in
            let r = try desk(ctx).notes(on: inv[O.notesDate])
            return .table(AskTables.note.table(r.records, skipped: r.problems))
        })

    static let export = ExportKind(name: "enquiries", columns: AskTables.enquiry.columns) { ctx, options, emit in
        let all = try AskDesk(try ctx.desk()).list(status: nil, owner: nil, topic: nil, on: nil).records
        try emit(all.filter { e in options.since.map { e.takenAt.day >= $0 } ?? true }.map(AskTables.enquiry.row))
    }

    static let exportNotes = ExportKind(name: "shift-notes", columns: AskTables.note.columns) { ctx, options, emit in
        let all = try AskDesk(try ctx.desk()).notes(since: Instant(epochSeconds: 0, offset: .utc)).records
        try emit(all.filter { n in options.since.map { n.at.day >= $0 } ?? true }.map(AskTables.note.row))
    }
}
