import CSCore

/// The texts of init, doctor, export, backup and restore, listings, English and Chinese side by side.
extension HousekeepingMessage {
    var text: Text {
        switch self {
        case .initCreated:
            Text(
                en: "created data directory {0}",
                zh: "已创建数据目录 {0}")
        case .initExists:
            Text(
                en: "data directory {0} already set up; nothing changed",
                zh: "数据目录 {0} 已存在;未做更改")
        case .initNext:
            Text(
                en: "next: 'cs help' lists the commands; 'cs member add --name … --phone … --birthday …' registers "
                    + "a member",
                zh: "下一步:'cs help' 列出所有命令;'cs member add --name … --phone … --birthday …' 登记会员")
        case .configSetDone:
            Text(
                en: "{0} = {1}",
                zh: "{0} = {1}")
        case .doctorOK:
            Text(
                en: "{0}: no problems",
                zh: "{0}:未发现问题")
        case .doctorProblems:
            Text(
                en: "{0}: {1} problem(s)",
                zh: "{0}:发现 {1} 个问题")
        case .doctorRepaired:
            Text(
                en: "repaired: {0}",
                zh: "已修复:{0}")
        case .exportWritten:
            Text(
                en: "wrote {1} ({0}) to {2}",
                zh: "已将 {1}({0})写入 {2}")
        case .recordsCount:
            Text(en: "{0} record|{0} records", zh: "{0} 条记录")
        case .unknownExportKind:
            Text(
                en: "unknown export kind '{0}' — one of: {1}",
                zh: "未知的导出类型 '{0}' — 可选:{1}")
        case .exportFileExists:
            Text(
                en: "{0} already exists — add --force to replace it",
                zh: "{0} 已存在 — 加 --force 才会覆盖")
        case .exportFileNotRegular:
            Text(
                en: "{0} is {1} — --out writes a new or regular file, a device or a pipe; it never replaces "
                    + "anything else",
                zh: "{0} 是{1} — --out 只写入新文件、普通文件、设备或管道,不会替换其他类型")
        case .backupWritten:
            Text(
                en: "backed up {0} file(s) to {1}",
                zh: "已备份 {0} 个文件到 {1}")
        case .restoreDone:
            Text(
                en: "restored {0} file(s) from {1}",
                zh: "已从 {1} 恢复 {0} 个文件")
        case .restoreSavedAside:
            Text(
                en: "the previous data was copied aside to {0}",
                zh: "原有数据已另存到 {0}")
        case .listingSkipped:
            Text(
                en: "warning: {0} damaged document(s) left out of this list, first {1} — run 'cs doctor'",
                zh: "警告:{0} 个损坏的文档未列出,第一个为 {1} — 请运行 'cs doctor'")
        case .undoNothing:
            Text(en: "{0} has no change left to undo", zh: "{0} 没有可撤销的操作")
        case .undoTouched:
            Text(
                en: "cannot undo: {0} {1} was changed since by '{2}' ({3}, {4}) — undo that first, or correct it "
                    + "by hand",
                zh: "无法撤销:{0} {1} 之后又被 '{2}' 修改过({3},{4})— 请先撤销那次操作,或手工更正")
        case .undoCannot:
            Text(
                en: "cannot undo a change of {0} with cs undo (config: cs config set; restore: cs restore)",
                zh: "cs undo 不能撤销对 {0} 的更改(配置请用 cs config set;恢复请用 cs restore)")
        case .undoMasked:
            Text(
                en: "cannot undo: the change replaced the ID number of {0} {1}, which the journal keeps only "
                    + "masked — set it again with 'cs member edit {1} --id-number …'",
                zh: "无法撤销:这次操作改了 {0} {1} 的身份证号,日志中只保存打码后的号码 — "
                    + "请用 'cs member edit {1} --id-number …' 重新填写")
        case .undoShared:
            Text(
                en: "cannot undo {0} of {1}: cs sync already shared it with the other desks, where an undo would "
                    + "take it back a second time — take it back with its own command (cs member reverse, adjust, "
                    + "edit…), which every desk then sees",
                zh: "无法撤销 {1} 的 {0}:cs sync 已把它同步给其他前台,在那里再撤销一次就会重复冲回 — "
                    + "请用对应的命令冲回(cs member reverse、adjust、edit 等),各前台都会看到")
        case .undone:
            Text(en: "took back '{0}' of {1}: {2}", zh: "已撤销 {1} 的 '{0}':{2}")
        case .undoTooOld:
            Text(
                en: "cannot undo '{0}' of {1}: cs undo takes back changes of the last {2} hours "
                    + "(undo.withinHours) — correct it with its own command, where its effect is shown",
                zh: "无法撤销 {1} 的 '{0}':cs undo 只撤销最近 {2} 小时内的更改(undo.withinHours)— "
                    + "请用对应的命令更正")
        case .undoMoved:
            Text(
                en: "not undone: your last change is now '{0}' of {1}, not the one shown — run cs undo again "
                    + "to see it",
                zh: "未撤销:您最近的操作已变为 {1} 的 '{0}',不是刚才显示的那次 — 请重新运行 cs undo 查看")
        case .undoConfirm:
            Text(en: "take back '{0}' of {1} by {2}: {3}?", zh: "撤销 {2} 于 {1} 的 '{0}':{3}?")
        case .declined:
            Text(en: "not confirmed — nothing changed", zh: "未确认 — 未做任何更改")
        case .clerkUnknown:
            Text(
                en: "warning: no clerk known (--clerk, CS_CLERK or a login name): the change is journalled as "
                    + "'unknown'",
                zh: "警告:不知道经办人(--clerk、CS_CLERK 或登录名):此更改在日志中记为 'unknown'")
        }
    }
}
