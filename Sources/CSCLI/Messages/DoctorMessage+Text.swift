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
            Text(en: "an interrupted change is waiting to be rolled back (the next change or doctor --repair does it)",
                 zh: "有一项中断的更改等待回滚(下一次更改或 doctor --repair 会完成)")
        case .undoRecordDamaged:
            Text(en: "{0} — doctor --repair moves it aside", zh: "{0} — doctor --repair 会将其移开")
        case .tempFileLeft:
            Text(en: "temp file left by an interrupted write (doctor --repair removes it)",
                 zh: "中断的写入留下的临时文件(doctor --repair 会删除)")
        case .linkInDataDirectory:
            Text(en: "a link to {0}, not a file: cs follows no link (doctor --repair removes the link, not {0})",
                 zh: "这是指向 {0} 的链接而非文件:cs 不跟随链接(doctor --repair 会删除该链接,不动 {0})")
        case .removedLink: Text(en: "removed the link {0} (to {1})", zh: "已删除链接 {0}(指向 {1})")
        case .modeTooOpen:
            Text(en: "mode {0} lets others read personal data (want {1})", zh: "权限 {0} 会让他人读到个人信息(应为 {1})")
        case .noFinalNewline:
            Text(en: "does not end with a newline (truncated?)", zh: "末尾没有换行(文件被截断?)")
        case .idTwice: Text(en: "id {0} appears twice", zh: "编号 {0} 出现了两次")
        case .wrongShard: Text(en: "id {0} belongs in {1}", zh: "编号 {0} 应位于 {1}")
        case .birthdayIndexNotBuilt:
            Text(en: "the birthday index has not been built yet (doctor --repair builds it)",
                 zh: "生日索引尚未建立(doctor --repair 会建立)")
        case .custodyDisagrees:
            Text(en: "item {0} is held at {1} but its chain of custody ends at {2}",
                 zh: "物品 {0} 记为存放在 {1},但交接记录最后交到 {2}")
        case .stateWithoutFacts:
            Text(en: "{0} is {1} but its record lacks who, when or how",
                 zh: "{0} 状态为 {1},但记录缺少经手人、时间或处理方式")
        case .timelineDisagrees:
            Text(en: "complaint {0} is recorded as {1}, but its timeline ends in {2}",
                 zh: "投诉 {0} 记为 {1},但处理记录最后的状态为 {2}")
        case .photoMissing:
            Text(en: "item {0}'s photo {1} is missing from the data directory", zh: "物品 {0} 的照片 {1} 在数据目录中缺失")
        case .summaryDisagrees:
            Text(en: "account {0}: its summary says {1} but its ledger adds up to {2} — 'cs doctor --repair' "
                     + "rebuilds it",
                 zh: "账户 {0}:汇总为 {1},账本合计为 {2} — 'cs doctor --repair' 可重建")
        case .figuresDisagree:
            Text(en: "member {0} shows {1} but its ledger adds up to {2}", zh: "会员 {0} 显示 {1},但流水合计为 {2}")
        case .receiptTwice: Text(en: "receipt {0} counted twice ({1}, {2})", zh: "单据 {0} 被计入两次({1}、{2})")
        case .receiptIndexLacks:
            Text(en: "receipt index lacks {0} (doctor --repair rebuilds it)", zh: "单据索引缺少 {0}(doctor --repair 会重建)")
        case .movedUndoRecord:
            Text(en: "moved the damaged undo record to {0}: the change it described may be partly applied; the "
                   + "problems "
                     + "below show any inconsistency",
                 zh: "已将损坏的撤销记录移到 {0}:它所描述的更改可能只完成了一部分;下面列出的问题会显示不一致之处")
        case .removedTempFile: Text(en: "removed {0}", zh: "已删除 {0}")
        case .tightenedMode: Text(en: "chmod {0} {1}", zh: "已将 {1} 的权限改为 {0}")
        case .rebuiltIndexes: Text(en: "rebuilt {0} indexes ({1} entries)", zh: "已重建 {0} 的索引({1} 项)")
        }
    }
}
