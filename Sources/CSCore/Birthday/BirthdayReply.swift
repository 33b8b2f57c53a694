/// What a member said when the desk called about the birthday (the seed: 追踪客人是否能过来):
/// the manager counts who is coming before the gifts and the room are prepared.
public enum ReplyAnswer: String, Sendable, CaseIterable {
    case coming
    case notComing = "not-coming"
    case unsure
}

/// One member's answer for one birthday year; a later call replaces it (journalled, so the
/// earlier answer stays in `cs log`).
public struct BirthdayReply: Record, Equatable {
    public static let kind = "birthday-replies"

    /// `card:year`: a member answers once per birthday, the latest answer counts.
    public let id: String
    public let card: String
    public let name: String
    public let phone: String
    public let forDate: Day
    public var answer: ReplyAnswer
    public var note: String?
    public var at: Instant
    public var by: String

    public static func id(card: String, year: Int) -> String { "\(card):\(year)" }

    public init(card: String, name: String, phone: String, forDate: Day, answer: ReplyAnswer, at: Instant, by: String) {
        id = Self.id(card: card, year: forDate.year)
        self.card = card
        self.name = name
        self.phone = phone
        self.forDate = forDate
        self.answer = answer
        self.at = at
        self.by = by
    }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        card = try d.string("card")
        name = try d.string("name")
        phone = try d.string("phone")
        forDate = try d.day("forDate")
        answer = try d.choice("answer", ReplyAnswer.self)
        note = try d.optionalString("note")
        at = try d.instant("at")
        by = try d.string("by")
    }

    public func write(into o: inout JSONObject) {
        o.add("card", card)
        o.add("name", name)
        o.add("phone", phone)
        o.add("forDate", forDate.iso)
        o.add("answer", answer.rawValue)
        o.add("note", note)
        o.add("at", at.iso)
        o.add("by", by)
    }
}
