import CSCore

/// `cs complaint …`: intake, escalation, the 48-hour promise, the follow-up call (回访) and
/// the monthly review (seeds 000, 001, 002 六, 004).
enum ComplaintCommands {
    typealias O = ComplaintOption

    static func desk(_ ctx: Context) throws -> ComplaintDesk { ComplaintDesk(try ctx.desk()) }

    static let command = CommandSpec(
        "complaint", summary: "complaints: intake, escalation, the 48-hour promise, follow-up call, monthly review",
        zh: "投诉:受理、升级、48 小时答复承诺、回访、月报",
        children: [
            Subcommand(name: "new") { new },
            Subcommand(name: "show") { show },
            Subcommand(name: "list") { list },
            Subcommand(name: "note") { note },
            Subcommand(name: "escalate") { escalate },
            Subcommand(name: "wait") { wait },
            Subcommand(name: "resume") { resume },
            Subcommand(name: "resolve") { resolve },
            Subcommand(name: "follow-up") { followUp },
            Subcommand(name: "reopen") { reopen },
            Subcommand(name: "overdue") { overdue },
            Subcommand(name: "report") { report },
        ])

    static func said(_ label: Cell, _ ctx: Context) -> String { Renderer.display(label, ctx.language) }

    static func done(
        _ c: Complaint, _ message: ComplaintMessage, _ arguments: [String],
        _ ctx: Context
    ) -> CommandOutput {
        .created(
            id: c.id, message: ctx.catalog.text(.complaint(message), arguments),
            record: ComplaintTables.complaint.record(c))
    }

    static let new = CommandSpec(
        "new", summary: "record a complaint (time, customer, phone, staff number, matter, room) → its id; due in 48 h",
        zh: "受理投诉(时间、顾客、电话、被投诉人工号、事项、房号)→ 编号;48 小时内答复",
        options: [
            O.customer, O.phone, O.matter, O.channel, O.received, O.staff, O.room, O.category, O.severity, O.card,
        ],
        examples: CommandExamples.complaintNew,
        action: { inv, ctx in
            let intake = Complaint.Intake(
                customer: try inv[O.customer], phone: inv[O.phone], card: inv[O.card],
                channel: inv[O.channel] ?? .hotline, staff: inv[O.staff], room: inv[O.room],
                category: inv[O.category], severity: inv[O.severity] ?? .normal,
                matter: try inv[O.matter])
            let c = try desk(ctx).new(intake, received: inv[O.received])
            return done(c, .received, [c.id, c.customer, c.due.short], ctx)
        })

    static let show = CommandSpec(
        "show", summary: "one complaint with its timeline", zh: "查看投诉及处理记录",
        arguments: [O.id],
        examples: CommandExamples.complaintShow,
        action: { inv, ctx in
            let c = try desk(ctx).show(try inv[O.id])
            let lines = c.timeline.map { e in
                let words = [e.to.map { "→ " + $0 }, e.text].compactMap { $0 }.joined(separator: "  ")
                return ctx.catalog.text(
                    .complaint(.timelineLine),
                    [
                        e.at.short, e.clerk, said(e.action.label, ctx),
                        words,
                    ]
                ).trimmingSpaces
            }
            var record = ComplaintTables.complaint.record(c)
            // While waiting the deadline moves with the wait: a person reads "paused", data keeps `due`.
            if c.status == .waiting, ctx.globals.format == .table,
                let i = record.columns.firstIndex(where: { $0.key == "due" })
            {
                record.rows[0][i] = .text(ctx.catalog.text(.complaint(.pausedDue)))
            }
            return .detail(record, lines: lines)
        })

    static let list = CommandSpec(
        "list", summary: "complaints in the order received; filters and --search", zh: "投诉列表(按受理先后),可筛选与搜索",
        options: [O.status, O.overdue, O.staff, O.category, O.since, O.search, O.member],
        examples: CommandExamples.complaintList,
        action: { inv, ctx in
            let f = ComplaintDesk.Filter(
                status: inv[O.status], overdue: inv[O.overdue], staff: inv[O.staff],
                category: inv[O.category], since: inv[O.since], search: inv[O.search],
                member: inv[O.member])
            let r = try desk(ctx).list(f)
            return .table(ComplaintTables.complaint.table(r.records, skipped: r.problems))
        })

