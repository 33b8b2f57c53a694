public enum Tier: String, Sendable, CaseIterable, Comparable {
    case regular, silver, gold, diamond
    var rank: Int {
        switch self {
        case .regular: 0
        case .silver: 1
        case .gold: 2
        case .diamond: 3
        }
    }
    public static func < (a: Tier, b: Tier) -> Bool { a.rank < b.rank }
}

public enum MemberKind: String, Sendable, CaseIterable {
    case regular
    case storedValue = "stored-value"
    case student
}
public enum MemberStatus: String, Sendable, CaseIterable { case active, suspended, cancelled, replaced }
public enum Gender: String, Sendable, CaseIterable { case male, female, unspecified }

/// A membership card and its holder (《会员档案表》). Points, balance and total spend are
/// kept here for instant display, and always equal what the account's ledger adds up to;
/// `cs doctor` checks that.
public struct Member: Record, Equatable {
    public static let kind = "members"

    public var card: String
    public var name: String
    public var phone: String
    public var birthday: Day
    public var gender: Gender = .unspecified
    public var idNumber: String?
    public var address: String?
    public var email: String?
    public var memberKind: MemberKind = .regular
    public var tier: Tier = .regular
    public var status: MemberStatus = .active
    public var statusReason: String?
    /// The first card of the chain; every card a member is reissued shares it, and the ledger
    /// is kept per account so history carries over.
    public var account: String
    public var points: Int64 = 0
    public var balance: Money = .zero
    public var totalSpend: Money = .zero
    public var joinedAt: Instant
    /// The figures kept from the ledger (and the tier they earn): after a sync merges two
    /// desks' movements they are summed again, never taken from either side (`MergeRule`).
    public static let figureFields: Set<String> = ["points", "balance", "totalSpend", "tier"]
    public var replacedBy: String?
    public var replaces: String?
    public var note: String?
    /// The card fee paid at registration (the seed: 会员卡 "只需200元"), part of the day's takings.
    public var cardFee: Money = .zero
    /// The member read and signed the charter (客人阅读会员章程,让客人签字).
    public var charterSigned = false
    /// The last VIP review (the seed: 审核期1年); nil until the first, which falls due a
    /// review period after joining.
    public var reviewedAt: Day?

    public var id: String { card }

    public init(card: String, name: String, phone: String, birthday: Day, joinedAt: Instant) {
        self.card = card
        self.name = name
        self.phone = phone
        self.birthday = birthday
        self.joinedAt = joinedAt
        self.account = card
    }

    public init(document d: Document) throws(DocumentError) {
        card = try d.string("id")
        name = try d.string("name")
        phone = try d.string("phone")
        birthday = try d.day("birthday")
        gender = try d.choice("gender", Gender.self)
        idNumber = try d.optionalString("idNumber")
        address = try d.optionalString("address")
        email = try d.optionalString("email")
        memberKind = try d.choice("kind", MemberKind.self)
        tier = try d.choice("tier", Tier.self)
        status = try d.choice("status", MemberStatus.self)
        statusReason = try d.optionalString("statusReason")
        account = try d.string("account")
        points = try d.int("points")
        balance = try d.money("balance")
        totalSpend = try d.money("totalSpend")
        joinedAt = try d.instant("joinedAt")
        replacedBy = try d.optionalString("replacedBy")
        replaces = try d.optionalString("replaces")
        note = try d.optionalString("note")
        // Absent on a member registered before they were recorded: no fee, no charter on file.
        if d.value("cardFee") != nil { cardFee = try d.money("cardFee") }
        charterSigned = d.value("charterSigned")?.bool ?? false
        if d.value("reviewedAt") != nil { reviewedAt = try d.day("reviewedAt") }
    }

    public func write(into o: inout JSONObject) {
        o.add("name", name)
        o.add("phone", phone)
        o.add("birthday", birthday.iso)
        o.add("gender", gender.rawValue)
        o.add("idNumber", idNumber)
        o.add("address", address)
        o.add("email", email)
        o.add("kind", memberKind.rawValue)
        o.add("tier", tier.rawValue)
        o.add("status", status.rawValue)
        o.add("statusReason", statusReason)
        o.add("account", account)
        o.add("points", points)
        o.add("balance", balance.fen)
        o.add("totalSpend", totalSpend.fen)
        o.add("joinedAt", joinedAt.iso)
        o.add("replacedBy", replacedBy)
        o.add("replaces", replaces)
        o.add("note", note)
        o.add("cardFee", cardFee.fen)
        o.add("charterSigned", charterSigned)
        o.add("reviewedAt", reviewedAt?.iso)
    }

    /// The ID number masked: the journal is never rewritten, and a full ID number must not
    /// outlive the record it belongs to.
    public var journalDocument: JSONObject {
        var d = document
        if let idNumber { d["idNumber"] = .string(IDNumber.masked(idNumber)) }
        return d
    }

    /// The journalled member, with the full ID number taken from the member as stored when it
    /// is still the one the journal masked; a change of ID number cannot be put back.
    public static func restored(from journalled: JSONObject, current: Member?) throws -> Member {
        var m = try Member(document: Document(journalled))
        guard let masked = m.idNumber else { return m }
        guard let full = current?.idNumber, IDNumber.masked(full) == masked else {
            throw UndoError.masked(kind: kind, id: m.card, field: "idNumber")
        }
        m.idNumber = full
        return m
    }

    /// Still a member: not cancelled and not replaced by a newer card.
    public var isCurrent: Bool { status == .active || status == .suspended }
}
