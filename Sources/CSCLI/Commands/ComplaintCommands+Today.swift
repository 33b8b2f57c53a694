import CSCore

extension ComplaintCommands {
    /// Complaints past their promise (overdue) or due within the next 12 hours.
    @Sendable static func today(_ ctx: Context) throws -> BoardSection {
        let c = ctx.catalog
        var s = BoardSection("complaint", title: c.text(.board(.complaints)))
        let lines = try desk(ctx).overdue(within: 12)
        for l in lines {
            let p = l.complaint
            let key: ComplaintMessage = l.minutesLate > 0 ? .overdueLine : .dueSoonLine
            s.say(c.text(.complaint(key), [p.id, said(p.status.label, ctx), p.customer, p.due.short,
                                       String(abs(l.minutesLate)), p.matter]), urgent: l.minutesLate > 0)
        }
        s.overdue = lines.filter { $0.minutesLate > 0 }.count
        s.add("due", ComplaintTables.overdue.table(lines))
        return s
    }
}
