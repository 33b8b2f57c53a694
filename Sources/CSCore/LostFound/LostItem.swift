/// Where an item is held: the desk that registered it, the safe (valuables), the VIP service
/// center (unclaimed at day end) or the general-affairs office (总务处, after three days).
public enum Custody: String, Sendable, CaseIterable, Comparable {
    case desk, safe, center
    case generalAffairs = "general-affairs"

    /// The order of the chain: a sweep only ever moves an item further along it.
    var rank: Int {
        switch self {
        case .desk: 0
        case .safe: 1
        case .center: 2
        case .generalAffairs: 3
        }
    }

    public static func < (a: Custody, b: Custody) -> Bool { a.rank < b.rank }
}

/// Held until claimed by its owner or disposed of by general affairs.
public enum LostItemStatus: String, Sendable, CaseIterable { case held, claimed, disposed }

/// What general affairs finally did with an unclaimed item.
public enum Disposal: String, Sendable, CaseIterable { case returned, police, donated, discarded }

/// Why an item changed hands: registered, moved by hand, swept at day end, or swept because it
/// was unclaimed for the configured days. Stable values; the CLI says them in the clerk's language.
public enum MoveCause: String, Sendable, CaseIterable {
    case registered
    case byHand = "by-hand"
    case dayEnd = "day-end"
    case unclaimed
}

/// One hand-over in the chain of custody: from where to where, who handed it over, who
/// received it (and signed), when and why. The first is the registration (from nil).
public struct CustodyMove: Sendable, Equatable {
    public let at: Instant
    public let from: Custody?
    public let to: Custody
    public let handedOverBy: String
    public let receivedBy: String
    public let cause: MoveCause
    /// The clerk's own words for a move by hand.
    public let reason: String?

    public init(
        at: Instant, from: Custody?, to: Custody, handedOverBy: String, receivedBy: String, cause: MoveCause,
        reason: String? = nil
    ) {
        self.at = at
        self.from = from
        self.to = to
        self.handedOverBy = handedOverBy
        self.receivedBy = receivedBy
        self.cause = cause
        self.reason = reason
    }

    var json: JSON {
        var o = JSONObject()
        o.add("at", at.iso)
        o.add("from", from?.rawValue)
        o.add("to", to.rawValue)
        o.add("handedOverBy", handedOverBy)
        o.add("receivedBy", receivedBy)
        o.add("cause", cause.rawValue)
        o.add("reason", reason)
        return .object(o)
    }

    init(json: JSON) throws(DocumentError) {
        guard let o = json.object else { throw DocumentError("a custody move is not an object") }
        let d = Document(o)
        at = try d.instant("at")
        from = try d.optionalString("from").map { s throws(DocumentError) in
            guard let c = Custody(rawValue: s) else { throw DocumentError("field from has unknown value \(s)") }
            return c
        }
        to = try d.choice("to", Custody.self)
        handedOverBy = try d.string("handedOverBy")
        receivedBy = try d.string("receivedBy")
        cause = try d.choice("cause", MoveCause.self)
        reason = try d.optionalString("reason")
    }
}

/// Who took the item home: the claimant described it and showed ID with the supervisor present.
public struct Claim: Sendable, Equatable {
    public let at: Instant
    public let claimant: String
    public let phone: String
    /// Kept whole in the record (the venue must be able to show who took it); masked in every
    /// output unless `--reveal`, and in the journal always.
    public var idNumber: String
    public let described: String
    public let supervisor: String
    public let clerk: String

    public init(
        at: Instant, claimant: String, phone: String, idNumber: String, described: String, supervisor: String,
        clerk: String
    ) {
        self.at = at
        self.claimant = claimant
        self.phone = phone
        self.idNumber = idNumber
        self.described = described
        self.supervisor = supervisor
        self.clerk = clerk
    }
}

/// An item left behind (客遗物), as the 《遗留物品登记表》 records it, with its whole chain of
/// custody and how it ended (claimed or disposed).
public struct LostItem: Record, Equatable {
    public static let kind = "lostfound"
    public static var idSpace: DeskClaim? { .lettered("L") }

    public let id: String
    public let item: String
    public let color: String?
    public let place: String
    public let description: String?
    public let valuable: Bool
    public let foundAt: Instant
    public let handedInBy: String
    public let supervisor: String
    public let registeredAt: Instant
    public let registeredBy: String
    /// `photos/<sha256>.<ext>` in the data directory, so the claimant can pick their item.
    public let photo: String?
    public var status: LostItemStatus
    public var custody: Custody
    public var moves: [CustodyMove]
    public var claim: Claim?
    public var disposedAt: Instant?
    public var disposedHow: Disposal?
    public var disposedBy: String?
    public var disposalNote: String?

