import CSCore

/// Follow-ups for the call-back rows: as many as members over three years, each called once or
/// three times and closed, but the last week's, which are still owed.
extension Generator {
    mutating func followups(into txn: inout Transaction, count: Int) throws {
        let questions = ["服务态度", "环境卫生", "等候时间"]
        for i in 0..<count {
            let secondsAgo = Int64(count - i) * Int64(3 * 365 * 86_400) / Int64(count) + Int64(rng.int(0...600))
            let at = now.adding(seconds: -secondsAgo)
            let form = Followup.Form(
                source: [.hand, .lapsed, .visit, .discharged][rng.int(0...3)], name: "回访\(i)",
                phone: Generator.phone(i),
                ward: ["骨科", "心内科", "V08", "大厅"][rng.int(0...3)], staff: "D\(rng.int(1...40))", due: at.day)
            var f = Followup(id: "F01-\(i + 1)", form, createdAt: at, createdBy: "bench")
            if secondsAgo > 7 * 86_400 {
                let reached = rng.int(0...4) != 0
                let tries = reached ? 1 : 3
                for t in 0..<tries {
                    let callAt = at.adding(seconds: Int64(3600 * (t + 1)))
                    f.calls.append(
                        CallAttempt(at: callAt, by: "bench", outcome: reached ? .reached : .noAnswer, note: nil))
                }
                f.status = reached ? .reached : .unreached
                f.closedAt = f.calls.last?.at
                if reached {
                    f.satisfaction = rng.int(1...5)
                    f.scores = questions.map { SurveyScore(question: $0, score: rng.int(1...5)) }
                }
            }
            try txn.insert(f, action: "add")
        }
        try txn.advanceSequence("followups", to: Int64(count))
    }

    /// Enquiries as many as members over three years, all answered but the last hour's.
    mutating func enquiries(into txn: inout Transaction, count: Int) throws {
        for i in 0..<count {
            let secondsAgo = Int64(count - i) * Int64(3 * 365 * 86_400) / Int64(count) + Int64(rng.int(0...600))
            let at = now.adding(seconds: -secondsAgo)
            var e = Enquiry(
                id: "Q01-\(i + 1)", channel: rng.int(0...1) == 0 ? .phone : .onSite, name: "咨询\(i)",
                phone: Generator.phone(i), topic: ["预约", "价格", "活动", "寻人"][rng.int(0...3)], text: "bench",
                takenAt: at, takenBy: "bench")
            if secondsAgo > 3600 {
                e.status = .answered
                e.answer = "bench"
                e.answeredAt = at.adding(seconds: 300)
                e.answeredBy = "bench"
            }
            try txn.insert(e, action: "new")
        }
        try txn.advanceSequence("enquiries", to: Int64(count))
    }
}
