import CSCore

extension ComplaintCommands {
    /// Complaints past their promise (overdue) or due within the next 12 hours.
    @Sendable static func today(_ ctx: Context) throws -> BoardSection {
        let c = ctx.catalog
        var s = BoardSection("complaint", title: c.text(.complaint(.boardTitle)))
        let lines = try desk(ctx).overdue(within: 12)
        for l in lines {
            s.say(said(l, ctx), urgent: l.minutesLate > 0, id: l.complaint.id, due: l.complaint.due.iso)
        }
        let calls = try desk(ctx).awaitingFollowUp()
        for p in calls {
            s.say(
                c.text(.complaint(.boardFollowUp), [p.id, p.customer, p.phone ?? "—", p.resolvedAt?.short ?? ""]),
                id: p.id)
        }
        s.overdue = lines.filter { $0.minutesLate > 0 }.count
        s.add("due", ComplaintTables.overdue.table(lines))
        s.add("followUp", ComplaintTables.complaint.table(calls))
        return s
    }
}

extension ComplaintCommands {
    /// One line of `overdue` and of the board: late by (or due in) hours and minutes, not a count
    /// of minutes a clerk must divide by 60.
    static func said(_ l: ComplaintDesk.OverdueLine, _ ctx: Context) -> String {
        let p = l.complaint
        let c = ctx.catalog
        let minutes = abs(l.minutesLate)
        let span =
            minutes < 60
            ? c.text(.complaint(.minutes), [String(minutes)])
            : minutes % 60 == 0
                ? c.text(.complaint(.hours), [String(minutes / 60)])
                : c.text(.complaint(.hoursMinutes), [String(minutes / 60), String(minutes % 60)])
        let key: ComplaintMessage = l.minutesLate > 0 ? .overdueLine : .dueSoonLine
        return c.text(.complaint(key), [p.id, said(p.status.label, ctx), p.customer, p.due.short, span, p.matter])
    }
}
