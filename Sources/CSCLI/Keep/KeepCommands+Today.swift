import CSCore

extension KeepCommands {
    /// Bags due to lost and found (overdue) and bags still here after closing.
    @Sendable static func today(_ ctx: Context) throws -> BoardSection {
        let c = ctx.catalog
        var s = BoardSection("keep", title: c.text(.keep(.boardTitle)))
        let k = try desk(ctx)
        let now = ctx.clock.now
        let kept = try k.kept()
        var shown = [TagInUse]()
        for b in kept {
            let due = k.dueAt(b.inAt)
            if due <= now {
                s.say(
                    c.text(.keep(.sweepLine), [b.id, b.bag, b.what, b.phone, due.short]), urgent: true, id: b.bag,
                    due: due.iso)
                shown.append(b)
            } else if k.closing(after: b.inAt) <= now {
                s.say(c.text(.keep(.afterClosing), [b.id, b.bag, b.what, b.phone, due.short]), id: b.bag, due: due.iso)
                shown.append(b)
            }
        }
        s.overdue = kept.filter { k.dueAt($0.inAt) <= now }.count
        s.add("uncollected", KeepTables.kept.table(shown))
        return s
    }
}
