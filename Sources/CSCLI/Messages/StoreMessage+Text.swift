import CSCore

/// The texts of the data directory, its files and output, English and Chinese side by side.
extension StoreMessage {
    var text: Text {
        switch self {
        case .notInitialized:
            Text(
                en: "no data directory at {0} — run 'cs init' first (or set --data-dir / CS_DATA_DIR)",
                zh: "{0} 没有数据目录 — 请先运行 'cs init'(或用 --data-dir / CS_DATA_DIR 指定)")
        case .notADirectory:
            Text(
                en: "{0} is not a directory — the data directory must be one (set --data-dir / CS_DATA_DIR to "
                    + "another path); nothing was changed",
                zh: "{0} 不是目录 — 数据目录必须是目录(请用 --data-dir / CS_DATA_DIR 指定其他路径);未做任何更改")
        case .io:
            Text(
                en: "cannot {1} {0} — {2}; nothing was changed",
                zh: "无法{1} {0} — {2};未做任何更改")
        case .corrupt:
            Text(
                en: "damaged document {0} — {1}; run 'cs doctor' (other records are unaffected)",
                zh: "文档已损坏 {0} — {1};请运行 'cs doctor'(其他记录不受影响)")
        case .beforeLastChange:
            Text(
                en: "{0} was last changed at {1}, after now ({2}): a change cannot come before the one it "
                    + "follows — check this computer's clock (or CS_NOW); nothing was changed",
                zh: "{0} 最近一次变更在 {1},晚于现在({2}):新的变更不能早于上一次 — 请检查本机时间(或 CS_NOW);"
                    + "未做任何更改")
        case .lockTimeout:
            Text(
                en: "another change is in progress ({1}) — waited {2} s for {0}; try again",
                zh: "另一项更改正在进行({1})— 已等待 {0} {2} 秒;请稍后重试")
        case .notEmpty:
            Text(
                en: "{0} is not empty — use --force to overwrite it",
                zh: "{0} 不是空目录 — 如需覆盖请加 --force")
        case .undoDamaged:
            Text(
                en: "the record of an interrupted change, {0}, cannot be trusted ({1}); nothing of it was applied — "
                    + "run 'cs doctor --repair' to move it aside",
                zh: "中断操作的撤销记录 {0} 不可信({1}),未据此做任何更改 — 请运行 'cs doctor --repair' 将其移开")
        case .rollbackFailed:
            Text(
                en: "the change failed ({2}) and could not be fully rolled back ({1}) — the data directory holds "
                    + "part of it until the undo record {0} is finished: make the named files writable, then run any "
                    + "cs command or 'cs doctor --repair'",
                zh: "操作失败({2}),且未能完全回滚({1}) — 在撤销记录 {0} 完成之前,数据目录中保留了部分更改:请使所列文件可写,然后运行任一 cs 命令或 'cs doctor --repair'")
        case .rollbackPending:
            Text(
                en: "an interrupted change could not be rolled back ({1}) — it stays recorded in {0}; make the "
                    + "named files writable, then run the command again",
                zh: "中断的操作未能回滚({1}) — 仍记录在 {0} 中;请使所列文件可写后重试")
        case .commitUnfinished:
            Text(
                en: "the change was saved in {0} but writing it out failed ({2}) and could not be taken back ({1}) "
                    + "— make the named files writable, then run any cs command: it finishes the change",
                zh: "更改已保存在 {0} 中,但写入文件失败({2}),且未能撤回({1}) — 请使所列文件可写,然后运行任一 cs 命令,它会完成这项更改")
        case .backupUnverified:
            Text(
                en: "backup {0} cannot be verified — {1}; nothing was restored (--force-unverified restores it anyway)",
                zh: "备份 {0} 校验未通过 — {1};未恢复任何数据(如确需恢复,请加 --force-unverified)")
        case .internalError:
            Text(
                en: "internal error — {0}",
                zh: "内部错误 — {0}")
        case .outputFailed:
            Text(
                en: "cannot write {0} — {1}",
                zh: "无法写入{0} — {1}")
        case .outputFailedStdout:
            Text(
                en: "cannot write standard output — {0}",
                zh: "无法写入标准输出 — {0}")
        }
    }
}
