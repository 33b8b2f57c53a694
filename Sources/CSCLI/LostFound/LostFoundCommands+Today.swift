import CSCore

extension LostFoundCommands {
    /// The moves due now (to the center, to general affairs) and the disposals due — all overdue
    /// once due — and the valuables in the safe.
    @Sendable static func today(_ ctx: Context) throws -> BoardSection {
        let c = ctx.catalog
        var s = BoardSection("lostfound", title: c.text(.lostfound(.boardTitle)))
        let sweep = try desk(ctx).sweep(asOf: nil, applyReceivedBy: nil)
        for line in sweep.lines {
            let key: LostFoundMessage =
                switch line.action {
                case .toCenter: .sweepToCenter
                case .toGeneralAffairs: .sweepToGeneralAffairs
                case .dispose: .sweepDisposal
                }
            s.say(
                c.text(
                    .lostfound(key),
                    [
                        line.item.id, line.item.item, said(line.item.custody.label, ctx),
                        line.dueAt.short,
                    ]), urgent: true, id: line.item.id, due: line.dueAt.iso)
        }
        let safe = try desk(ctx).list(LostFoundDesk.Filter(status: .held, custody: .safe)).records
        for item in safe {
            s.say(c.text(.lostfound(.boardSafe), [item.id, item.item, item.since.short]), id: item.id)
        }
        s.overdue = sweep.lines.count
        s.add("due", LostFoundTables.sweep.table(sweep.lines))
        s.add("safe", LostFoundTables.summary.table(safe))
        return s
    }
}
