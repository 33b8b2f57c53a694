import CSCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `cs sync`: desks and stores sharing one member base through a git remote.
enum SyncCommands {
    static let command = CommandSpec(
        "sync",
        summary: "share records with the other desks through a git remote: send this desk's changes, "
            + "receive theirs; offline, keep them committed here",
        zh: "通过 git 远端与其他前台共享记录:发出本机更改、收取对方更改;离线时先在本机保存",
        subcommands: [initCommand, statusCommand, conflictsCommand, admitCommand, revokeCommand, mergeFileCommand],
        examples: CommandExamples.sync,
        action: { _, ctx in
            let sync = try engine(ctx)
            let r = try sync.run()
            let c = ctx.catalog
            var lines = [String]()
            if let why = r.offline {
                lines.append(c.text(.sync(.offline), [why, String(r.waiting)]))
            } else {
                lines.append(c.text(.sync(.synced), [try sync.remoteURL()]))
            }
            if r.received > 0 { lines.append(c.text(.sync(.received), [String(r.received)])) }
            if r.sent > 0 { lines.append(c.text(.sync(.sent), [String(r.sent)])) }
            let quiet = r.received == 0 && r.sent == 0 && r.settings.isEmpty && r.refused == 0 && r.strangers.isEmpty
            if quiet && r.offline == nil { lines.append(c.text(.sync(.upToDate))) }
            lines += r.settings.map { settingText($0, c) }
            if r.refused > 0 { lines.append(c.text(.sync(.quarantined), [String(r.refused)])) }
            for s in r.strangers { lines.append(strangerText(s, c)) }
            if r.open > 0 { lines.append(c.text(.sync(.conflictsOpen), [String(r.open)])) }
            let data = SyncTables.report.table([r])
            // Something refused is something a supervisor must hear of: exit 4, as an open conflict.
            let refused = r.refused > 0 || r.settings.contains { $0.problem != nil } || !r.strangers.isEmpty
            return .summary(
                text: lines.joined(separator: "\n") + "\n", data: data, record: true,
                status: r.open > 0 || refused ? .found : .done)
        })

    static let initCommand = CommandSpec(
        "init", summary: "make the data directory a working tree of the shared remote and register this desk",
        zh: "将数据目录设为共享远端的工作目录,并登记本前台",
        options: [SyncOption.remote, SyncOption.desk],
        examples: CommandExamples.syncInit,
        action: { inv, ctx in
            let remote = try inv[SyncOption.remote]
            let desk = inv[SyncOption.desk].map(deskID)
            let joined = try engine(ctx).initialize(remote: remote, desk: desk)
            var text = ctx.catalog.text(.sync(joined.created ? .created : .joined), [joined.desk, joined.remote])
            if !joined.pushed { text += "\n" + ctx.catalog.text(.sync(.offline), [remote, "1"]) }
            guard joined.refused > 0 else { return .created(id: joined.desk, message: text, record: nil) }
            // Lines of the shared store a local write would refuse were kept aside: exit 4, as a sync.
            text += "\n" + ctx.catalog.text(.sync(.quarantined), [String(joined.refused)])
            return .summary(text: text + "\n", data: SyncTables.joined.table([joined]), record: true, status: .found)
        })

    static let statusCommand = CommandSpec(
        "status", summary: "what waits to be sent, what was fetched and not merged, open conflicts (no network)",
        zh: "等待发出的更改、已取回未合并的提交、未解决的冲突(不联网)",
        examples: CommandExamples.syncStatus,
        action: { _, ctx in
            let s = try engine(ctx).status()
            let c = ctx.catalog
            let text =
                [
                    c.text(.sync(.statusDesk), [s.desk]), c.text(.sync(.statusRemote), [s.remote]),
                    c.text(.sync(.statusAhead), [String(s.ahead)]),
                    c.text(.sync(.statusBehind), [String(s.behind)]),
                    c.text(.sync(.statusWaiting), [String(s.waiting)]),
                    c.text(.sync(.statusConflicts), [String(s.openConflicts)]),
                    c.text(.sync(.statusKey), [s.fingerprint]),
                ]
                + s.strangers.map { strangerText($0, c) }
                + [c.text(.sync(.statusFetched))]
            return .summary(
                text: text.joined(separator: "\n") + "\n", data: SyncTables.status.table([s]), record: true,
                status: .done)
        })

