/// In the desk's keeping; collected by its owner; or moved to lost and found uncollected.
public enum BagStatus: String, Sendable, CaseIterable {
    case kept, collected
    case lostFound = "lost-found"
}

/// One thing left at the desk (寄存): a numbered tag handed to the owner, a seal on the bag
/// when one was put on, and how it ended.
public struct Bag: Record, Equatable {
    public static let kind = "bags"
    public static var idSpace: DeskClaim? { .lettered("K") }

    public let id: String
    public let tag: String
    public let what: String
    public let seal: String?
    public let phone: String
    public let name: String?
    public let inAt: Instant
    public let inBy: String
    public var status: BagStatus
    public var closedAt: Instant?
    public var closedBy: String?
    /// The lost item it became, when it went to lost and found.
    public var lostItem: String?

    public init(
        id: String, tag: String, what: String, seal: String?, phone: String, name: String?, inAt: Instant,
        inBy: String
    ) {
        self.id = id
        self.tag = tag
        self.what = what
        self.seal = seal
        self.phone = phone
        self.name = name
        self.inAt = inAt
        self.inBy = inBy
        status = .kept
    }

    var sequence: Int { Int(id.split(separator: "-").last ?? "") ?? 0 }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        tag = try d.string("tag")
        what = try d.string("what")
        seal = try d.optionalString("seal")
        phone = try d.string("phone")
        name = try d.optionalString("name")
        inAt = try d.instant("inAt")
        inBy = try d.string("inBy")
        status = try d.choice("status", BagStatus.self)
        closedAt = try d.optionalInstant("closedAt")
        closedBy = try d.optionalString("closedBy")
        lostItem = try d.optionalString("lostItem")
    }

    public func write(into o: inout JSONObject) {
        o.add("tag", tag)
        o.add("what", what)
        o.add("seal", seal)
        o.add("phone", phone)
        o.add("name", name)
        o.add("inAt", inAt.iso)
        o.add("inBy", inBy)
        o.add("status", status.rawValue)
        o.add("closedAt", closedAt?.iso)
        o.add("closedBy", closedBy)
        o.add("lostItem", lostItem)
    }
}

/// The tags-in-use index: one entry per tag on a bag still kept (id: the tag), so a tag is
/// handed out once and `keep out 17` finds its bag without reading every bag ever kept.
/// Derived from the bags (`doctor --repair` rebuilds it).
public struct TagInUse: Record, Equatable {
    public static let kind = "index-keep-tags"
    public static var fixedShardCount: Int? { 16 }

    public let id: String
    public let bag: String
    public let what: String
    public let inAt: Instant
    public let phone: String

    public init(_ b: Bag) {
        id = b.tag
        bag = b.id
        what = b.what
        inAt = b.inAt
        phone = b.phone
    }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        bag = try d.string("bag")
        what = try d.string("what")
        inAt = try d.instant("inAt")
        phone = try d.string("phone")
    }

    public func write(into o: inout JSONObject) {
        o.add("bag", bag)
        o.add("what", what)
        o.add("inAt", inAt.iso)
        o.add("phone", phone)
    }
}

extension Bag: Indexed {
    public static let tagIndex = DerivedIndex<Bag, TagInUse> { b in b.status == .kept ? [TagInUse(b)] : [] }

    public static func updateIndexes(before: Bag?, after: Bag?, in txn: inout Transaction) throws {
        try tagIndex.update(before: before, after: after, in: &txn)
    }
}
