/// Why a call is on the list: put there by hand, or by one of the rules `followup plan` runs.
public enum FollowupSource: String, Sendable, CaseIterable {
    case hand
    /// A member not seen for the days `plan --lapsed` names (定期客户电话回访).
    case lapsed
    /// A VIP member due the yearly visit (客户拜访制度).
    case visit
    /// A patient on the hospital's discharge list (出院患者随访).
    case discharged
}

/// Open until someone is reached, or until `followup.tries` calls went unanswered.
public enum FollowupStatus: String, Sendable, CaseIterable {
    case open, reached, unreached
}

public enum CallOutcome: String, Sendable, CaseIterable {
    case reached
    case noAnswer = "no-answer"
}

/// One call made: when, by whom, whether anyone answered, what was said.
public struct CallAttempt: Sendable, Equatable {
    public let at: Instant
    public let by: String
    public let outcome: CallOutcome
    public let note: String?

    public init(at: Instant, by: String, outcome: CallOutcome, note: String?) {
        self.at = at
        self.by = by
        self.outcome = outcome
        self.note = note
    }

    var json: JSON {
        var o = JSONObject()
        o.add("at", at.iso)
        o.add("by", by)
        o.add("outcome", outcome.rawValue)
        o.add("note", note)
        return .object(o)
    }

    init(json: JSON) throws(DocumentError) {
        guard let o = json.object else { throw DocumentError("a call is not an object") }
        let d = Document(o)
        at = try d.instant("at")
        by = try d.string("by")
        outcome = try d.choice("outcome", CallOutcome.self)
        note = try d.optionalString("note")
    }
}

/// One survey question's score (1–5), kept with the question as it was asked: a later change of
/// `followup.questions` re-labels nothing already answered.
public struct SurveyScore: Sendable, Equatable {
    public let question: String
    public let score: Int

    public init(question: String, score: Int) {
        self.question = question
        self.score = score
    }

    /// The lowest score given, overall or to any question: what makes a call "low".
    static func lowest(_ scores: [SurveyScore], satisfaction: Int?) -> Int? {
        (scores.map(\.score) + [satisfaction].compactMap { $0 }).min()
    }
}

/// A call the desk owes someone (回访): who, why, by when, each try, and what they said.
public struct Followup: Record, Equatable {
    public static let kind = "followups"
    public static var idSpace: DeskClaim? { .lettered("F") }

    public let id: String
    public let source: FollowupSource
    public let name: String
    public let phone: String
    public let card: String?
    /// The department, ward or counter the call is about (病区, 科室).
    public let ward: String?
    public let staff: String?
    public let reason: String?
    /// The discharge day, for a discharged patient.
    public let discharged: Day?
    public let due: Day
    public let createdAt: Instant
    public let createdBy: String
    public var status: FollowupStatus
    public var calls: [CallAttempt]
    public var satisfaction: Int?
    public var scores: [SurveyScore]
    public var comment: String?
    public var closedAt: Instant?
    /// The complaint a low score became.
    public var complaint: String?

    public struct Form: Sendable {
        public var source: FollowupSource
        public var name: String
        public var phone: String
        public var card: String?
        public var ward: String?
        public var staff: String?
        public var reason: String?
        public var discharged: Day?
        public var due: Day

        public init(
            source: FollowupSource = .hand, name: String, phone: String, card: String? = nil, ward: String? = nil,
            staff: String? = nil, reason: String? = nil, discharged: Day? = nil, due: Day
        ) {
            self.source = source
            self.name = name
            self.phone = phone
            self.card = card
            self.ward = ward
            self.staff = staff
            self.reason = reason
            self.discharged = discharged
            self.due = due
        }
    }

    public init(id: String, _ f: Form, createdAt: Instant, createdBy: String) {
        self.id = id
        source = f.source
        name = f.name
        phone = f.phone
        card = f.card
        ward = f.ward
        staff = f.staff
        reason = f.reason
        discharged = f.discharged
        due = f.due
        self.createdAt = createdAt
        self.createdBy = createdBy
        status = .open
        calls = []
        scores = []
    }

