public enum LedgerKind: String, Sendable, CaseIterable {
    case earn, redeem, topup, pay, adjust, reverse, expire, opening
    /// Stored value paid back in cash when a card is cancelled (the till pays it out).
    case refund

    /// Kinds whose receipt may be used once ever (`<kind>:<receipt>` in the receipt index).
    public var receiptOnce: Bool { self == .earn || self == .pay || self == .topup }
}

/// One points or stored-value movement. Entries are never changed or removed; corrections are
/// new entries (adjust, reverse). Stored with the member's account as the shard key, so one
/// account's history is one small file.
public struct LedgerEntry: Record, Equatable {
    public static let kind = "ledger"
    public static var idSpace: DeskClaim? { .dotted }

    public let id: String
    public let card: String
    public let account: String
    public let kind: LedgerKind
    /// Points added (+) or taken (−).
    public let points: Int64
    /// earn/reverse: the purchase amount (spend, − when reversed); topup/pay/opening/adjust/
    /// refund: the stored-value change (pay and refund are −; an adjustment either way).
    public let amount: Money
    public let receipt: String?
    public let clerk: String
    public let at: Instant
    public let expiresOn: Day?
    public let item: String?
    public let reason: String?
    public let room: String?
    /// Set on the entry `cs undo` wrote to offset another: that entry's id. It carries the
    /// undone entry's kind with its figures negated, so sums by kind stay right.
    public let undoes: String?

    public init(
        id: String, card: String, account: String, kind: LedgerKind, points: Int64, amount: Money,
        receipt: String?, clerk: String, at: Instant, expiresOn: Day?, item: String? = nil,
        reason: String? = nil, room: String? = nil, undoes: String? = nil
    ) {
        self.id = id
        self.card = card
        self.account = account
        self.kind = kind
        self.points = points
        self.amount = amount
        self.receipt = receipt
        self.clerk = clerk
        self.at = at
        self.expiresOn = expiresOn
        self.item = item
        self.reason = reason
        self.room = room
        self.undoes = undoes
    }

    /// `<account>.<desk>-<n>`: the account before the dot decides the shard.
    public static func shardKey(forID id: String) -> String {
        id.firstIndex(of: ".").map { String(id[..<$0]) } ?? id
    }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        card = try d.string("card")
        account = try d.string("account")
        kind = try d.choice("kind", LedgerKind.self)
        points = try d.int("points")
        amount = try d.money("amount")
        receipt = try d.optionalString("receipt")
        clerk = try d.string("clerk")
        at = try d.instant("at")
        expiresOn = try d.optionalDay("expiresOn")
        item = try d.optionalString("item")
        reason = try d.optionalString("reason")
        room = try d.optionalString("room")
        undoes = try d.optionalString("undoes")
    }

    public func write(into o: inout JSONObject) {
        o.add("card", card)
        o.add("account", account)
        o.add("kind", kind.rawValue)
        o.add("points", points)
        o.add("amount", amount.fen)
        o.add("receipt", receipt)
        o.add("clerk", clerk)
        o.add("at", at.iso)
        o.add("expiresOn", expiresOn?.iso)
        o.add("item", item)
        o.add("reason", reason)
        o.add("room", room)
        o.add("undoes", undoes)
    }

    /// The stored-value change this entry makes.
    public var balanceChange: Money {
        switch kind {
        case .topup, .pay, .opening, .adjust, .refund: amount
        default: .zero
        }
    }

    /// The spend this entry counts towards upgrades.
    public var spendChange: Money {
        switch kind {
        case .earn, .reverse: amount
        default: .zero
        }
    }
}
