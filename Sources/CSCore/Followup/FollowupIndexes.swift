/// A follow-up's month (`2026-10:F01-7`, one shard per month): the days of its calls in the
/// month and, when it closed then, how — what `report` adds up, so a month's analysis reads that
/// month's entries, not every follow-up ever made (100,000 follow-ups: 1.1 s). Derived.
public struct FollowupMonth: Record, Equatable {
    public static let kind = "index-followup-month"
    public static func shardKey(forID id: String) -> String { String(id.prefix(7)) }

    public let id: String
    public let name: String
    public let ward: String?
    public let staff: String?
    /// One day per call made in the month.
    public let callDays: [Day]
    /// Set when the follow-up closed in this month.
    public let closedAt: Instant?
    public let status: FollowupStatus
    public let satisfaction: Int?
    public let scores: [SurveyScore]
    public let comment: String?

    public var followup: String { String(id.dropFirst(8)) }

    static func entries(_ f: Followup) -> [FollowupMonth] {
        var months = Set(f.calls.map { Month($0.at.day) })
        let closedMonth = f.closedAt.map { Month($0.day) }
        if let closedMonth { months.insert(closedMonth) }
        return months.sorted().map { m in
            let closedHere = closedMonth == m
            return FollowupMonth(
                id: "\(m.iso):\(f.id)", name: f.name, ward: f.ward, staff: f.staff,
                callDays: f.calls.map(\.at.day).filter { Month($0) == m }, closedAt: closedHere ? f.closedAt : nil,
                status: f.status, satisfaction: closedHere ? f.satisfaction : nil, scores: closedHere ? f.scores : [],
                comment: closedHere ? f.comment : nil)
        }
    }

    init(
        id: String, name: String, ward: String?, staff: String?, callDays: [Day], closedAt: Instant?,
        status: FollowupStatus, satisfaction: Int?, scores: [SurveyScore], comment: String?
    ) {
        self.id = id
        self.name = name
        self.ward = ward
        self.staff = staff
        self.callDays = callDays
        self.closedAt = closedAt
        self.status = status
        self.satisfaction = satisfaction
        self.scores = scores
        self.comment = comment
    }

    public var lowestScore: Int? { SurveyScore.lowest(scores, satisfaction: satisfaction) }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        name = try d.string("name")
        ward = try d.optionalString("ward")
        staff = try d.optionalString("staff")
        guard case .array(let days)? = d.value("callDays") else { throw DocumentError("field callDays is missing") }
        var parsed = [Day]()
        for v in days {
            guard let s = v.string, let day = Day(iso: s) else { throw DocumentError("a call day is not a date") }
            parsed.append(day)
        }
        callDays = parsed
        closedAt = try d.optionalInstant("closedAt")
        status = try d.choice("status", FollowupStatus.self)
        satisfaction = try d.optionalInt("satisfaction").map { Int($0) }
        scores = try Followup.scores(d)
        comment = try d.optionalString("comment")
    }

    public func write(into o: inout JSONObject) {
        o.add("name", name)
        o.add("ward", ward)
        o.add("staff", staff)
        o.add("callDays", .array(callDays.map { .string($0.iso) }))
        o.add("closedAt", closedAt?.iso)
        o.add("status", status.rawValue)
        o.add("satisfaction", satisfaction)
        o.add("scores", Followup.json(scores))
        o.add("comment", comment)
    }
}
