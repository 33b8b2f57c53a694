/// The held-items index: one small entry per item still held, with what the sweep decides on,
/// so the day-end sweep reads a few hundred bytes per held item instead of every item ever
/// registered (years of claimed and disposed ones). Derived from the items (`doctor --repair`
/// rebuilds it); `sweep --apply` decides again on the item itself under the lock.
public struct HeldItem: Record, Equatable {
    public static let kind = "index-lost-held"
    /// Held items are few: a handful of files is read at once.
    public static var fixedShardCount: Int? { 16 }

    public let id: String
    public let item: String
    public let custody: Custody
    public let foundAt: Instant
    public let registeredAt: Instant
    /// When it came into custody where it is.
    public let since: Instant

    public init(_ i: LostItem) {
        id = i.id
        item = i.item
        custody = i.custody
        foundAt = i.foundAt
        registeredAt = i.registeredAt
        since = i.since
    }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        item = try d.string("item")
        custody = try d.choice("custody", Custody.self)
        foundAt = try d.instant("foundAt")
        registeredAt = try d.instant("registeredAt")
        since = try d.instant("since")
    }

    public func write(into o: inout JSONObject) {
        o.add("item", item)
        o.add("custody", custody.rawValue)
        o.add("foundAt", foundAt.iso)
        o.add("registeredAt", registeredAt.iso)
        o.add("since", since.iso)
    }

    var sequence: Int { LostItem.sequence(id) }
}

extension LostItem: Indexed {
    public static let heldIndex = DerivedIndex<LostItem, HeldItem> { i in i.status == .held ? [HeldItem(i)] : [] }

    public static func updateIndexes(before: LostItem?, after: LostItem?, in txn: inout Transaction) throws {
        try heldIndex.update(before: before, after: after, in: &txn)
    }
}