    public init(
        id: String, item: String, color: String?, place: String, description: String?, valuable: Bool,
        foundAt: Instant, handedInBy: String, supervisor: String, registeredAt: Instant, registeredBy: String,
        photo: String?
    ) {
        self.id = id
        self.item = item
        self.color = color
        self.place = place
        self.description = description
        self.valuable = valuable
        self.foundAt = foundAt
        self.handedInBy = handedInBy
        self.supervisor = supervisor
        self.registeredAt = registeredAt
        self.registeredBy = registeredBy
        self.photo = photo
        status = .held
        custody = valuable ? .safe : .desk
        moves = [
            CustodyMove(
                at: registeredAt, from: nil, to: custody, handedOverBy: handedInBy,
                receivedBy: registeredBy, cause: .registered)
        ]
    }

    /// When the item came into custody where it is now (its last move).
    public var since: Instant { moves.last?.at ?? registeredAt }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        item = try d.string("item")
        color = try d.optionalString("color")
        place = try d.string("place")
        description = try d.optionalString("description")
        valuable = try d.bool("valuable")
        foundAt = try d.instant("foundAt")
        handedInBy = try d.string("handedInBy")
        supervisor = try d.string("supervisor")
        registeredAt = try d.instant("registeredAt")
        registeredBy = try d.string("registeredBy")
        photo = try d.optionalString("photo")
        status = try d.choice("status", LostItemStatus.self)
        custody = try d.choice("custody", Custody.self)
        guard case .array(let list)? = d.value("moves") else { throw DocumentError("field moves is missing") }
        var moves = [CustodyMove]()
        for m in list { moves.append(try CustodyMove(json: m)) }
        self.moves = moves
        if let at = try d.optionalInstant("claimedAt") {
            claim = Claim(
                at: at, claimant: try d.string("claimant"), phone: try d.string("claimantPhone"),
                idNumber: try d.string("claimantIdNumber"), described: try d.string("described"),
                supervisor: try d.string("claimSupervisor"), clerk: try d.string("claimClerk"))
        }
        disposedAt = try d.optionalInstant("disposedAt")
        disposedHow = try d.optionalString("disposedHow").map { s throws(DocumentError) in
            guard let h = Disposal(rawValue: s) else { throw DocumentError("field disposedHow has unknown value \(s)") }
            return h
        }
        disposedBy = try d.optionalString("disposedBy")
        disposalNote = try d.optionalString("disposalNote")
    }

    public func write(into o: inout JSONObject) {
        o.add("item", item)
        o.add("color", color)
        o.add("place", place)
        o.add("description", description)
        o.add("valuable", valuable)
        o.add("foundAt", foundAt.iso)
        o.add("handedInBy", handedInBy)
        o.add("supervisor", supervisor)
        o.add("registeredAt", registeredAt.iso)
        o.add("registeredBy", registeredBy)
        o.add("photo", photo)
        o.add("status", status.rawValue)
        o.add("custody", custody.rawValue)
        o.add("moves", .array(moves.map(\.json)))
        if let c = claim {
            o.add("claimedAt", c.at.iso)
            o.add("claimant", c.claimant)
            o.add("claimantPhone", c.phone)
            o.add("claimantIdNumber", c.idNumber)
            o.add("described", c.described)
            o.add("claimSupervisor", c.supervisor)
            o.add("claimClerk", c.clerk)
        }
        o.add("disposedAt", disposedAt?.iso)
        o.add("disposedHow", disposedHow?.rawValue)
        o.add("disposedBy", disposedBy)
        o.add("disposalNote", disposalNote)
    }

    /// The claimant's ID number masked: the journal is never rewritten.
    public var journalDocument: JSONObject {
        var d = document
        if let c = claim { d["claimantIdNumber"] = .string(IDNumber.masked(c.idNumber)) }
        return d
    }

    /// A journalled item keeps the claimant's full ID number from the item as stored when it is
    /// the one the journal masked (an undo of a claim removes the claim altogether).
    public static func restored(from journalled: JSONObject, current: LostItem?) throws -> LostItem {
        var item = try LostItem(document: Document(journalled))
        guard let masked = item.claim?.idNumber else { return item }
        guard let full = current?.claim?.idNumber, IDNumber.masked(full) == masked else {
            throw UndoError.masked(kind: kind, id: item.id, field: "claimantIdNumber")
        }
        item.claim?.idNumber = full
        return item
    }
}