    /// The lowest score given (overall or any question), if any.
    public var lowestScore: Int? { SurveyScore.lowest(scores, satisfaction: satisfaction) }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        source = try d.choice("source", FollowupSource.self)
        name = try d.string("name")
        phone = try d.string("phone")
        card = try d.optionalString("card")
        ward = try d.optionalString("ward")
        staff = try d.optionalString("staff")
        reason = try d.optionalString("reason")
        discharged = try d.optionalDay("discharged")
        due = try d.day("due")
        createdAt = try d.instant("createdAt")
        createdBy = try d.string("createdBy")
        status = try d.choice("status", FollowupStatus.self)
        guard case .array(let list)? = d.value("calls") else { throw DocumentError("field calls is missing") }
        var tries = [CallAttempt]()
        for c in list { tries.append(try CallAttempt(json: c)) }
        calls = tries
        satisfaction = try d.optionalInt("satisfaction").map { Int($0) }
        scores = try Followup.scores(d)
        comment = try d.optionalString("comment")
        closedAt = try d.optionalInstant("closedAt")
        complaint = try d.optionalString("complaint")
    }

    public func write(into o: inout JSONObject) {
        o.add("source", source.rawValue)
        o.add("name", name)
        o.add("phone", phone)
        o.add("card", card)
        o.add("ward", ward)
        o.add("staff", staff)
        o.add("reason", reason)
        o.add("discharged", discharged?.iso)
        o.add("due", due.iso)
        o.add("createdAt", createdAt.iso)
        o.add("createdBy", createdBy)
        o.add("status", status.rawValue)
        o.add("calls", .array(calls.map(\.json)))
        o.add("satisfaction", satisfaction)
        o.add("scores", Followup.json(scores))
        o.add("comment", comment)
        o.add("closedAt", closedAt?.iso)
        o.add("complaint", complaint)
    }
}

extension Followup {
    /// Scores as stored: an object, question to score.
    static func scores(_ d: Document) throws(DocumentError) -> [SurveyScore] {
        guard case .object(let answers)? = d.value("scores") else { throw DocumentError("field scores is missing") }
        var given = [SurveyScore]()
        for (question, value) in answers.pairs {
            guard let n = value.int, (1...5).contains(n) else { throw DocumentError("a score is not 1 to 5") }
            given.append(SurveyScore(question: question, score: Int(n)))
        }
        return given
    }

    static func json(_ scores: [SurveyScore]) -> JSON {
        .object(JSONObject(scores.map { ($0.question, JSON.int(Int64($0.score))) }))
    }
}

/// The open calls: `phone:id` for each follow-up still open, its shard chosen by the phone, so
/// `add` asks whether a phone is already listed by reading one short shard under the lock, and
/// `followup due`, the board and completion read the calls owed from 16 small shards, never
/// every call ever made. Derived from the follow-ups (`doctor --repair` rebuilds it).
public struct OpenFollowup: Record, Equatable {
    public static let kind = "index-followup-open"
    public static var fixedShardCount: Int? { 16 }
    public static func shardKey(forID id: String) -> String { String(id.prefix { $0 != ":" }) }

    public let id: String
    public let followup: String
    public let due: Day
    public let name: String
    public let phone: String
    public let source: FollowupSource
    public let tries: Int

    public init(_ f: Followup) {
        id = "\(f.phone):\(f.id)"
        followup = f.id
        due = f.due
        name = f.name
        phone = f.phone
        source = f.source
        tries = f.calls.count
    }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        followup = try d.string("followup")
        due = try d.day("due")
        name = try d.string("name")
        phone = try d.string("phone")
        source = try d.choice("source", FollowupSource.self)
        tries = Int(try d.int("tries"))
    }

    public func write(into o: inout JSONObject) {
        o.add("followup", followup)
        o.add("due", due.iso)
        o.add("name", name)
        o.add("phone", phone)
        o.add("source", source.rawValue)
        o.add("tries", tries)
    }
}

extension Followup: Indexed {
    public static let openIndex = DerivedIndex<Followup, OpenFollowup> { f in f.status == .open ? [OpenFollowup(f)] : []
    }

    public static let monthIndex = DerivedIndex<Followup, FollowupMonth>(FollowupMonth.entries)

    public static func updateIndexes(before: Followup?, after: Followup?, in txn: inout Transaction) throws {
        try openIndex.update(before: before, after: after, in: &txn)
        try monthIndex.update(before: before, after: after, in: &txn)
    }
}
