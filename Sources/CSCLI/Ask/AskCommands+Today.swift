import CSCore

extension AskCommands {
    /// The hand-over view: enquiries still open (overdue after ask.staleMinutes) with their
    /// owners, and the last shift's log, for the next shift.
    @Sendable static func today(_ ctx: Context) throws -> BoardSection {
        let c = ctx.catalog
        var s = BoardSection("ask", title: c.text(.ask(.boardTitle)))
        let d = try desk(ctx)
        let now = ctx.clock.now
        let open = try d.openEnquiries()
        for e in open {
            let stale = d.staleAt(e.takenAt)
            let facts = [e.id, e.topic, e.name, e.owner, e.takenAt.short]
            s.say(
                c.text(.ask(stale <= now ? .staleLine : .openLine), facts), urgent: stale <= now, id: e.id,
                due: stale.iso)
        }
        let notes = try d.notes().records
        for n in notes { s.say(c.text(.ask(.noteLine), [n.at.short, n.by, n.text]), id: n.id) }
        s.overdue = open.filter { d.staleAt($0.takenAt) <= now }.count
        s.add("open", AskTables.open.table(open))
        s.add("notes", AskTables.note.table(notes))
        return s
    }
}
