import CSCore

/// The complaint desk's fields, each declared once: the complaint (listing, record, JSON,
/// export), the overdue lines and the monthly report.
enum ComplaintTables {
    static let complaint = Fields<Complaint>([
        Field("id", "ID", "编号", fit: .keep) { .text($0.id) },
        Field("status", "STATUS", "状态") { $0.status.label },
        Field("receivedAt", "RECEIVED", "受理时间", fit: .drop(rank: 2)) { .instant($0.receivedAt) },
        Field("due", "DUE", "答复时限", fit: .drop(rank: 1)) { .instant($0.due) },
        Field("customer", "CUSTOMER", "顾客") { .text($0.customer) },
        Field("phone", "PHONE", "电话", fit: .drop(rank: 4)) { .text($0.phone) },
        Field("staff", "STAFF", "被投诉人", fit: .drop(rank: 3)) { .text($0.staff) },
        Field("room", "ROOM", "房号", fit: .drop(rank: 5)) { .text($0.room) },
        Field("channel", "CHANNEL", "渠道", fit: .drop(rank: 6)) { $0.channel.label },
        Field("category", "CATEGORY", "类别", fit: .drop(rank: 7)) { .text($0.category) },
        Field("severity", "SEVERITY", "严重程度", fit: .drop(rank: 8)) { $0.severity.label },
        Field("matter", "MATTER", "投诉事项") { .text($0.matter) },
        Field("resolvedAt", "RESOLVED", "解决时间", fit: .dataOnly) { .instant($0.resolvedAt) },
        Field("onTime", "ON TIME", "按时", fit: .dataOnly) { $0.onTime.map(Cell.bool) ?? .null },
        Field("satisfaction", "SATISFACTION", "满意度", fit: .dataOnly) {
            $0.satisfaction.map { .int(Int64($0)) }
                ?? .null
        },
        Field("card", "CARD", "会员卡", fit: .dataOnly) { .text($0.card) },
        Field("receivedBy", "RECEIVED BY", "受理人", fit: .dataOnly) { .text($0.receivedBy) },
        Field("escalatedTo", "ESCALATED TO", "升级至", fit: .dataOnly) { .text($0.escalatedTo) },
        Field("resolution", "RESOLUTION", "处理结果", fit: .dataOnly) { .text($0.resolution) },
        Field("hoursTaken", "HOURS TAKEN", "处理用时(小时)", fit: .dataOnly) { .text($0.hoursTaken) },
        Field("promiseHours", "PROMISE HOURS", "承诺时限(小时)", fit: .dataOnly) { .int(Int64($0.promiseHours)) },
        Field("pausedAt", "PAUSED SINCE", "暂停计时自", fit: .dataOnly) { .instant($0.pausedAt) },
        Field("pausedMinutes", "PAUSED MINUTES", "已暂停(分钟)", fit: .dataOnly) { .int($0.pausedSeconds / 60) },
        Field("followedUpAt", "FOLLOWED UP", "回访时间", fit: .dataOnly) { .instant($0.followedUpAt) },
        Field("timeline", "TIMELINE", "处理记录", fit: .dataOnly) { .json(.array($0.timeline.map(event))) },
    ])

    /// A timeline entry as the JSON and CSV give it.
    static func event(_ e: ComplaintEvent) -> JSON {
        var o = JSONObject()
        o.add("at", e.at.iso)
        o.add("clerk", e.clerk)
        o.add("action", e.action.rawValue)
        o.add("text", e.text.map { JSON.string($0) } ?? .null)
        o.add("to", e.to.map { JSON.string($0) } ?? .null)
        o.add("status", e.status.rawValue)
        return .object(o)
    }

    static let overdue = Fields<ComplaintDesk.OverdueLine>([
        Field("id", "ID", "编号", fit: .keep) { .text($0.complaint.id) },
        Field("status", "STATUS", "状态") { $0.complaint.status.label },
        Field("due", "DUE", "答复时限", fit: .keep) { .instant($0.complaint.due) },
        Field("minutesLate", "MINUTES LATE", "超时(分钟)") { .int($0.minutesLate) },
        Field("customer", "CUSTOMER", "顾客") { .text($0.complaint.customer) },
        Field("staff", "STAFF", "被投诉人", fit: .drop(rank: 2)) { .text($0.complaint.staff) },
        Field("severity", "SEVERITY", "严重程度", fit: .drop(rank: 1)) { $0.complaint.severity.label },
        Field("matter", "MATTER", "投诉事项") { .text($0.complaint.matter) },
    ])

    static func counts(_ c: [(String, Int)]) -> Cell {
        .json(.object(JSONObject(c.map { ($0.0, JSON.int(Int64($0.1))) })))
    }

    static let report = Fields<ComplaintReport>([
        Field("month", "MONTH", "月份", fit: .keep) { .text($0.month.iso) },
        Field("received", "RECEIVED", "收到") { .int(Int64($0.received)) },
        Field("resolved", "RESOLVED", "已解决") { .int(Int64($0.resolved)) },
        Field("onTime", "ON TIME", "按时解决") { .int(Int64($0.onTime)) },
        Field("onTimeRate", "ON-TIME %", "按时率%") { .text($0.onTimeRate) },
        Field("medianHours", "MEDIAN HOURS", "用时中位数(小时)") { .text($0.medianHours) },
        Field("p90Hours", "P90 HOURS", "用时90分位(小时)") { .text($0.p90Hours) },
        Field("followedUp", "FOLLOWED UP", "已回访") { .int(Int64($0.followedUp)) },
        Field("meanSatisfaction", "MEAN SATISFACTION", "平均满意度") { .text($0.meanSatisfaction) },
        Field("lowSatisfactionShare", "SCORED 1-2 %", "1-2分占比%") { .text($0.lowSatisfactionShare) },
        Field("byStatus", "BY STATUS", "按状态") { counts($0.byStatus) },
        Field("byCategory", "BY CATEGORY", "按类别") { counts($0.byCategory) },
        Field("byChannel", "BY CHANNEL", "按渠道") { counts($0.byChannel) },
        Field("bySeverity", "BY SEVERITY", "按严重程度") { counts($0.bySeverity) },
        Field("byStaff", "BY STAFF", "按被投诉人") { counts($0.byStaff) },
        Field("repeatedStaff", "REPEATED", "多次被投诉") { counts($0.repeatedStaff) },
    ])
}
