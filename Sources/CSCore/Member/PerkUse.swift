/// A stored-value card's free singing taken (免唱2小时): one a week, recorded so the desk sees
/// it was used and finance sees what was given.
public struct PerkUse: Record, Equatable {
    public static let kind = "perk-uses"

    /// `account:day`: one use per account per perk day, whichever card the member carries.
    public let id: String
    public let card: String
    public let account: String
    public let name: String
    public let room: String
    public let hours: Int
    public let at: Instant
    public let by: String

    public static func id(account: String, day: Day) -> String { "\(account):\(day.iso)" }

    public init(member m: Member, room: String, hours: Int, at: Instant, by: String) {
        id = Self.id(account: m.account, day: at.day)
        card = m.card
        account = m.account
        name = m.name
        self.room = room
        self.hours = hours
        self.at = at
        self.by = by
    }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        card = try d.string("card")
        account = try d.string("account")
        name = try d.string("name")
        room = try d.string("room")
        hours = Int(try d.int("hours"))
        at = try d.instant("at")
        by = try d.string("by")
    }

    public func write(into o: inout JSONObject) {
        o.add("card", card)
        o.add("account", account)
        o.add("name", name)
        o.add("room", room)
        o.add("hours", Int64(hours))
        o.add("at", at.iso)
        o.add("by", by)
    }
}

/// Why the perk cannot be taken now, each naming what would make it right.
public enum PerkError: Failure, Equatable {
    case notStoredValue(card: String, kind: MemberKind)
    case outsideWindow(weekday: String, from: String, until: String)
    case roomNotIncluded(room: String, rooms: [String])
    case alreadyUsed(card: String, use: String)
    case off

    public var status: ExitStatus { .refused }
    /// The stable English name of the reason, for JSON and CSV.
    public var code: String {
        switch self {
        case .notStoredValue: "not-stored-value"
        case .outsideWindow: "outside-window"
        case .roomNotIncluded: "room-not-included"
        case .alreadyUsed: "already-used"
        case .off: "off"
        }
    }
    public var messageKey: MessageKey {
        switch self {
        case .notStoredValue: .member(.perkNotStoredValue)
        case .outsideWindow: .member(.perkOutsideWindow)
        case .roomNotIncluded: .member(.perkRoomNotIncluded)
        case .alreadyUsed: .member(.perkAlreadyUsed)
        case .off: .member(.perkOff)
        }
    }
    public var messageArguments: [String] {
        switch self {
        case .notStoredValue(let c, let k): [c, k.rawValue]
        case .outsideWindow(let w, let f, let u): [w, f, u]
        case .roomNotIncluded(let r, let rooms): [r, rooms.joined(separator: ", ")]
        case .alreadyUsed(let c, let u): [c, u]
        case .off: []
        }
    }
}
