extension Member {
    /// By card number, or by phone through the phone index (the member forgot the card): the
    /// one place every desk finds a member.
    /// A text that is one member's card and another current member's phone is refused naming
    /// both: a clerk must never act on the wrong member.
    public static func find(_ cardOrPhone: String, in reader: some RecordReader) throws -> Member {
        let byCard = try reader.get(Member.self, id: cardOrPhone)
        var byPhone: Member?
        if let p = Phone(cardOrPhone), let entry = try reader.get(PhoneIndexEntry.self, id: p.digits) {
            byPhone = try reader.get(Member.self, id: entry.card)
        }
        switch (byCard, byPhone) {
        case (let c?, let p?) where c.account != p.account:
            throw MemberError.ambiguous(cardOrPhone, cardOf: c.card, phoneOf: p.card)
        case (let c?, _): return c
        case (nil, let p?): return p
        case (nil, nil): throw MemberError.notFound(cardOrPhone)
        }
    }
}
