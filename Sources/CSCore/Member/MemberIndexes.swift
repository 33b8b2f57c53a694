/// Phone → card of the current member with that phone: how a member who forgot the card is
/// found in one file read, and how a second registration with the same phone is refused.
public struct PhoneIndexEntry: Record, Equatable {
    public static let kind = "index-phone"
    public let id: String
    public let card: String
    public init(phone: String, card: String) {
        id = phone
        self.card = card
    }
    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        card = try d.string("card")
    }
    public func write(into o: inout JSONObject) { o.add("card", card) }
}

/// Receipt → the ledger entry it produced. `earn:<no>` makes a receipt earn points once ever,
/// across all members; `pay:<no>` and `topup:<no>` do the same for stored-value payments and
/// top-ups (a top-up keyed twice by a hurried clerk is refused, not doubled).
public struct ReceiptIndexEntry: Record, Equatable {
    public static let kind = "index-receipt"
    public let id: String
    public let entry: String
    public let card: String
    public var reversedBy: String?

    public init(use: String, receipt: String, entry: String, card: String) {
        id = "\(use):\(receipt)"
        self.entry = entry
        self.card = card
    }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        entry = try d.string("entry")
        card = try d.string("card")
        reversedBy = try d.optionalString("reversedBy")
    }

    public func write(into o: inout JSONObject) {
        o.add("entry", entry)
        o.add("card", card)
        o.add("reversedBy", reversedBy)
    }
}

/// The indexes a member implies: its phone (while its card is current) and its birthday month
/// (while active). Every change of a member keeps both, through `Transaction.put`.
extension Member: Indexed {
    public static let phoneIndex = DerivedIndex<Member, PhoneIndexEntry> { m in
        m.isCurrent ? [PhoneIndexEntry(phone: m.phone, card: m.card)] : []
    }

    public static let birthdayIndex = DerivedIndex<Member, BirthdayIndexEntry> { m in
        m.status == .active ? [BirthdayIndexEntry(member: m)] : []
    }

    public static func updateIndexes(before: Member?, after: Member?, in txn: inout Transaction) throws {
        try phoneIndex.update(before: before, after: after, in: &txn)
        try birthdayIndex.update(before: before, after: after, in: &txn)
        try passOnPhone(before: before, after: after, in: &txn)
    }

    /// A phone a merge gave to two members (an open sync conflict) that one of them lets go
    /// (edited, cancelled): the index passes it to the other, who still has it.
    static func passOnPhone(before: Member?, after: Member?, in txn: inout Transaction) throws {
        guard let old = before, old.isCurrent, after.map({ !$0.isCurrent || $0.phone != old.phone }) ?? true,
            try txn.get(PhoneIndexEntry.self, id: old.phone) == nil,
            let conflict = try txn.get(SyncConflict.self, id: SyncConflict.id(.phone, Member.kind, old.phone))
        else { return }
        for card in conflict.records where card != old.card {
            if let m = try txn.get(Member.self, id: card), m.isCurrent, m.phone == old.phone {
                txn.putQuietly(PhoneIndexEntry(phone: m.phone, card: m.card))
                return
            }
        }
    }
}

extension ReceiptIndexEntry {
    /// The receipt index a ledger implies (entries in ledger order): each earn and pay keys its
    /// receipt, a reversal marks the earn it took back. One definition for import and rebuild.
    static func derived(from ledger: [LedgerEntry]) -> [String: ReceiptIndexEntry] {
        var index = [String: ReceiptIndexEntry]()
        // An undone entry and the entry that undid it count for nothing: the receipt is free
        // again (whatever order entries of different accounts sort in).
        let undone = Set(ledger.compactMap(\.undoes))
        for e in ledger where e.undoes == nil && !undone.contains(e.id) {
            guard let r = e.receipt else { continue }
            switch e.kind {
            case .earn, .pay, .topup:
                index["\(e.kind.rawValue):\(r)"] = ReceiptIndexEntry(
                    use: e.kind.rawValue, receipt: r,
                    entry: e.id, card: e.card)
            case .reverse: index["earn:\(r)"]?.reversedBy = e.id
            default: break
            }
        }
        return index
    }
}