    static let note = CommandSpec(
        "note", summary: "add a note to the timeline (in any state; the clock is not touched)",
        zh: "在处理记录中添加备注(任何状态均可,不影响计时)",
        arguments: [O.id, O.text],
        examples: CommandExamples.complaintNote,
        action: { inv, ctx in
            let c = try desk(ctx).note(try inv[O.id], try inv[O.text])
            return done(c, .noted, [c.id], ctx)
        })

    static let escalate = CommandSpec(
        "escalate", summary: "hand it to the supervisor or manager (what the desk cannot settle at once)",
        zh: "升级给主管或经理(服务台无法当场解决的)",
        options: [O.to, O.note],
        arguments: [O.id],
        examples: CommandExamples.complaintEscalate,
        action: { inv, ctx in
            let c = try desk(ctx).escalate(try inv[O.id], to: try inv[O.to], note: inv[O.note])
            return done(c, .escalated, [c.id, c.escalatedTo ?? "", c.due.short], ctx)
        })

    static let wait = CommandSpec(
        "wait", summary: "waiting on the customer: the promise's clock pauses until the next action",
        zh: "等待顾客回复:答复时限暂停计时,直到下一步处理",
        options: [O.reason],
        arguments: [O.id],
        examples: CommandExamples.complaintWait,
        action: { inv, ctx in
            let c = try desk(ctx).wait(try inv[O.id], reason: try inv[O.reason])
            return done(c, .waiting, [c.id, String(c.promiseHours)], ctx)
        })

    static let resume = CommandSpec(
        "resume", summary: "the customer came back: the clock runs again, the promise moved by the wait",
        zh: "顾客已回复:恢复计时,答复时限顺延等待的时间",
        options: [O.note],
        arguments: [O.id],
        examples: CommandExamples.complaintResume,
        action: { inv, ctx in
            let c = try desk(ctx).resume(try inv[O.id], note: inv[O.note])
            return done(c, .resumed, [c.id, said(c.status.label, ctx), c.due.short], ctx)
        })

    static let resolve = CommandSpec(
        "resolve", summary: "record what was done; hours taken (net of waiting) and whether on time",
        zh: "登记处理结果;记录用时(不含等待)及是否按时",
        options: [O.resolution],
        arguments: [O.id],
        examples: CommandExamples.complaintResolve,
        action: { inv, ctx in
            let c = try desk(ctx).resolve(try inv[O.id], resolution: try inv[O.resolution])
            let onTime: Cell = c.onTime == true ? .label("on time", zh: "按时") : .label("late", zh: "超时")
            return done(c, .resolved, [c.id, c.hoursTaken ?? "", said(onTime, ctx)], ctx)
        })

    static let followUp = CommandSpec(
        "follow-up", summary: "the follow-up call (回访): the customer's satisfaction 1–5; closes the complaint",
        zh: "回访:记录顾客满意度(1–5),结案",
        options: [O.satisfaction, O.note],
        arguments: [O.id],
        examples: CommandExamples.complaintFollowUp,
        action: { inv, ctx in
            let c = try desk(ctx).followUp(try inv[O.id], satisfaction: try inv[O.satisfaction], note: inv[O.note])
            return done(c, .followedUp, [c.id, String(c.satisfaction ?? 0)], ctx)
        })

    static let reopen = CommandSpec(
        "reopen", summary: "back to open with a fresh promise (the earlier resolution stays in the timeline)",
        zh: "重新打开,重新计算答复时限(原处理结果保留在处理记录中)",
        options: [O.reason],
        arguments: [O.id],
        examples: CommandExamples.complaintReopen,
        action: { inv, ctx in
            let c = try desk(ctx).reopen(try inv[O.id], reason: try inv[O.reason])
            return done(c, .reopened, [c.id, c.due.short], ctx)
        })

