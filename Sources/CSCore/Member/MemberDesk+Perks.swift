/// The stored-value card's weekly free singing (the seed: 每周一 14:00—19:00 免唱2小时, 只限中包):
/// the desk checks it before the room is opened and records it once it is given.
extension MemberDesk {
    /// What the card may have now, and why not when it may not.
    public struct PerkCheck: Sendable {
        public let member: Member
        public let window: PerkWindow
        /// Nil: the perk may be taken now (in a room the window names).
        public let refusal: PerkError?
        public let usedToday: PerkUse?
    }

    public var perkWindow: PerkWindow { PerkWindow(config) }

    public func checkPerk(_ cardOrPhone: String) throws -> PerkCheck {
        let m = try lookup(cardOrPhone)
        let used = try store.get(PerkUse.self, id: PerkUse.id(account: m.account, day: clock.today))
        return PerkCheck(member: m, window: perkWindow, refusal: refusal(m, used: used), usedToday: used)
    }

    func refusal(_ m: Member, used: PerkUse?) -> PerkError? {
        let w = perkWindow
        if w.hours == 0 { return .off }
        guard m.memberKind == .storedValue else { return .notStoredValue(card: m.card, kind: m.memberKind) }
        if let used { return .alreadyUsed(card: m.card, use: used.id) }
        guard w.isOpen(day: clock.today, second: clock.now.secondOfDay) else {
            return .outsideWindow(weekday: PerkWindow.weekdays[w.weekday], from: w.from, until: w.until)
        }
        return nil
    }

    /// Recorded under the lock, after every check made again there: an active stored-value
    /// card, inside the window, a room the perk is for, not yet taken today.
    public func usePerk(_ cardOrPhone: String, room: String) throws -> PerkUse {
        let room = room.trimmingSpaces
        return try change("perk") { txn in
            let m = try usable(cardOrPhone, txn)
            let used = try txn.get(PerkUse.self, id: PerkUse.id(account: m.account, day: clock.today))
            if let refused = refusal(m, used: used) { throw refused }
            let rooms = perkWindow.rooms
            guard rooms.contains(where: { $0.lowercased() == room.lowercased() }) else {
                throw PerkError.roomNotIncluded(room: room, rooms: rooms)
            }
            let use = PerkUse(member: m, room: room, hours: perkWindow.hours, at: clock.now, by: clerk)
            try txn.put(use, action: "perk")
            return use
        }
    }
}
