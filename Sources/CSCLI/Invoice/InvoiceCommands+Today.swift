import CSCore

extension InvoiceCommands {
    /// Stock left per range, with a warning at `invoice.lowStock`, and yesterday's and today's
    /// numbers never issued nor explained (overdue: the day report exits 4).
    @Sendable static func today(_ ctx: Context) throws -> BoardSection {
        let c = ctx.catalog
        var s = BoardSection("invoice", title: c.text(.invoice(.boardTitle)))
        let stock = try desk(ctx).stock().filter { $0.remaining > 0 }
        let low = try ctx.requireConfig().int(.invoiceLowStock)
        let warned = stock.filter { $0.remaining <= low }
        for r in warned {
            s.say(c.text(.invoice(.boardStockLow), [r.code, r.from, r.to, String(r.remaining)]), id: r.id)
        }
        // Yesterday's too: the day report that found a gap ran after the last shift closed, and
        // the shift opening this morning is the one to explain it.
        let today = ctx.clock.today
        let gaps = try [today.adding(days: -1), today].flatMap { try desk(ctx).report(day: $0).summary.gaps }
        for g in gaps { s.say(c.text(.invoice(.boardGap), [g]), urgent: true, id: g) }
        // The ranges in hand are worth a line only beside something to act on.
        if !s.lines.isEmpty {
            for r in stock where !warned.contains(where: { $0.id == r.id }) {
                s.say(
                    c.text(.invoice(.boardStockLeft), [r.code, r.from, r.to, String(r.remaining), r.next ?? "—"]),
                    id: r.id)
            }
        }
        s.overdue = gaps.count
        s.add("stock", InvoiceTables.stock.table(stock))
        s.data.add("lowStock", .array(warned.map { .string($0.id) }))
        s.data.add("gaps", .array(gaps.map { .string($0) }))
        return s
    }
}
