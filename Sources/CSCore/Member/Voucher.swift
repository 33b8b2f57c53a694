/// The yearly cash voucher (the seed: "每年12月1日发送现金券 … 积分除以10就是所得现金券金额 … 发券日起至
/// 元月15日止 … 面值最小10元,最大100元"): points turned into a voucher once a year per member,
/// used once, worth nothing after its last day.
public enum VoucherStatus: String, Sendable, CaseIterable { case issued, used, expired }

public struct Voucher: Record, Equatable {
    public static let kind = "vouchers"

    /// `V<year>-<account>`: one voucher per member per year, whichever card they carry.
    public let id: String
    public let card: String
    public let account: String
    public let name: String
    public let phone: String
    public let yuan: Int64
    public let points: Int64
    public let issuedOn: Day
    public let validUntil: Day
    /// The ledger entry that took the points.
    public let entry: String
    public var usedAt: Instant?
    public var receipt: String?
    public var usedBy: String?

    public static func id(account: String, year: Int) -> String { "V\(year)-\(account)" }

    /// Stored as issued or used; expired is read from the day.
    public func status(on day: Day) -> VoucherStatus {
        usedAt != nil ? .used : day > validUntil ? .expired : .issued
    }

    public init(
        member m: Member, year: Int, yuan: Int64, points: Int64, issuedOn: Day, validUntil: Day, entry: String
    ) {
        id = Self.id(account: m.account, year: year)
        card = m.card
        account = m.account
        name = m.name
        phone = m.phone
        self.yuan = yuan
        self.points = points
        self.issuedOn = issuedOn
        self.validUntil = validUntil
        self.entry = entry
    }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        card = try d.string("card")
        account = try d.string("account")
        name = try d.string("name")
        phone = try d.string("phone")
        yuan = try d.int("yuan")
        points = try d.int("points")
        issuedOn = try d.day("issuedOn")
        validUntil = try d.day("validUntil")
        entry = try d.string("entry")
        usedAt = try d.optionalInstant("usedAt")
        receipt = try d.optionalString("receipt")
        usedBy = try d.optionalString("usedBy")
    }

    public func write(into o: inout JSONObject) {
        o.add("card", card)
        o.add("account", account)
        o.add("name", name)
        o.add("phone", phone)
        o.add("yuan", yuan)
        o.add("points", points)
        o.add("issuedOn", issuedOn.iso)
        o.add("validUntil", validUntil.iso)
        o.add("entry", entry)
        o.add("usedAt", usedAt?.iso)
        o.add("receipt", receipt)
        o.add("usedBy", usedBy)
    }
}

public enum VoucherError: Failure, Equatable {
    case notFound(String)
    case alreadyUsed(id: String, receipt: String)
    case expired(id: String, validUntil: Day)

    public var status: ExitStatus { .refused }
    public var messageKey: MessageKey {
        switch self {
        case .notFound: .member(.voucherNotFound)
        case .alreadyUsed: .member(.voucherAlreadyUsed)
        case .expired: .member(.voucherExpired)
        }
    }
    public var messageArguments: [String] {
        switch self {
        case .notFound(let id): [id]
        case .alreadyUsed(let id, let r): [id, r]
        case .expired(let id, let d): [id, d.iso]
        }
    }
}
