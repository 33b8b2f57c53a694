import CSCore

/// `cs backup` and `cs restore`.
enum BackupCommands {
    static let backup = CommandSpec(
        "backup", summary: "write a consistent copy of the data directory (taken under the lock) to a new directory",
        zh: "备份数据目录(加锁时复制,保证一致)",
        options: [OptionSpec("to", .text, required: true, valueName: "DIR", help: "where to write the copy; must not exist or be empty")],
        action: { inv, ctx in
            let dir = inv.text("to")!
            let n = try ctx.store.backup(to: dir, clerk: ctx.clerk, clock: ctx.clock)
            return .created(id: dir, message: ctx.catalog.text(.backupWritten, [String(n), dir]), record: nil)
        })

    static let restore = CommandSpec(
        "restore", summary: "replace the data directory's records with a backup's; refused on a non-empty directory without --force",
        zh: "从备份恢复数据目录",
        options: [
            OptionSpec("from", .text, required: true, valueName: "DIR", help: "a directory written by cs backup"),
            .flag("force", help: "replace a data directory that holds data (its current state moves to DIR.before-restore-<time>)"),
            .flag("force-unverified", help: "restore a backup whose SHA256SUMS is missing or does not match (after checking it by hand)"),
        ],
        action: { inv, ctx in
            let r = try ctx.store.restore(from: inv.text("from")!, force: inv.flag("force"), unverified: inv.flag("force-unverified"),
                                          clerk: ctx.clerk, clock: ctx.clock)
            var text = ctx.catalog.text(.restoreDone, [String(r.files), inv.text("from")!]) + "\n"
            if let saved = r.savedTo { text += ctx.catalog.text(.restoreSavedAside, [saved]) + "\n" }
            return .text(text)
        })
}
