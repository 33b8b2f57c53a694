/// `followup report`: the satisfaction analysis (满意度统计分析) the hospital texts ask for — how
/// many calls reached someone, the mean score of each question and per ward and staff member,
/// the share of low scores, and what people said. Counts follow-ups closed in the period.
public struct FollowupReport: Sendable, Equatable {
    public struct Question: Sendable, Equatable {
        public let question: String
        public let answers: Int
        public let mean: String?
    }

    /// A ward (or department) or a staff member, and how the people reached rated it: overall
    /// and question by question.
    public struct Group: Sendable, Equatable {
        public let by: String
        public let name: String
        public let reached: Int
        public let meanSatisfaction: String?
        public let low: Int
        public let questions: [Question]
    }

    public struct Comment: Sendable, Equatable {
        public let id: String
        public let name: String
        public let lowest: Int?
        public let comment: String
    }

    public let from: Day
    public let through: Day
    /// Calls made in the period, answered or not.
    public let calls: Int
    public let reached: Int
    public let unreached: Int
    public let reachedRate: String?
    public let meanSatisfaction: String?
    public let questions: [Question]
    public let groups: [Group]
    /// Reached follow-ups with a score at or below `followup.lowScore`.
    public let low: Int
    public let lowShare: String?
    public let comments: [Comment]
}

/// The figures of one group (the whole period, a ward, a staff member) as the entries go by.
struct FollowupTally {
    var reached = 0
    var low = 0
    var satisfaction = [Int]()
    var scores = [String: [Int]]()

    mutating func add(_ e: FollowupMonth, low limit: Int) {
        reached += 1
        if let s = e.satisfaction { satisfaction.append(s) }
        if (e.lowestScore ?? Int.max) <= limit { low += 1 }
        for s in e.scores { scores[s.question, default: []].append(s.score) }
    }

    /// Each question's answers and mean, in the order given.
    func questions(_ order: [String]) -> [FollowupReport.Question] {
        order.map { q in
            FollowupReport.Question(
                question: q, answers: scores[q]?.count ?? 0, mean: FollowupTally.mean(scores[q] ?? []))
        }
    }

    static func mean(_ values: [Int]) -> String? {
        values.isEmpty ? nil : Decimal2.fraction(Int64(values.reduce(0, +)), Int64(values.count))
    }
}

extension FollowupDesk {
    /// Reads the months the period touches from the by-month index (a week across a month's end
    /// reads two), never the whole register, and adds them up in one pass (filtering copies of
    /// the entries for each figure was half the report's time).
    public func report(from: Day, through: Day) throws -> FollowupReport {
        var entries = [FollowupMonth]()
        var month = Month(from)
        while month <= Month(through) {
            let shard = try store.records(FollowupMonth.self, shardKey: month.iso, idPrefix: month.iso + ":") { _ in
                true
            }
            entries += shard.records
            month = Month(month.firstDay.adding(months: 1))
        }
        let limit = config.int(.followupLowScore)
        var questions = config.words(.followupQuestions)
        var all = FollowupTally()
        var wards = [String: FollowupTally]()
        var staff = [String: FollowupTally]()
        var calls = 0
        var unreached = 0
        var comments = [FollowupReport.Comment]()
        for e in entries {
            calls += e.callDays.filter { $0 >= from && $0 <= through }.count
            guard let closed = e.closedAt?.day, closed >= from && closed <= through else { continue }
            guard e.status == .reached else {
                unreached += e.status == .unreached ? 1 : 0
                continue
            }
            all.add(e, low: limit)
            if let w = e.ward { wards[w, default: FollowupTally()].add(e, low: limit) }
            if let s = e.staff { staff[s, default: FollowupTally()].add(e, low: limit) }
            // A question asked before `followup.questions` changed is reported too, after them.
            for s in e.scores where !questions.contains(s.question) { questions.append(s.question) }
            if let c = e.comment {
                comments.append(FollowupReport.Comment(id: e.followup, name: e.name, lowest: e.lowestScore, comment: c))
            }
        }
        let groups = [("ward", wards), ("staff", staff)].flatMap { by, tallies in
            tallies.keys.sorted().map { name in
                let t = tallies[name] ?? FollowupTally()
                return FollowupReport.Group(
                    by: by, name: name, reached: t.reached, meanSatisfaction: FollowupTally.mean(t.satisfaction),
                    low: t.low, questions: t.questions(questions))
            }
        }
        let finished = all.reached + unreached
        return FollowupReport(
            from: from, through: through, calls: calls, reached: all.reached, unreached: unreached,
            reachedRate: finished == 0 ? nil : Decimal2.fraction(Int64(all.reached) * 100, Int64(finished), places: 1),
            meanSatisfaction: FollowupTally.mean(all.satisfaction),
            questions: all.questions(questions), groups: groups, low: all.low,
            lowShare: all.reached == 0 ? nil : Decimal2.fraction(Int64(all.low) * 100, Int64(all.reached), places: 1),
            // Oldest first, as the register numbers them (only the comments are put in order: sorting
            // every entry was a sixth of the report).
            comments: comments.sorted { (sequence($0.id), $0.id) < (sequence($1.id), $1.id) })
    }

    private func sequence(_ id: String) -> Int { Int(id.split(separator: "-").last ?? "") ?? 0 }
}
