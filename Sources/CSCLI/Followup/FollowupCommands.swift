import CSCore

/// `cs followup …`: call-backs (回访) beyond complaints — the list built by hand or by rule,
/// the calls with their survey scores, the satisfaction report, a low score made a complaint.
enum FollowupCommands {
    typealias O = FollowupOption

    static func desk(_ ctx: Context) throws -> FollowupDesk { FollowupDesk(try ctx.desk()) }

    static let command = CommandSpec(
        "followup", summary: "call-backs and satisfaction surveys: the call list, the calls, the monthly analysis",
        zh: "回访与满意度调查:回访名单、通话记录、满意度统计分析",
        children: [
            Subcommand(name: "add") { add },
            Subcommand(name: "plan") { plan },
            Subcommand(name: "due") { due },
            Subcommand(name: "call") { call },
            Subcommand(name: "show") { show },
            Subcommand(name: "list") { list },
            Subcommand(name: "report") { report },
            Subcommand(name: "complain") { complain },
        ])

    static func done(_ f: Followup, _ message: FollowupMessage, _ arguments: [String], _ ctx: Context)
        -> CommandOutput
    {
        .created(
            id: f.id, message: ctx.catalog.text(.followup(message), arguments),
            record: FollowupTables.followup.record(f))
    }

    static let add = CommandSpec(
        "add", summary: "put a call on the list by hand", zh: "手工加入回访名单",
        options: [O.name, O.phone, O.card, O.ward, O.staff, O.reason, O.due],
        // SPEC.md's `add --from | --rule`: lists and rules are `plan`, which never lists one twice.
        renamed: [
            Renamed("from", to: "'cs followup plan --from FILE'"),
            Renamed("rule", to: "'cs followup plan --lapsed DAYS | --visits'"),
        ],
        examples: CommandExamples.followupAdd,
        action: { inv, ctx in
            let form = Followup.Form(
                name: try inv[O.name], phone: try inv[O.phone], card: inv[O.card], ward: inv[O.ward],
                staff: inv[O.staff], reason: inv[O.reason], due: inv[O.due] ?? ctx.clock.today)
            let f = try desk(ctx).add(form)
            return done(f, .added, [f.id, f.name, f.due.iso], ctx)
        })

    static let plan = CommandSpec(
        "plan", summary: "build the call list by rule: lapsed members, VIP visits, a discharge list",
        zh: "按规则生成回访名单:久未消费会员、VIP 年度拜访、出院患者名单",
        options: [O.lapsed, O.visits, O.from, O.dryRun],
        examples: CommandExamples.followupPlan,
        action: { inv, ctx in
            var rules = FollowupDesk.Rules(lapsedDays: inv[O.lapsed], visits: inv[O.visits])
            if let path = inv[O.from] {
                guard let bytes = try ImportFile.read(path) else {
                    throw UsageError.invalidValue("--from", value: path, accepted: ImportFile.readableCSV)
                }
                rules.discharged = bytes
            }
            guard rules.lapsedDays != nil || rules.visits || rules.discharged != nil else {
                throw UsageError.missingOptions(["--lapsed", "--visits", "--from"], path: inv.pathPrefix)
            }
            let p = try desk(ctx).plan(rules, dryRun: inv[O.dryRun])
            let text = ctx.catalog.text(
                .followup(p.dryRun ? .planDryRun : .planned),
                [
                    String(p.made.count), String(p.skipped),
                    p.made.isEmpty ? "—" : p.made.map(\.id).joined(separator: ", "),
                ])
            return .summary(
                text: text + "\n", data: FollowupTables.followup.table(p.made), record: false, status: .done)
        })

    static let due = CommandSpec(
        "due", summary: "the calls owed today (exit 4 when there are any)", zh: "今天应打的回访电话(有则退出码 4)",
        options: [O.date],
        examples: CommandExamples.followupDue,
        action: { inv, ctx in
            let lines = try desk(ctx).due(on: inv[O.date] ?? ctx.clock.today)
            let c = ctx.catalog
            let today = ctx.clock.today
            var text = ""
            for f in lines where ctx.globals.format == .table { text += line(f, today: today, ctx) + "\n" }
            text +=
                lines.isEmpty
                ? c.text(.followup(.dueNothing)) + "\n" : c.text(.followup(.dueCount), [String(lines.count)]) + "\n"
            return .summary(
                text: text, data: FollowupTables.due.table(lines), record: false,
                status: lines.isEmpty ? .done : .found)
        })

