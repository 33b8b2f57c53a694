/// Who is coming for the birthday: the answers the desk collects by phone, and the count the
/// manager asks for.
extension BirthdayDesk {
    /// The answer for the member's next birthday (today's included); an active card only.
    public func reply(card: String, answer: ReplyAnswer, note: String?) throws -> BirthdayReply {
        try change("reply") { txn in
            let m = try Member.find(card, in: txn)
            guard m.status == .active else { throw GiftError.memberNotActive(card: m.card, status: m.status) }
            let forDate = calendar.next(m.birthday, onOrAfter: clock.today)
            var r = BirthdayReply(
                card: m.card, name: m.name, phone: m.phone, forDate: forDate, answer: answer, at: clock.now,
                by: clerk)
            r.note = note
            try txn.put(r, action: "reply")
            return r
        }
    }

    /// A month's birthdays with each member's answer, nil where nobody has asked yet.
    public struct Attendance: Sendable {
        public let month: Month
        public let rows: [(celebration: Celebration, reply: BirthdayReply?)]
        public let problems: [DocumentProblem]

        public func count(_ answer: ReplyAnswer?) -> Int { rows.filter { $0.reply?.answer == answer }.count }
    }

    public func attendance(_ month: Month) throws -> Attendance {
        let list = try self.month(month)
        let rows = try list.celebrations.map { c in
            (c, try store.get(BirthdayReply.self, id: BirthdayReply.id(card: c.member.card, year: month.year)))
        }
        return Attendance(month: month, rows: rows, problems: list.problems)
    }
}
