import CSCore

/// The call-back desk's fields, each declared once: the follow-up (listing, record, JSON,
/// export), the calls owed (due, board) and the report.
enum FollowupTables {
    static let followup = Fields<Followup>([
        Field("id", "ID", "编号", fit: .keep) { .text($0.id) },
        Field("due", "DUE", "应回访", fit: .keep) { .day($0.due) },
        Field("source", "SOURCE", "来源", fit: .drop(rank: 2)) { $0.source.label },
        Field("name", "NAME", "姓名") { .text($0.name) },
        Field("phone", "PHONE", "电话", fit: .keep) { .text($0.phone) },
        Field("ward", "WARD", "病区/科室", fit: .drop(rank: 3)) { .text($0.ward) },
        Field("tries", "TRIES", "拨打次数") { .int(Int64($0.calls.count)) },
        Field("status", "STATUS", "状态") { $0.status.label },
        Field("satisfaction", "SATISFACTION", "满意度", fit: .drop(rank: 1)) {
            $0.satisfaction.map { .int(Int64($0)) } ?? .null
        },
        Field("card", "CARD", "会员卡号", fit: .dataOnly) { .text($0.card) },
        Field("staff", "STAFF", "员工/医生", fit: .dataOnly) { .text($0.staff) },
        Field("reason", "REASON", "原因", fit: .dataOnly) { .text($0.reason) },
        Field("discharged", "DISCHARGED", "出院日期", fit: .dataOnly) { .day($0.discharged) },
        Field("createdAt", "CREATED", "列入时间", fit: .dataOnly) { .instant($0.createdAt) },
        Field("createdBy", "CREATED BY", "列入人", fit: .dataOnly) { .text($0.createdBy) },
        Field("scores", "SCORES", "各项评分", fit: .dataOnly) { f in
            .json(.object(JSONObject(f.scores.map { ($0.question, JSON.int(Int64($0.score))) })))
        },
        Field("comment", "COMMENT", "意见", fit: .dataOnly) { .text($0.comment) },
        Field("closedAt", "CLOSED", "结束时间", fit: .dataOnly) { .instant($0.closedAt) },
        Field("complaint", "COMPLAINT", "转投诉", fit: .dataOnly) { .text($0.complaint) },
        Field("calls", "CALLS", "通话记录", fit: .dataOnly) { .json(.array($0.calls.map(call))) },
    ])

    /// A call as the JSON and CSV give it.
    static func call(_ c: CallAttempt) -> JSON {
        var o = JSONObject()
        o.add("at", c.at.iso)
        o.add("by", c.by)
        o.add("outcome", c.outcome.rawValue)
        o.add("note", c.note.map { JSON.string($0) } ?? .null)
        return .object(o)
    }

    static let due = Fields<OpenFollowup>([
        Field("id", "ID", "编号", fit: .keep) { .text($0.followup) },
        Field("due", "DUE", "应回访", fit: .keep) { .day($0.due) },
        Field("source", "SOURCE", "来源", fit: .drop(rank: 1)) { $0.source.label },
        Field("name", "NAME", "姓名") { .text($0.name) },
        Field("phone", "PHONE", "电话", fit: .keep) { .text($0.phone) },
        Field("tries", "TRIES", "拨打次数") { .int(Int64($0.tries)) },
    ])

    static let report = Fields<FollowupReport>([
        Field("from", "FROM", "起") { .day($0.from) },
        Field("through", "THROUGH", "止") { .day($0.through) },
        Field("calls", "CALLS", "拨打次数") { .int(Int64($0.calls)) },
        Field("reached", "REACHED", "已回访") { .int(Int64($0.reached)) },
        Field("unreached", "UNREACHED", "未联系上") { .int(Int64($0.unreached)) },
        Field("reachedRate", "REACHED %", "接通率%") { .text($0.reachedRate) },
        Field("meanSatisfaction", "SATISFACTION", "平均满意度") { .text($0.meanSatisfaction) },
        Field("low", "LOW", "低分数") { .int(Int64($0.low)) },
        Field("lowShare", "LOW %", "低分占比%") { .text($0.lowShare) },
        Field("questions", "QUESTIONS", "各项平均分") { .json(questions($0.questions)) },
        Field("groups", "GROUPS", "分组") { r in
            .json(
                .array(
                    r.groups.map { g in
                        var o = JSONObject()
                        o.add("by", g.by)
                        o.add("name", g.name)
                        o.add("reached", g.reached)
                        o.add("meanSatisfaction", g.meanSatisfaction.map { JSON.string($0) } ?? .null)
                        o.add("low", g.low)
                        o.add("questions", questions(g.questions))
                        return .object(o)
                    }))
        },
        Field("comments", "COMMENTS", "意见") { r in
            .json(
                .array(
                    r.comments.map { c in
                        var o = JSONObject()
                        o.add("id", c.id)
                        o.add("name", c.name)
                        o.add("lowest", c.lowest.map { JSON.int(Int64($0)) } ?? .null)
                        o.add("comment", c.comment)
                        return .object(o)
                    }))
        },
    ])

    /// Each question's answers and mean, as the report's JSON and its groups give them.
    static func questions(_ list: [FollowupReport.Question]) -> JSON {
        .array(
            list.map { q in
                var o = JSONObject()
                o.add("question", q.question)
                o.add("answers", q.answers)
                o.add("mean", q.mean.map { JSON.string($0) } ?? .null)
                return .object(o)
            })
    }
}
