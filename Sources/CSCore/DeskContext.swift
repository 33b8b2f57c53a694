/// What every desk works with, built once per command: the store, the config, "now" and who
/// is at the desk. Desks take this instead of each declaring the same four fields.
public struct DeskContext: Sendable {
    public let store: Store
    public let config: Config
    public let clock: Clock
    public let clerk: String

    public init(store: Store, config: Config, clock: Clock, clerk: String) {
        self.store = store
        self.config = config
        self.clock = clock
        self.clerk = clerk
    }

    /// Runs `body` under the lock as one journalled transaction named `command`.
    public func change<T>(_ command: String, _ body: (inout Transaction) throws -> T) throws -> T {
        try store.change(clerk: clerk, command: command, clock: clock, body)
    }
}

/// Reads records by id: the store (a reading command) or a transaction (under the lock, seeing
/// its own pending changes). Lookups written once work in both.
public protocol RecordReader {
    func get<R: Record>(_: R.Type, id: String) throws -> R?
}

extension Store: RecordReader {}
extension Transaction: RecordReader {}

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
