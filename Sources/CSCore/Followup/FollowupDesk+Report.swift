/// `followup report`: the satisfaction analysis (满意度统计分析) the hospital texts ask for — how
/// many calls reached someone, the mean score of each question and per ward and staff member,
/// the share of low scores, and what people said. Counts follow-ups closed in the period.
public struct FollowupReport: Sendable, Equatable {
    public struct Question: Sendable, Equatable {
        public let question: String
        public let answers: Int
        public let mean: String?
    }

    /// A ward (or department) or a staff member, and how the people reached rated it.
    public struct Group: Sendable, Equatable {
        public let by: String
        public let name: String
        public let reached: Int
        public let meanSatisfaction: String?
        public let low: Int
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

extension FollowupDesk {
    /// Reads the months the period touches from the by-month index (a week across a month's end
    /// reads two), never the whole register.
    public func report(from: Day, through: Day) throws -> FollowupReport {
        var entries = [FollowupMonth]()
        var month = Month(from)
        while month <= Month(through) {
            entries += try store.records(FollowupMonth.self, shardKey: month.iso, idPrefix: month.iso + ":") { _ in true
            }
            .records
            month = Month(month.firstDay.adding(months: 1))
        }
        entries.sort {
            ($0.closedAt ?? Instant(epochSeconds: 0, offset: .utc), $0.id) < (
                $1.closedAt ?? Instant(epochSeconds: 0, offset: .utc), $1.id
            )
        }
        let inPeriod = { (d: Day) in d >= from && d <= through }
        let closed = entries.filter { e in e.closedAt.map { inPeriod($0.day) } ?? false }
        let reached = closed.filter { $0.status == .reached }
        let lowLimit = config.int(.followupLowScore)
        let isLow = { (e: FollowupMonth) in (e.lowestScore ?? Int.max) <= lowLimit }
        func mean(_ values: [Int]) -> String? {
            values.isEmpty ? nil : Decimal2.fraction(Int64(values.reduce(0, +)), Int64(values.count))
        }
        var questions = config.words(.followupQuestions)
        for q in reached.flatMap({ $0.scores.map(\.question) }) where !questions.contains(q) { questions.append(q) }
        let perQuestion = questions.map { q in
            let s = reached.flatMap { $0.scores.filter { $0.question == q }.map(\.score) }
            return FollowupReport.Question(question: q, answers: s.count, mean: mean(s))
        }
        var groups = [FollowupReport.Group]()
        for (by, key) in [("ward", \FollowupMonth.ward), ("staff", \FollowupMonth.staff)] {
            for name in Set(reached.compactMap { $0[keyPath: key] }).sorted() {
                let mine = reached.filter { $0[keyPath: key] == name }
                groups.append(
                    FollowupReport.Group(
                        by: by, name: name, reached: mine.count,
                        meanSatisfaction: mean(mine.compactMap(\.satisfaction)),
                        low: mine.filter(isLow).count))
            }
        }
        let lowCount = reached.filter(isLow).count
        let unreached = closed.filter { $0.status == .unreached }.count
        let finished = reached.count + unreached
        return FollowupReport(
            from: from, through: through, calls: entries.flatMap(\.callDays).filter(inPeriod).count,
            reached: reached.count, unreached: unreached,
            reachedRate: finished == 0
                ? nil : Decimal2.fraction(Int64(reached.count) * 100, Int64(finished), places: 1),
            meanSatisfaction: mean(reached.compactMap(\.satisfaction)), questions: perQuestion, groups: groups,
            low: lowCount,
            lowShare: reached.isEmpty ? nil : Decimal2.fraction(Int64(lowCount) * 100, Int64(reached.count), places: 1),
            comments: reached.compactMap { e in
                e.comment.map {
                    FollowupReport.Comment(id: e.followup, name: e.name, lowest: e.lowestScore, comment: $0)
                }
            })
    }
}
