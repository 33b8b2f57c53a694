import CSCore

extension LendCommands {
    /// Loans past their due time (overdue) and the loans out now.
    @Sendable static func today(_ ctx: Context) throws -> BoardSection {
        let c = ctx.catalog
        var s = BoardSection("lend", title: c.text(.lend(.boardTitle)))
        let now = ctx.clock.now
        let out = try desk(ctx).outNow()
        for l in out {
            let key: LendMessage = l.due < now ? .boardOverdue : .boardOut
            s.say(
                c.text(.lend(key), [l.id, thing(l.item, l.asset), l.borrower, l.phone, l.due.short]),
                urgent: l.due < now, id: l.id, due: l.due.iso)
        }
        s.overdue = out.filter { $0.due < now }.count
        s.add("out", LendTables.out.table(out))
        return s
    }
}
