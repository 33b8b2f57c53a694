import CSCore

/// `cs backup` and `cs restore`.
enum BackupCommands {
    static let backup = CommandSpec(
        "backup", summary: "write a consistent copy of the data directory (taken under the lock) to a new directory",
        zh: "备份数据目录(加锁时复制,保证一致)",
        options: [BackupOption.to],
        examples: CommandExamples.backup,
        action: { inv, ctx in
            let dir = try inv[BackupOption.to]
            let n = try ctx.store.backup(to: dir, clerk: ctx.clerk, clock: ctx.clock)
            return .created(
                id: dir, message: ctx.catalog.text(.housekeeping(.backupWritten), [String(n), dir]),
                record: nil)
        })

    static let restore = CommandSpec(
        "restore",
        summary: "replace the data directory's records with a backup's; refused on a non-empty directory "
            + "without --force",
        zh: "从备份恢复数据目录",
        options: [BackupOption.from, BackupOption.force, BackupOption.forceUnverified],
        examples: CommandExamples.restore,
        action: { inv, ctx in
            let source = try inv[BackupOption.from]
            let r = try ctx.store.restore(
                from: source, force: inv[BackupOption.force],
                unverified: inv[BackupOption.forceUnverified],
                clerk: ctx.clerk, clock: ctx.clock)
            var text = ctx.catalog.text(.housekeeping(.restoreDone), [String(r.files), source]) + "\n"
            if let saved = r.savedTo { text += ctx.catalog.text(.housekeeping(.restoreSavedAside), [saved]) + "\n" }
            return .text(text)
        })
}
