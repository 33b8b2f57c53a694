import CSCore

/// Every option and argument of `cs ask`, declared once and read by value.
enum AskOption {
    static let channel = Option<EnquiryChannel>(
        "channel", valueName: "HOW", help: "phone (default) or on-site", zh: "phone/电话(默认)或 on-site/现场")
    static let name = Required<String>(
        "name", .text, valueName: "NAME", help: "who asked (a name, or 先生/女士)", zh: "咨询人(姓名,或先生/女士)")
    static let phone = Option<String>(
        "phone", .text, valueName: "PHONE", help: "a number to call back", zh: "回电号码")
    static let topic = Required<String>(
        "topic", .text, valueName: "TOPIC", help: "one of ask.topics or ask.pagingTopics (预约, 价格, 寻人 …)",
        zh: "ask.topics 或 ask.pagingTopics 中的分类(预约、价格、寻人……)")
    static let text = Required<String>(
        "text", .freeText, valueName: "TEXT", help: "what was asked, in the customer's words", zh: "咨询内容(记录原话)")
    static let answer = Required<String>(
        "answer", .freeText, valueName: "TEXT", help: "what the customer was told", zh: "给顾客的答复")
    static let found = Flag(
        "found", help: "a paging request: the person was found", zh: "寻人:已找到")
    static let to = Required<String>(
        "to", .text, valueName: "CLERK", help: "the clerk taking the enquiry over", zh: "接手的工作人员")
    static let note = Option<String>(
        "note", .freeText, valueName: "TEXT", help: "what the new owner needs to know", zh: "交接说明")
    static let supervisor = Option<String>(
        "supervisor", .text, valueName: "NAME",
        help: "hands over an enquiry whose owner is not here (the supervisor's name is recorded)",
        zh: "原负责人不在时由值班主管交接(记录主管姓名)")
    static let onlyOpen = Flag("open", help: "only enquiries not yet answered", zh: "只列未答复的")
    static let mine = Flag("mine", help: "only those the clerk (CS_CLERK) owns", zh: "只列本人(CS_CLERK)负责的")
    static let topicFilter = Option<String>(
        "topic", .text, valueName: "TOPIC", help: "only this topic", zh: "只列此分类")
    static let date = Option<Day>(
        "date", .date, valueName: "DATE", help: "only this day's", zh: "只列这一天的")
    static let noteText = Required<String>(
        "text", .freeText, valueName: "TEXT", help: "the line for the shift log", zh: "值班记录内容")
    static let notesDate = Option<Day>(
        "date", .date, valueName: "DATE", help: "that day's log (default: the last shift's, as on the board)",
        zh: "这一天的记录(默认:上一班次的,与看板相同)")

    /// Completion offers the enquiries still open.
    static let id = Argument<String>(
        "ID", help: "the enquiry's id (Q01-7)", zh: "咨询编号(如 Q01-7)",
        ids: RecordIds { ctx in try AskCommands.desk(ctx).openEnquiries().map(\.id) })
    static let anyID = Argument<String>("ID", help: "the enquiry's id (Q01-7)", zh: "咨询编号(如 Q01-7)")
}
