/// A numbered thing the desk lends (轮椅 W1…W5): its number is painted on it, so the loan
/// names the very chair. Out or in is never stored here: a loan out names it (the out-loans
/// index), so two desks lending it offline leave two loans a merge can see, not a lost write.
public struct LendAsset: Record, Equatable {
    public static let kind = "lend-assets"
    /// A desk owns tens of numbered things, not thousands.
    public static var fixedShardCount: Int? { 16 }

    public let id: String
    public let item: String
    public let addedAt: Instant
    public let addedBy: String
    /// Written off (lost or broken for good): never lent again.
    public var retiredAt: Instant?
    public var retiredReason: String?
    public var retiredSupervisor: String?

    public init(id: String, item: String, addedAt: Instant, addedBy: String) {
        self.id = id
        self.item = item
        self.addedAt = addedAt
        self.addedBy = addedBy
    }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        item = try d.string("item")
        addedAt = try d.instant("addedAt")
        addedBy = try d.string("addedBy")
        retiredAt = try d.optionalInstant("retiredAt")
        retiredReason = try d.optionalString("retiredReason")
        retiredSupervisor = try d.optionalString("retiredSupervisor")
    }

    public func write(into o: inout JSONObject) {
        o.add("item", item)
        o.add("addedAt", addedAt.iso)
        o.add("addedBy", addedBy)
        o.add("retiredAt", retiredAt?.iso)
        o.add("retiredReason", retiredReason)
        o.add("retiredSupervisor", retiredSupervisor)
    }
}

/// A counted pool (30 umbrellas, needle and thread): one number of them in service; how many
/// are out is the loans out of it, counted under the lock when one is lent.
public struct LendPool: Record, Equatable {
    public static let kind = "lend-pools"
    public static var fixedShardCount: Int? { 16 }

    /// The item's name, as the clerk names it (雨伞).
    public let id: String
    /// In service: added, less those written off.
    public var total: Int64
    public var writtenOff: Int64
    public let addedAt: Instant
    public var updatedAt: Instant

    public init(id: String, total: Int64, at: Instant) {
        self.id = id
        self.total = total
        writtenOff = 0
        addedAt = at
        updatedAt = at
    }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        total = try d.int("total")
        writtenOff = try d.int("writtenOff")
        addedAt = try d.instant("addedAt")
        updatedAt = try d.instant("updatedAt")
    }

    public func write(into o: inout JSONObject) {
        o.add("total", total)
        o.add("writtenOff", writtenOff)
        o.add("addedAt", addedAt.iso)
        o.add("updatedAt", updatedAt.iso)
    }
}
