import CSCore

/// The texts of `cs today`, English and Chinese side by side.
extension BoardMessage {
    var text: Text {
        switch self {
        case .title: Text(en: "Shift board — {0}", zh: "交班看板 — {0}")
        case .nothing: Text(en: "nothing due: a quiet shift", zh: "没有待办事项")
        case .anythingOverdue: Text(en: "{0} overdue — see above", zh: "{0} 项已逾期 — 见上")
        case .reportTitle: Text(en: "Weekly work summary {0} — {1}", zh: "每周工作总结 {0} — {1}")
        case .reportNothing: Text(en: "no changes recorded this week", zh: "本周没有登记任何变更")
        case .reportUndone: Text(en: "{0} change(s) taken back by cs undo", zh: "{0} 项变更已被 cs undo 撤销")
        case .reportStillOpen: Text(en: "Still open now", zh: "目前仍待处理")
        }
    }
}
