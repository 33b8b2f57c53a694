/// Phone → card of the current member with that phone: how a member who forgot the card is
/// found in one file read, and how a second registration with the same phone is refused.
public struct PhoneIndexEntry: Record, Equatable {
    public static let kind = "index-phone"
    public let id: String
    public let card: String
    public init(phone: String, card: String) { id = phone; self.card = card }
    public init(document d: Document) throws(DocumentError) { id = try d.string("id"); card = try d.string("card") }
    public func write(into o: inout JSONObject) { o.add("card", card) }
    public var journalSummary: String { card }
}

/// Receipt → the ledger entry it produced. `earn:<no>` makes a receipt earn points once ever,
/// across all members; `pay:<no>` does the same for stored-value payments.
public struct ReceiptIndexEntry: Record, Equatable {
    public static let kind = "index-receipt"
    public let id: String
    public let entry: String
    public let card: String
    public var reversedBy: String?

    public init(use: String, receipt: String, entry: String, card: String) {
        id = "\(use):\(receipt)"; self.entry = entry; self.card = card
    }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id"); entry = try d.string("entry"); card = try d.string("card")
        reversedBy = try d.optionalString("reversedBy")
    }

    public func write(into o: inout JSONObject) { o.add("entry", entry); o.add("card", card); o.add("reversedBy", reversedBy) }
    public var journalSummary: String { entry }
}
