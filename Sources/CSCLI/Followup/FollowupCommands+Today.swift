import CSCore

extension FollowupCommands {
    /// The calls owed today; those due before today are overdue.
    @Sendable static func today(_ ctx: Context) throws -> BoardSection {
        let c = ctx.catalog
        var s = BoardSection("followup", title: c.text(.followup(.boardTitle)))
        let today = ctx.clock.today
        let due = try desk(ctx).due(on: today)
        for f in due { s.say(line(f, today: today, ctx), urgent: f.due < today, id: f.followup, due: f.due.iso) }
        s.overdue = due.filter { $0.due < today }.count
        s.add("due", FollowupTables.due.table(due))
        return s
    }

    /// A call owed, as the board and `due` say it: late when it was due before today.
    static func line(_ f: OpenFollowup, today: Day, _ ctx: Context) -> String {
        let facts = [f.followup, f.name, f.phone, f.due.iso, String(f.tries)]
        return ctx.catalog.text(.followup(f.due < today ? .lateLine : .dueLine), facts)
    }
}