    static let conflictsCommand = CommandSpec(
        "conflicts", summary: "the conflicts merges revealed that a clerk must settle; exit 4 while any is open",
        zh: "合并中发现、需要人工处理的冲突;有未解决的冲突时退出状态为 4",
        options: [SyncOption.all],
        examples: CommandExamples.syncConflicts,
        action: { inv, ctx in
            let all = try engine(ctx).conflicts()
            let shown = inv[SyncOption.all] ? all : all.filter(\.open)
            let open = all.filter(\.open).count
            var lines = shown.map { listing in
                let said = sentence(listing.conflict, ctx.catalog)
                let settled = !listing.open && ![.field, .refused].contains(listing.conflict.subject)
                return settled ? ctx.catalog.text(.sync(.resolved), [said]) : said
            }
            lines.append(ctx.catalog.text(.sync(open == 0 ? .noConflicts : .resolveHint)))
            return .summary(
                text: lines.joined(separator: "\n") + "\n", data: SyncTables.conflict.table(shown),
                record: false, status: open > 0 ? .found : .done)
        })

    static let admitCommand = CommandSpec(
        "admit",
        summary: "trust another desk's key after comparing its fingerprint by phone; its changes are taken "
            + "from then on",
        zh: "电话核对指纹后信任另一前台的密钥;此后接收其更改",
        options: [SyncOption.fingerprint],
        arguments: [SyncOption.deskArgument],
        examples: CommandExamples.syncAdmit,
        action: { inv, ctx in
            let desk = deskID(try inv[SyncOption.deskArgument])
            let admitted = try engine(ctx).admit(desk: desk, fingerprint: inv[SyncOption.fingerprint])
            let text = ctx.catalog.text(.sync(.admitted), [desk, admitted.joined(separator: ", ")])
            return .created(id: desk, message: text, record: nil)
        })

    static let revokeCommand = CommandSpec(
        "revoke", summary: "stop trusting a desk's keys (a stolen desk PC): its changes are no longer taken here",
        zh: "不再信任某前台的密钥(前台电脑被盗):本前台不再接收其更改",
        arguments: [SyncOption.deskArgument],
        examples: CommandExamples.syncRevoke,
        action: { inv, ctx in
            let desk = deskID(try inv[SyncOption.deskArgument])
            let n = try engine(ctx).revoke(desk: desk)
            return .created(id: desk, message: ctx.catalog.text(.sync(.revoked), [desk, String(n)]), record: nil)
        })

    static let mergeFileCommand = CommandSpec(
        "merge-file", summary: "the merge driver git runs for the data directory's files (registered by sync init)",
        zh: "git 合并数据文件时调用的合并程序(由 sync init 登记)",
        arguments: [SyncOption.base, SyncOption.ours, SyncOption.theirs, SyncOption.path],
        examples: CommandExamples.syncMergeFile,
        action: { inv, ctx in
            try MergeDriver.merge(
                base: try inv[SyncOption.base], ours: try inv[SyncOption.ours],
                theirs: try inv[SyncOption.theirs], path: try inv[SyncOption.path],
                kinds: CommandTree.kinds, conflictLog: ctx.environment["CS_SYNC_CONFLICTS"])
            return .nothing
        })

