import CSCore

extension BirthdayCommands {
    /// Today's and tomorrow's birthdays with the gift still to collect or hand over, and the gifts
    /// outstanding for the 15th/30th reconciliation; a gift outstanding for more than a day is
    /// overdue.
    @Sendable static func today(_ ctx: Context) throws -> BoardSection {
        let c = ctx.catalog
        var s = BoardSection("birthday", title: c.text(.birthday(.boardTitle)))
        let today = ctx.clock.today
        let soon = try desk(ctx).upcoming(days: 1).celebrations
        let ledger = try gifts(ctx)
        let thisYear = try ledger.list(month: nil, status: nil).records.filter { $0.forDate.year == today.year }
        let withGift = Set(thisYear.map(\.account))
        for b in soon {
            let key: BirthdayMessage = b.inDays == 0 ? .boardToday : .boardTomorrow
            let account = (try? Member.find(b.member.card, in: ctx.store).account) ?? b.member.card
            // The gift still to collect goes on the member's own line: one line per birthday.
            let gift = withGift.contains(account) ? "" : "  — " + c.text(.birthday(.boardGiftToCollect))
            s.say(
                c.text(.birthday(key), [b.member.name, b.member.card, b.member.phone]) + gift, id: b.member.card,
                due: today.adding(days: b.inDays).iso)
        }
        let reconciliation = try ledger.reconcile(since: nil, through: today)
        let outstanding = reconciliation.outstanding
        for g in outstanding where g.forDate >= today {
            s.say(c.text(.birthday(.boardGiftToHand), [g.id, g.item, g.name]), id: g.id, due: g.forDate.iso)
        }
        for g in reconciliation.problems {
            s.say(
                c.text(.birthday(.boardGiftOutstanding), [g.id, g.item, g.name, g.preparedAt.day.iso]), urgent: true,
                id: g.id, due: g.forDate.iso)
        }
        s.overdue = reconciliation.problems.count
        s.add("birthdays", BirthdayTables.upcoming.table(soon))
        s.add("outstandingGifts", BirthdayTables.giftList.table(outstanding))
        return s
    }
}
