import CSCore

/// The texts of the enquiry desk, English and Chinese side by side.
extension AskMessage: Phrased {
    var text: Text {
        switch self {
        case .notFound:
            Text(
                en: "no enquiry {0} — 'cs ask list --open' shows those still open",
                zh: "没有编号为 {0} 的咨询 — 'cs ask list --open' 可查看未答复的")
        case .unknownTopic:
            Text(
                en: "invalid value for --topic: '{0}' is not one of the desk's topics ({1}; ask.topics)",
                zh: "--topic 的值无效:'{0}' 不是本台的咨询分类({1};ask.topics)")
        case .closed:
            Text(en: "enquiry {0} is already closed ({1}) by {2} at {3}", zh: "咨询 {0} 已结束({1}),{2} 于 {3} 办理")
        case .notOwner:
            Text(
                en: "enquiry {0} is owned by {1} — only the owner answers or passes it "
                    + "('cs ask pass {0} --to NAME --supervisor NAME' when {1} is not here)",
                zh: "咨询 {0} 由 {1} 负责 — 只有负责人可以答复或移交({1} 不在时:'cs ask pass {0} --to 姓名 --supervisor 主管')")
        case .alreadyOwner: Text(en: "enquiry {0} is already owned by {1}", zh: "咨询 {0} 已由 {1} 负责")
        case .notPaging:
            Text(
                en: "invalid option --found: enquiry {0} is about '{1}', not a paging request (ask.pagingTopics)",
                zh: "--found 无效:咨询 {0} 的分类是“{1}”,不是寻人(ask.pagingTopics)")
        case .taken: Text(en: "{0}: enquiry about {1} taken, owned by {2}", zh: "{0}:已受理“{1}”咨询,负责人 {2}")
        case .answered: Text(en: "{0}: {1} answered", zh: "{0}:已答复 {1}")
        case .found: Text(en: "{0}: found — {1} told", zh: "{0}:已找到,已告知 {1}")
        case .passed: Text(en: "{0}: passed from {1} to {2}", zh: "{0}:已由 {1} 移交给 {2}")
        case .handoverLine: Text(en: "{0}  {1} → {2}  (passed by {3})  {4}", zh: "{0}  {1} → {2}(移交人 {3}) {4}")
        case .noted: Text(en: "{0}: on the shift log", zh: "{0}:已写入值班记录")
        case .boardTitle: Text(en: "Enquiries and shift log", zh: "咨询与值班记录")
        case .openLine: Text(en: "{0}  {1}  {2}  owner {3}  since {4}", zh: "{0}  {1}  {2}  负责人 {3}  自 {4}")
        case .staleLine:
            Text(
                en: "{0}  {1}  {2}  owner {3}  since {4} — still unanswered",
                zh: "{0}  {1}  {2}  负责人 {3}  自 {4} — 仍未答复")
        case .noteLine: Text(en: "log {0}  {1}: {2}", zh: "记录 {0}  {1}:{2}")
        case .doctorOwner:
            Text(
                en: "enquiry {0} is owned by {1}, whom no hand-over gave it to",
                zh: "咨询 {0} 的负责人 {1} 没有对应的交接记录")
        }
    }
}
