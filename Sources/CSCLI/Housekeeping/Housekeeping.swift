import CSCore

/// init, config, log, doctor, export, help, completion.
enum Housekeeping {
    typealias O = HousekeepingOption

    static let initCommand = CommandSpec(
        "init", summary: "create the data directory and config.json with the default figures (idempotent)",
        zh: "创建数据目录和默认配置(可重复运行)",
        options: [O.shards],
        examples: CommandExamples.initExamples,
        action: { inv, ctx in
            var config = Config()
            var store = ctx.store
            if let n = inv[O.shards] {
                config = Config(shards: n.rawValue)
                store.shards = config.shards
            }
            let created = try store.initialize(clock: ctx.clock, clerk: ctx.clerk, config: config)
            if created {
                for desk in Desk.all { try desk.prepare?(store, ctx.clerk, ctx.clock) }
            }
            let c = ctx.catalog
            let first =
                created
                ? c.text(
                    .housekeeping(.initCreated),
                    [ctx.store.root]) : c.text(.housekeeping(.initExists), [ctx.store.root])
            return .created(id: ctx.store.root, message: first + "\n" + c.text(.housekeeping(.initNext)), record: nil)
        })

    static let configCommand = CommandSpec(
        "config", summary: "show or change the venue's figures (points, tiers, discounts, custody, promise)",
        zh: "查看或修改配置(积分、等级、折扣、保管期限、投诉时限)",
        subcommands: [
            CommandSpec(
                "show", summary: "every key with its value, what it accepts and what it means", zh: "列出所有配置项",
                examples: CommandExamples.configShow,
                action: { _, ctx in
                    let config = try ctx.currentConfig()
                    let rows = ConfigSetting.all.map { k in
                        [
                            Cell.text(k.name), .text(config.text(k)),
                            .text(k.defaultValue), .label(k.accepted, zh: k.acceptedZh),
                            .label(k.summary, zh: k.summaryZh),
                        ]
                    }
                    return .table(
                        ResultTable(
                            columns: [
                                Column("key", "KEY", "配置项"),
                                Column("value", "VALUE", "值"),
                                Column("default", "DEFAULT", "默认"),
                                Column("accepts", "ACCEPTS", "可取值"),
                                Column("meaning", "MEANING", "含义"),
                            ], rows: rows))
                }),
            CommandSpec(
                "get", summary: "print one key's value", zh: "显示一个配置项的值",
                arguments: [O.key],
                examples: CommandExamples.configGet,
                action: { inv, ctx in
                    let key = try inv[O.key]
                    guard let value = try ctx.currentConfig().string(named: key) else {
                        let names = ConfigSetting.all.map(\.name)
                        throw ConfigError.unknownKey(key, suggestion: Suggest.closest(to: key, in: names))
                    }
                    return .text(value + "\n")
                }),
            CommandSpec(
                "set", summary: "change one key; a value the key does not accept is refused",
                zh: "修改一个配置项;无效值将被拒绝",
                arguments: [O.key, O.value],
                examples: CommandExamples.configSet,
                action: { inv, ctx in
                    let key = try inv[O.key]
                    let value = try inv[O.value]
                    var check = Config()
                    try check.set(key, value)  // refuse before taking the lock
                    try ctx.store.updateConfig(
                        clerk: ctx.clerk, command: "config set",
                        clock: ctx.clock
                    ) { try $0.set(key, value) }
                    return .text(
                        ctx.catalog.text(
                            .housekeeping(.configSetDone),
                            [
                                key,
                                check.string(named: key) ?? value,
                            ]) + "\n")
                }),
        ])

    static let logCommand = CommandSpec(
        "log", summary: "the journal of changes: who changed what, when, before and after", zh: "变更日志:谁在何时改了什么",
        options: [O.logSince, O.logKind, O.logID, O.logClerk],
        renamed: [Renamed("clerk", to: "--by NAME")],
        examples: CommandExamples.log,
        action: { inv, ctx in
            try ctx.store.requireInitialized()
            let since = inv[O.logSince]
            let kind = inv[O.logKind]
            let id = inv[O.logID]
            let clerk = inv[O.logClerk]
            let reading = try ctx.store.readJournal(since: since)
            let rows = reading.entries.filter { e in
                (since.map { e.at.day >= $0 } ?? true) && (kind.map { e.kind == $0 } ?? true)
                    && (id.map { e.id == $0 } ?? true) && (clerk.map { e.clerk == $0 } ?? true)
            }
            return .table(JournalTables.fields.table(rows))
        })

    static let undoCommand = CommandSpec(
        "undo", summary: "take back your last change (a wrong card, a wrong amount) if nothing has touched it since",
        zh: "撤销本人上一次操作(记错卡、输错金额),前提是之后没有其他更改",
        options: [SharedOption.yes],
        examples: CommandExamples.undo,
        action: { inv, ctx in
            let sync = try SyncCommands.engine(ctx)
            let desk = try ctx.desk()
            // On a terminal the clerk sees what will be taken back and confirms (--yes: scripts).
            var expecting: String?
            if !inv[SharedOption.yes], ctx.prompter.isTerminal {
                let c = try desk.undoCandidate()
                let records = c.records.map { "\(KindName.text($0.kind, ctx.language)) \($0.id)" }
                    .joined(separator: ", ")
                try ctx.confirm(
                    ctx.catalog.text(.housekeeping(.undoConfirm), [c.command, c.at.iso, c.clerk, records]), yes: false)
                expecting = c.transaction
            }
            let outcome = try desk.undoLast(kinds: Desk.all.flatMap(\.undo), shared: sync.shares, expecting: expecting)
            let records = outcome.records.map { "\($0.kind) \($0.id)" }.joined(separator: ", ")
            let message = ctx.catalog.text(.housekeeping(.undone), [outcome.command, outcome.at.iso, records])
            return .created(id: outcome.transaction, message: message, record: nil)
        })

