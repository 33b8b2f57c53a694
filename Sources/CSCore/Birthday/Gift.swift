public enum GiftStatus: String, Sendable, CaseIterable { case prepared, given, returned }

/// One line of the birthday gift register (赠品登记): what finance handed out, for whom, who
/// collected it, and whether it reached the member in person or went back to finance.
public struct Gift: Record, Equatable {
    public static let kind = "gifts"
    public static var idSpace: DeskClaim? { .lettered("G") }

    public let id: String
    public let card: String
    public let account: String
    public let name: String
    public let birthday: Day
    public let phone: String
    public let address: String?
    public let item: String
    /// The birthday celebration this gift is for (a member gets one a year).
    public let forDate: Day
    public var status: GiftStatus
    public let preparedAt: Instant
    public let preparedBy: String
    public let pickedUpBy: String
    public var givenAt: Instant?
    public var handedOverBy: String?
    /// The seed: collected by the member in person (本人领取), the ID checked against the record
    /// (严禁冒领): recorded at the hand-over, nil on a gift not given.
    public var idChecked: Bool?
    public var returnedAt: Instant?
    public var returnedBy: String?
    public var returnReason: String?

    public init(
        id: String, member m: Member, item: String, forDate: Day, preparedAt: Instant, preparedBy: String,
        pickedUpBy: String
    ) {
        self.id = id
        card = m.card
        account = m.account
        name = m.name
        birthday = m.birthday
        phone = m.phone
        address = m.address
        self.item = item
        self.forDate = forDate
        status = .prepared
        self.preparedAt = preparedAt
        self.preparedBy = preparedBy
        self.pickedUpBy = pickedUpBy
    }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        card = try d.string("card")
        account = try d.string("account")
        name = try d.string("name")
        birthday = try d.day("birthday")
        phone = try d.string("phone")
        address = try d.optionalString("address")
        item = try d.string("item")
        forDate = try d.day("forDate")
        status = try d.choice("status", GiftStatus.self)
        preparedAt = try d.instant("preparedAt")
        preparedBy = try d.string("preparedBy")
        pickedUpBy = try d.string("pickedUpBy")
        givenAt = try d.optionalInstant("givenAt")
        handedOverBy = try d.optionalString("handedOverBy")
        idChecked = d.value("idChecked").flatMap(\.bool)
        returnedAt = try d.optionalInstant("returnedAt")
        returnedBy = try d.optionalString("returnedBy")
        returnReason = try d.optionalString("returnReason")
    }

    public func write(into o: inout JSONObject) {
        o.add("card", card)
        o.add("account", account)
        o.add("name", name)
        o.add("birthday", birthday.iso)
        o.add("phone", phone)
        o.add("address", address)
        o.add("item", item)
        o.add("forDate", forDate.iso)
        o.add("status", status.rawValue)
        o.add("preparedAt", preparedAt.iso)
        o.add("preparedBy", preparedBy)
        o.add("pickedUpBy", pickedUpBy)
        o.add("givenAt", givenAt?.iso)
        o.add("handedOverBy", handedOverBy)
        if let idChecked { o.add("idChecked", idChecked) }
        o.add("returnedAt", returnedAt?.iso)
        o.add("returnedBy", returnedBy)
        o.add("returnReason", returnReason)
    }
}

/// account:year → the gift prepared for that birthday: a gift is prepared once a year.
public struct GiftYearIndexEntry: Record, Equatable {
    public static let kind = "index-gift-year"
    public let id: String
    public let gift: String
    public init(account: String, year: Int, gift: String) {
        id = "\(account):\(year)"
        self.gift = gift
    }
    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        gift = try d.string("gift")
    }
    public func write(into o: inout JSONObject) { o.add("gift", gift) }
}

public enum GiftError: Failure, Equatable {
    case notFound(String)
    case alreadyPrepared(card: String, year: Int, gift: String)
    case alreadyClosed(id: String, status: GiftStatus)
    case memberNotActive(card: String, status: MemberStatus)
    /// The next birthday is further off than a gift is prepared for (a wrong card, or a
    /// month typed for the day): refused unless `--force`.
    case tooEarly(card: String, birthday: Day, days: Int)

    public var status: ExitStatus { .refused }
    public var messageKey: MessageKey {
        switch self {
        case .notFound: .birthday(.giftNotFound)
        case .alreadyPrepared: .birthday(.giftAlreadyPrepared)
        case .alreadyClosed: .birthday(.giftAlreadyClosed)
        case .memberNotActive: .birthday(.giftMemberNotActive)
        case .tooEarly: .birthday(.giftTooEarly)
        }
    }
    public var messageArguments: [String] {
        switch self {
        case .notFound(let id): [id]
        case .alreadyPrepared(let c, let y, let g): [c, String(y), g]
        case .alreadyClosed(let id, let s): [id, s.rawValue]
        case .memberNotActive(let c, let s): [c, s.rawValue]
        case .tooEarly(let c, let d, let n): [c, d.iso, String(n), String(GiftLedger.preparedAtMostDaysAhead)]
        }
    }
}

/// A gift taken back by `cs undo` (a prepare keyed for the wrong member) frees its member's
/// year, so the right gift can be prepared.
extension Gift: Indexed {
    public static func updateIndexes(before: Gift?, after: Gift?, in txn: inout Transaction) throws {
        guard let b = before, after == nil else { return }
        let key = "\(b.account):\(b.forDate.year)"
        if let e = try txn.get(GiftYearIndexEntry.self, id: key), e.gift == b.id {
            txn.delete(GiftYearIndexEntry.self, id: key)
        }
    }
}