    static let call = CommandSpec(
        "call", summary: "record a call: --reached with the survey's scores, or --no-answer",
        zh: "记录一次回访通话:--reached 并记录评分,或 --no-answer",
        options: [O.reached, O.noAnswer, O.satisfaction, O.scores, O.comment, O.note],
        arguments: [O.id],
        examples: CommandExamples.followupCall,
        action: { inv, ctx in
            if inv[O.reached] && inv[O.noAnswer] { throw UsageError.conflict("--reached", "--no-answer") }
            guard inv[O.reached] || inv[O.noAnswer] else {
                throw UsageError.missingOptions(["--reached", "--no-answer"], path: inv.pathPrefix)
            }
            let scores = try inv[O.scores].map(parseScores)
            let f = try desk(ctx).call(
                try inv[O.id],
                FollowupDesk.Call(
                    outcome: inv[O.reached] ? .reached : .noAnswer, satisfaction: inv[O.satisfaction], scores: scores,
                    comment: inv[O.comment], note: inv[O.note]))
            let message: FollowupMessage =
                switch f.status {
                case .reached: .reached
                case .unreached: .unreached
                case .open: .noAnswer
                }
            return done(f, message, [f.id, f.name, String(f.calls.count)], ctx)
        })

    /// `5,4,4`: each a whole score 1–5.
    static func parseScores(_ text: String) throws -> [Int] {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        let scores = parts.compactMap { Int($0) }.filter { (1...5).contains($0) }
        guard scores.count == parts.count else {
            throw UsageError.invalidValue(
                "--scores", value: text,
                accepted: Text(en: "scores 1-5 separated by commas: 5,4,4", zh: "以逗号分隔的 1–5 分:如 5,4,4"))
        }
        return scores
    }

    static let show = CommandSpec(
        "show", summary: "one follow-up with its calls and scores", zh: "查看一条回访及其通话与评分",
        arguments: [O.anyID],
        examples: CommandExamples.followupShow,
        action: { inv, ctx in
            let f = try desk(ctx).show(try inv[O.anyID])
            let scores = f.scores.map { "\($0.question) \($0.score)" }.joined(separator: " · ")
            let head = f.scores.isEmpty ? [] : [ctx.catalog.text(.followup(.scoresLine), [scores])]
            let lines =
                head
                + f.calls.map { c in
                    let words = [c.at.short, c.by, Renderer.display(c.outcome.label, ctx.language), c.note ?? ""]
                    return ctx.catalog.text(.followup(.callLine), words).trimmingSpaces
                }
            return .detail(FollowupTables.followup.record(f), lines: lines)
        })

    static let list = CommandSpec(
        "list", summary: "follow-ups by due day; --open or --status narrow it",
        zh: "回访列表(按应回访日期);可用 --open 或 --status 筛选",
        options: [O.onlyOpen, O.status],
        examples: CommandExamples.followupList,
        action: { inv, ctx in
            if inv[O.onlyOpen] && inv[O.status] != nil { throw UsageError.conflict("--open", "--status") }
            let r = try desk(ctx).list(status: inv[O.onlyOpen] ? .open : inv[O.status])
            return .table(FollowupTables.followup.table(r.records, skipped: r.problems))
        })

    static let complain = CommandSpec(
        "complain", summary: "make a low score a complaint (one command, linked both ways)",
        zh: "将低分回访转为投诉(一条命令,双向关联)",
        options: [O.severity],
        arguments: [O.anyID],
        examples: CommandExamples.followupComplain,
        action: { inv, ctx in
            let (f, c) = try desk(ctx).complain(try inv[O.anyID], severity: inv[O.severity] ?? .normal)
            return .created(
                id: c.id, message: ctx.catalog.text(.followup(.complained), [f.id, c.id, c.due.short]),
                record: FollowupTables.followup.record(f))
        })

    static let export = ExportKind(name: "followups", columns: FollowupTables.followup.columns) { ctx, options, emit in
        let all = try FollowupDesk(try ctx.desk()).list(status: nil).records
        try emit(
            all.filter { f in options.since.map { f.createdAt.day >= $0 } ?? true }.map(FollowupTables.followup.row))
    }
}
