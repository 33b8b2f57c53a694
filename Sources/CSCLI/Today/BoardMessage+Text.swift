import CSCore

/// The texts of `cs today`, English and Chinese side by side.
extension BoardMessage {
    var text: Text {
        switch self {
        case .title: Text(en: "Shift board — {0}", zh: "交班看板 — {0}")
        case .nothing: Text(en: "nothing due: a quiet shift", zh: "没有待办事项")
        case .anythingOverdue: Text(en: "{0} overdue — see above", zh: "{0} 项已逾期 — 见上")
        }
    }
}
