import CSCore

extension FollowupCommands {
    static let report = CommandSpec(
        "report",
        summary:
            "the satisfaction analysis: reached rate, mean scores per question, ward and staff, low scores, comments",
        zh: "满意度统计分析:接通率、各题平均分、按病区与员工、低分占比、意见",
        options: [O.month, O.week],
        examples: CommandExamples.followupReport,
        action: { inv, ctx in
            if inv[O.month] != nil && inv[O.week] != nil { throw UsageError.conflict("--month", "--week") }
            let period: (Day, Day)
            if let monday = inv[O.week] {
                period = (monday, monday.adding(days: 6))
            } else {
                let m = inv[O.month] ?? Month(ctx.clock.today)
                period = (m.firstDay, m.firstDay.adding(months: 1).adding(days: -1))
            }
            let r = try desk(ctx).report(from: period.0, through: period.1)
            return .summary(text: sheet(r, ctx), data: FollowupTables.report.record(r), record: true, status: .done)
        })

    /// The analysis as a supervisor reads it, line by line.
    static func sheet(_ r: FollowupReport, _ ctx: Context) -> String {
        let c = ctx.catalog
        var out = c.text(.followup(.reportTitle), [r.from.iso, r.through.iso]) + "\n"
        out +=
            c.text(
                .followup(.reportCalls),
                [
                    String(r.calls), String(r.reached), String(r.unreached), r.reachedRate.map { $0 + "%" } ?? "—",
                    r.meanSatisfaction ?? "—",
                ])
            + "\n"
        for q in r.questions {
            out += "  " + c.text(.followup(.reportQuestion), [q.question, q.mean ?? "—", String(q.answers)]) + "\n"
        }
        for g in r.groups {
            let means = g.questions.filter { $0.answers > 0 }.map { "\($0.question) \($0.mean ?? "—")" }
            let facts = [
                g.name, String(g.reached), g.meanSatisfaction ?? "—", String(g.low), means.joined(separator: " · "),
            ]
            out += "  " + c.text(.followup(g.by == "ward" ? .reportWard : .reportStaff), facts) + "\n"
        }
        out += c.text(.followup(.reportLow), [String(r.low), r.lowShare.map { $0 + "%" } ?? "—"]) + "\n"
        for m in r.comments {
            out +=
                "  " + c.text(.followup(.reportComment), [m.id, m.name, m.lowest.map(String.init) ?? "—", m.comment])
                + "\n"
        }
        return out
    }
}