    /// The board's section on a synced desk: each open conflict, urgent (the board exits 4).
    static func board(_ ctx: Context) throws -> BoardSection? {
        let sync = try engine(ctx)
        guard sync.isSynced else { return nil }
        var section = BoardSection("sync", title: ctx.catalog.text(.sync(.boardTitle)))
        let open = try sync.conflicts().filter(\.open)
        for listing in open {
            section.say(sentence(listing.conflict, ctx.catalog), urgent: true, id: listing.conflict.id)
        }
        let waiting = try sync.waitingStrangers()
        for s in waiting {
            section.say(strangerText(s, ctx.catalog), urgent: true)
        }
        // The day's settings taken from (or refused to) the other desks, for the next clerk.
        let settings = try sync.settingsToday()
        for change in settings { section.say(settingText(change, ctx.catalog)) }
        section.add("conflicts", SyncTables.conflict.table(open))
        section.add("settings", SyncTables.setting.table(settings))
        section.overdue = open.count + waiting.count
        return section
    }

    static func engine(_ ctx: Context) throws -> Sync {
        Sync(context: try ctx.desk(), kinds: CommandTree.kinds, executable: executablePath())
    }

    /// A desk id as the register writes it: two digits.
    static func deskID(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    /// A setting a sync took or refused, with the desk and clerk that changed it.
    static func settingText(_ change: ConfigScreen.Change, _ catalog: Catalog) -> String {
        let desk = change.desk.isEmpty ? "?" : change.desk
        let clerk = change.clerk.isEmpty ? "?" : change.clerk
        guard let problem = change.problem else {
            return catalog.text(.sync(.configChanged), [change.key, change.before, change.after, desk, clerk])
        }
        let why = problem.text.in(catalog.language)
        return catalog.text(.sync(.configRefused), [change.key, change.after, why, change.before, desk])
    }

    /// Commits not taken, in the clerk's words: by a desk not admitted, or signed by no one.
    static func strangerText(_ s: Sync.Stranger, _ catalog: Catalog) -> String {
        if s.fingerprint.isEmpty { return catalog.text(.sync(.unsigned)) }
        return catalog.text(.sync(.stranger), [s.desk.isEmpty ? "?" : s.desk, s.fingerprint])
    }

    /// The conflict in the clerk's words.
    static func sentence(_ c: SyncConflict, _ catalog: Catalog) -> String {
        let records = c.records.joined(separator: ", ")
        switch c.subject {
        case .refused where c.field == IncomingProblem.forged.rawValue:
            return catalog.text(.sync(.conflictForged), [c.recordKind, c.key, c.other ?? "?"])
        case .refused:
            let problem = c.field.flatMap(IncomingProblem.init(rawValue:))
            return catalog.text(
                .sync(.conflictRefused),
                [c.recordKind, c.key, problem?.text.in(catalog.language) ?? c.field ?? ""])
        case .state: return catalog.text(.sync(.conflictState), [c.recordKind, c.key])
        case .field:
            let values = [c.recordKind, c.key, c.field ?? "", c.kept ?? "", c.other ?? ""]
            return catalog.text(.sync(.conflictField), values)
        default:
            // A business conflict: the desk whose merge checks found it says it.
            return DeskCommands.all.lazy.compactMap { $0.conflict?(c, catalog) }.first ?? records
        }
    }

    /// This executable by absolute path, for the merge driver git runs from any directory.
    static func executablePath() -> String {
        #if os(Linux)
            var buffer = [CChar](repeating: 0, count: 4096)
            let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
            if n > 0 { return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        #else
            var size: UInt32 = 4096
            var buffer = [CChar](repeating: 0, count: Int(size))
            if _NSGetExecutablePath(&buffer, &size) == 0 { return String(cString: buffer) }
        #endif
        return CommandLine.arguments.first ?? "cs"
    }
}

/// The fields of `cs sync`, `sync status` and `sync conflicts` as data (JSON, CSV), each declared once.
enum SyncTables {
    static let report = Fields<Sync.Report>([
        Field("received", "RECEIVED", "收到") { .int(Int64($0.received)) },
        Field("sent", "SENT", "发出") { .int(Int64($0.sent)) },
        Field("waiting", "WAITING", "等待发出") { .int(Int64($0.waiting)) },
        Field("offline", "OFFLINE", "离线原因") { .text($0.offline ?? "") },
        Field("found", "FOUND", "新发现冲突") { .int(Int64($0.found)) },
        Field("open", "OPEN", "未解决冲突") { .int(Int64($0.open)) },
        Field("refused", "REFUSED", "拒收行数") { .int(Int64($0.refused)) },
        Field("strangers", "NOT ADMITTED", "未获准前台") { r in
            .text(r.strangers.map { "\($0.desk) \($0.fingerprint)" }.joined(separator: "; "))
        },
        Field("settings", "SETTINGS", "设置变更") { r in
            .text(
                r.settings.map { "\($0.key)=\($0.after)" + ($0.problem.map { " (\($0.rawValue))" } ?? "") }
                    .joined(separator: "; "))
        },
    ])

    static let joined = Fields<Sync.Joined>([
        Field("desk", "DESK", "前台") { .text($0.desk) },
        Field("remote", "REMOTE", "远端") { .text($0.remote) },
        Field("pushed", "PUSHED", "已发出") { .bool($0.pushed) },
        Field("refused", "REFUSED", "拒收行数") { .int(Int64($0.refused)) },
    ])

    static let setting = Fields<ConfigScreen.Change>([
        Field("at", "AT", "时间") { .text($0.at?.iso ?? "") },
        Field("key", "KEY", "设置项") { .text($0.key) },
        Field("before", "BEFORE", "原值") { .text($0.before) },
        Field("after", "AFTER", "新值") { .text($0.after) },
        Field("problem", "REFUSED", "拒收原因") { .text($0.problem?.rawValue ?? "") },
        Field("desk", "DESK", "前台") { .text($0.desk) },
        Field("clerk", "CLERK", "经办人") { .text($0.clerk) },
    ])

    static let status = Fields<Sync.Status>([
        Field("desk", "DESK", "前台") { .text($0.desk) },
        Field("remote", "REMOTE", "远端") { .text($0.remote) },
        Field("ahead", "AHEAD", "未发出提交") { .int(Int64($0.ahead)) },
        Field("behind", "BEHIND", "未合并提交") { .int(Int64($0.behind)) },
        Field("waiting", "WAITING", "等待发出") { .int(Int64($0.waiting)) },
        Field("openConflicts", "OPEN", "未解决冲突") { .int(Int64($0.openConflicts)) },
        Field("fingerprint", "KEY", "本前台密钥") { .text($0.fingerprint) },
        Field("strangers", "NOT ADMITTED", "未获准前台") { s in
            .text(s.strangers.map { "\($0.desk) \($0.fingerprint)" }.joined(separator: "; "))
        },
    ])

    static let conflict = Fields<Sync.Listing>([
        Field("id", "ID", "编号") { .text($0.conflict.id) },
        Field("subject", "SUBJECT", "类型") { .text($0.conflict.subject.rawValue) },
        Field("kind", "KIND", "记录类") { .text($0.conflict.recordKind) },
        Field("key", "KEY", "对象") { .text($0.conflict.key) },
        Field("records", "RECORDS", "相关记录") { .text($0.conflict.records.joined(separator: " ")) },
        Field("field", "FIELD", "字段") { .text($0.conflict.field ?? "") },
        Field("kept", "KEPT", "保留值") { .text($0.conflict.kept ?? "") },
        Field("other", "OTHER", "另一值") { .text($0.conflict.other ?? "") },
        Field("open", "OPEN", "未解决") { .bool($0.open) },
        Field("foundAt", "FOUND AT", "发现时间") { .text($0.conflict.foundAt.iso) },
        Field("foundBy", "FOUND BY", "发现前台") { .text($0.conflict.foundBy) },
    ])
}