    static let overdue = CommandSpec(
        "overdue", summary: "complaints past their promise (or due within --within hours); exit 4 when any, for cron",
        zh: "已超过答复时限(或 --within 小时内到期)的投诉;有则退出码为 4,供定时任务使用",
        options: [O.within],
        examples: CommandExamples.complaintOverdue,
        action: { inv, ctx in
            let now = ctx.clock.now
            let lines = try desk(ctx).overdue(within: inv[O.within] ?? 0)
            let c = ctx.catalog
            var out = ""
            for l in lines where ctx.globals.format == .table {
                out += said(l, ctx) + "\n"
            }
            out +=
                lines.isEmpty
                ? c.text(.complaint(.overdueNone), [now.short]) + "\n"
                : c.text(.complaint(.overdueSome), [String(lines.count), now.short]) + "\n"
            return .summary(
                text: out, data: ComplaintTables.overdue.table(lines), record: false,
                status: lines.isEmpty ? .done : .found)
        })

    static let report = CommandSpec(
        "report",
        summary: "the month's review: counts, on-time rate, median and p90 hours, satisfaction, "
            + "staff with repeated complaints",
        zh: "月报:各类统计、按时率、用时中位数与 90 分位、满意度、多次被投诉的员工",
        options: [O.month],
        examples: CommandExamples.complaintReport,
        action: { inv, ctx in
            let r = try desk(ctx).report(month: inv[O.month] ?? Month(ctx.clock.today))
            return .summary(
                text: sheet(r, ctx), data: ComplaintTables.report.record(r),
                record: true, status: .done)
        })

    // Long: the printed monthly sheet, line by line as it appears on paper.
    /// The review as a person reads it.
    static func sheet(_ r: ComplaintReport, _ ctx: Context) -> String {
        let c = ctx.catalog
        func list(_ pairs: [(String, Int)], label: (String) -> String = { $0 }) -> String {
            pairs.isEmpty ? "—" : pairs.map { "\(label($0.0)) \($0.1)" }.joined(separator: ", ")
        }
        func labelled<L: Labelled & CaseIterable>(_: L.Type) -> (String) -> String {
            { raw in L(rawValue: raw).map { said($0.label, ctx) } ?? raw }
        }
        var out = c.text(.complaint(.reportTitle), [r.month.iso]) + "\n"
        out +=
            c.text(
                .complaint(.reportTotals),
                [
                    String(r.received), String(r.resolved), String(r.onTime),
                    r.onTimeRate ?? "—",
                ]) + "\n"
        out += c.text(.complaint(.reportTimes), [r.medianHours ?? "—", r.p90Hours ?? "—"]) + "\n"
        out +=
            c.text(
                .complaint(.reportSatisfaction),
                [
                    String(r.followedUp), r.meanSatisfaction ?? "—",
                    r.lowSatisfactionShare ?? "—",
                ]) + "\n"
        let table = ComplaintTables.report.columns
        func header(_ key: String) -> String {
            table.first { $0.key == key }.map { ctx.language == .zh ? $0.headerZh : $0.header } ?? key
        }
        out +=
            c.text(
                .complaint(.reportCounts),
                [
                    header("byStatus"),
                    list(r.byStatus, label: labelled(ComplaintStatus.self)),
                ]) + "\n"
        out +=
            c.text(
                .complaint(.reportCounts),
                [
                    header("byCategory"),
                    list(
                        r.byCategory.map {
                            ($0.0.isEmpty ? "—" : $0.0, $0.1)
                        }),
                ]) + "\n"
        out +=
            c.text(
                .complaint(.reportCounts),
                [
                    header("byChannel"),
                    list(r.byChannel, label: labelled(ComplaintChannel.self)),
                ]) + "\n"
        out +=
            c.text(
                .complaint(.reportCounts),
                [
                    header("bySeverity"),
                    list(r.bySeverity, label: labelled(Severity.self)),
                ]) + "\n"
        out += c.text(.complaint(.reportCounts), [header("byStaff"), list(r.byStaff)]) + "\n"
        if !r.repeatedStaff.isEmpty {
            out += c.text(.complaint(.reportRepeated), [list(r.repeatedStaff), String(r.repeatThreshold)]) + "\n"
        }
        return out
    }

    static let export = ExportKind(name: "complaints", columns: ComplaintTables.complaint.columns) { ctx, opts, emit in
        let rows = try desk(ctx).list(ComplaintDesk.Filter(since: opts.since)).records
        try emit(rows.map(ComplaintTables.complaint.row))
    }
}