    static let journalExport = ExportKind(name: "journal", columns: JournalTables.columns) { ctx, options, emit in
        let since = options.since
        let fields = JournalTables.fields
        try emit(
            try ctx.store.readJournal(since: since).entries.filter { e in
                since.map { e.at.day >= $0 }
                    ?? true
            }.map(fields.row))
    }

    static let doctorCommand = CommandSpec(
        "doctor", summary: "check every document, index, ledger and permission; exit 3 if anything is wrong",
        zh: "检查所有文档、索引、台账和权限;有问题时退出状态为 3",
        options: [O.repair],
        examples: CommandExamples.doctor,
        action: { inv, ctx in
            let doctor = Doctor(store: ctx.store, kinds: CommandTree.kinds)
            let report = inv[O.repair] ? try doctor.repair(clerk: ctx.clerk, clock: ctx.clock) : try doctor.examine()
            var out = ""
            for r in report.repaired {
                out +=
                    ctx.catalog.text(
                        .housekeeping(.doctorRepaired),
                        wrapping: ctx.catalog.text(
                            r.key,
                            r.arguments)) + "\n"
            }
            for c in report.counts { out += "\(KindName.text(c.kind, ctx.language)): \(c.count)\n" }
            // On a synced desk, what an open conflict explains is named as that conflict, not damage.
            let diagnosis =
                (try? SyncCommands.engine(ctx).diagnose(report.problems))
                ?? Sync.Diagnosis(damage: report.problems)
            for p in diagnosis.damage { out += ctx.catalog.text(p) + "\n" }
            for c in diagnosis.conflicts {
                out += ctx.catalog.text(.sync(.doctorConflict), [SyncCommands.sentence(c, ctx.catalog)]) + "\n"
            }
            if diagnosis.quarantined > 0 {
                out += ctx.catalog.text(.sync(.doctorQuarantine), [String(diagnosis.quarantined)]) + "\n"
            }
            out +=
                diagnosis.damage.isEmpty
                ? ctx.catalog.text(.housekeeping(.doctorOK), [ctx.store.root]) + "\n"
                : ctx.catalog.text(
                    .housekeeping(.doctorProblems),
                    [
                        ctx.store.root,
                        String(diagnosis.damage.count),
                    ]) + "\n"
            // The same findings as data, one per problem, for --json/--csv.
            let catalog = ctx.catalog
            let problems = Fields<DocumentProblem>([
                Field("path", "PATH", "文件") { .text($0.path) },
                Field("line", "LINE", "行") { .int(Int64($0.line)) },
                Field("problem", "PROBLEM", "问题") { p in
                    .text(
                        p.fact.map {
                            catalog.text(
                                $0.key,
                                $0.arguments)
                        } ?? p.reason)
                },
            ])
            let status: ExitStatus =
                !diagnosis.damage.isEmpty
                ? .dataDirectory
                : diagnosis.conflicts.isEmpty ? .done : .found
            return .summary(text: out, data: problems.table(report.problems), record: false, status: status)
        })

    static let exportCommand = CommandSpec(
        "export", summary: "write every record of a kind as CSV, JSONL or JSON (members, ledger, gifts, journal…)",
        zh: "导出某类全部记录(CSV、JSONL 或 JSON)",
        options: [O.exportSince, O.exportSort, O.out, O.force, O.reveal],
        arguments: [O.exportKind],
        examples: CommandExamples.export,
        action: { inv, ctx in
            try ctx.store.requireInitialized()
            let name = try inv[O.exportKind]
            guard let found = CommandTree.exports.first(where: { $0.name == name }) else {
                let kinds = CommandTree.exports.map(\.name).joined(separator: "|")
                throw UsageError.invalidValue("KIND", value: name, accepted: Text(en: kinds, zh: kinds))
            }
            let kind = try inv[O.exportSort].map { try found.sorted(by: $0) } ?? found
            let options = ExportOptions(since: inv[O.exportSince], reveal: inv[O.reveal])
            // An export streams one collection: it pins its files and lets readers' lock go.
            ctx.store.readView?.releasesAfterPinning = true
            guard let out = inv[O.out] else {
                if inv[O.force] { throw UsageError.requires("--force", "--out") }
                return .rows(columns: kind.columns) { emit in try kind.produce(ctx, options, emit) }
            }
            var g = ctx.globals
            if g.format == .table { g.format = .csv }
            let renderer = Renderer(format: g.format, header: !g.noHeader, excel: g.excel, language: ctx.language)
            let count = try ExportFile.save(to: out, force: inv[O.force]) { write in
                var stream = RowStream(renderer: renderer, columns: kind.columns)
                try kind.produce(ctx, options) { rows in try stream.add(rows, flush: write) }
                try stream.finish(flush: write)
                return stream.count
            }
            let written = ctx.catalog.count(.housekeeping(.recordsCount), Int64(count))
            return .report(ctx.catalog.text(.housekeeping(.exportWritten), [name, written, out]) + "\n", .done)
        })

    static let helpCommand = CommandSpec(
        "help", summary: "show help for a command: cs help member earn", zh: "显示命令帮助:cs help member earn",
        arguments: [O.helpCommand, O.helpSubcommand, O.helpAction],
        examples: CommandExamples.help,
        action: { _, _ in .nothing })

    static let completionCommand = CommandSpec(
        "completion", summary: "print a shell completion script: eval \"$(cs completion bash)\"", zh: "输出 shell 补全脚本",
        arguments: [O.shell],
        examples: CommandExamples.completion,
        action: { _, _ in .nothing })
}
