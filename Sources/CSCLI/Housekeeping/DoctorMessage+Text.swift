import CSCore

/// The doctor's findings and repairs, English and Chinese side by side.
extension DoctorMessage {
    var text: Text {
        switch self {
        case .indexEntryStale:
            Text(en: "entry {0} is stale (doctor --repair rebuilds it)", zh: "索引项 {0} 已过时(doctor --repair 会重建)")
        case .indexEntryMissing:
            Text(en: "entry {0} is missing (doctor --repair rebuilds it)", zh: "缺少索引项 {0}(doctor --repair 会重建)")
        case .interruptedChange:
            Text(
                en: "an interrupted change is waiting to be rolled back (the next change or doctor --repair does it)",
                zh: "有一项中断的更改等待回滚(下一次更改或 doctor --repair 会完成)")
        case .undoRecordDamaged:
            Text(en: "{0} — doctor --repair moves it aside", zh: "{0} — doctor --repair 会将其移开")
        case .tempFileLeft:
            Text(
                en: "temp file left by an interrupted write (doctor --repair removes it)",
                zh: "中断的写入留下的临时文件(doctor --repair 会删除)")
        case .linkInDataDirectory:
            Text(
                en: "a link to {0}, not a file: cs follows no link (doctor --repair removes the link, not {0})",
                zh: "这是指向 {0} 的链接而非文件:cs 不跟随链接(doctor --repair 会删除该链接,不动 {0})")
        case .removedLink: Text(en: "removed the link {0} (to {1})", zh: "已删除链接 {0}(指向 {1})")
        case .modeTooOpen:
            Text(en: "mode {0} lets others read personal data (want {1})", zh: "权限 {0} 会让他人读到个人信息(应为 {1})")
        case .noFinalNewline:
            Text(en: "does not end with a newline (truncated?)", zh: "末尾没有换行(文件被截断?)")
        case .idTwice: Text(en: "id {0} appears twice", zh: "编号 {0} 出现了两次")
        case .wrongShard: Text(en: "id {0} belongs in {1}", zh: "编号 {0} 应位于 {1}")
        case .stateWithoutFacts:
            Text(
                en: "{0} is {1} but its record lacks who, when or how",
                zh: "{0} 状态为 {1},但记录缺少经手人、时间或处理方式")
        case .movedUndoRecord:
            Text(
                en: "moved the damaged undo record to {0}: the change it described may be partly applied; the "
                    + "problems "
                    + "below show any inconsistency",
                zh: "已将损坏的撤销记录移到 {0}:它所描述的更改可能只完成了一部分;下面列出的问题会显示不一致之处")
        case .removedTempFile: Text(en: "removed {0}", zh: "已删除 {0}")
        case .tightenedMode: Text(en: "chmod {0} {1}", zh: "已将 {1} 的权限改为 {0}")
        case .rebuiltIndexes: Text(en: "rebuilt {0} indexes ({1} entries)", zh: "已重建 {0} 的索引({1} 项)")
        }
    }
}
