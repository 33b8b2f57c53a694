import CSCore

/// The enquiry desk's fields, each declared once: the enquiry (listing, record, JSON, export),
/// the open ones (board) and the shift log.
enum AskTables {
    static let enquiry = Fields<Enquiry>([
        Field("id", "ID", "编号", fit: .keep) { .text($0.id) },
        Field("takenAt", "TAKEN", "受理时间") { .instant($0.takenAt) },
        Field("channel", "CHANNEL", "方式", fit: .drop(rank: 2)) { $0.channel.label },
        Field("topic", "TOPIC", "分类", fit: .keep) { .text($0.topic) },
        Field("name", "NAME", "咨询人") { .text($0.name) },
        Field("phone", "PHONE", "电话", fit: .drop(rank: 3)) { .text($0.phone) },
        Field("text", "TEXT", "内容") { .text($0.text) },
        Field("owner", "OWNER", "负责人", fit: .keep) { .text($0.owner) },
        Field("status", "STATUS", "状态") { $0.status.label },
        Field("takenBy", "TAKEN BY", "首问人", fit: .dataOnly) { .text($0.takenBy) },
        Field("answer", "ANSWER", "答复", fit: .dataOnly) { .text($0.answer) },
        Field("answeredAt", "ANSWERED", "答复时间", fit: .dataOnly) { .instant($0.answeredAt) },
        Field("answeredBy", "ANSWERED BY", "答复人", fit: .dataOnly) { .text($0.answeredBy) },
        Field("handovers", "HANDOVERS", "交接记录", fit: .dataOnly) { .json(.array($0.handovers.map(handover))) },
    ])

    /// A hand-over as the JSON and CSV give it.
    static func handover(_ h: EnquiryHandover) -> JSON {
        var o = JSONObject()
        o.add("at", h.at.iso)
        o.add("from", h.from)
        o.add("to", h.to)
        o.add("by", h.by)
        o.add("note", h.note.map { JSON.string($0) } ?? .null)
        return .object(o)
    }

    static let open = Fields<OpenEnquiry>([
        Field("id", "ID", "编号", fit: .keep) { .text($0.id) },
        Field("takenAt", "TAKEN", "受理时间") { .instant($0.takenAt) },
        Field("topic", "TOPIC", "分类", fit: .keep) { .text($0.topic) },
        Field("name", "NAME", "咨询人") { .text($0.name) },
        Field("phone", "PHONE", "电话", fit: .drop(rank: 1)) { .text($0.phone) },
        Field("owner", "OWNER", "负责人", fit: .keep) { .text($0.owner) },
    ])

    static let note = Fields<ShiftNote>([
        Field("id", "ID", "编号", fit: .keep) { .text($0.id) },
        Field("at", "AT", "时间") { .instant($0.at) },
        Field("by", "BY", "记录人", fit: .keep) { .text($0.by) },
        Field("text", "TEXT", "内容") { .text($0.text) },
    ])
}
