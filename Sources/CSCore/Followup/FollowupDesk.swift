/// The call-back desk (回访): a list of calls owed — put there by hand or by `plan`'s rules — each
/// with a due day; each call tried until someone answers or `followup.tries` calls went
/// unanswered; the answers to the configured survey, scored 1–5. Every check that decides a
/// change is made under the lock, on the follow-up as it is then.
public struct FollowupDesk: DeskRules {
    public static let commandPrefix = "followup"
    public let context: DeskContext

    public init(_ context: DeskContext) { self.context = context }

    /// Puts one call on the list by hand. One open call per phone: a second is refused naming
    /// the first.
    public func add(_ form: Followup.Form) throws -> Followup {
        guard let phone = Phone(form.phone) else {
            throw FieldError.invalid(.phone, value: form.phone, accepted: .phone)
        }
        return try change("add") { txn in
            var f = form
            f.phone = phone.digits
            if let card = form.card { f.card = try Member.find(card, in: txn).card }
            let listed = try txn.records(OpenFollowup.self, shardKey: phone.digits, idPrefix: phone.digits + ":") { _ in
                true
            }
            if let open = listed.first { throw FollowupError.alreadyListed(id: open.followup, phone: phone.digits) }
            return try make(f, in: &txn)
        }
    }

    func make(_ form: Followup.Form, in txn: inout Transaction) throws -> Followup {
        let f = Followup(
            id: "F\(config.deskID)-\(try txn.nextNumber("followups"))", form, createdAt: clock.now, createdBy: clerk)
        try txn.put(f, action: "add")
        return f
    }

    /// What was said on one call.
    public struct Call: Sendable {
        public var outcome: CallOutcome
        public var satisfaction: Int?
        /// One per question of `followup.questions`, in its order.
        public var scores: [Int]?
        public var comment: String?
        public var note: String?

        public init(
            outcome: CallOutcome, satisfaction: Int? = nil, scores: [Int]? = nil, comment: String? = nil,
            note: String? = nil
        ) {
            self.outcome = outcome
            self.satisfaction = satisfaction
            self.scores = scores
            self.comment = comment
            self.note = note
        }
    }

    /// Records a call. Reached: the follow-up closes with what was said. Not answered: tried
    /// again later, closed unreached after `followup.tries` unanswered calls.
    public func call(_ id: String, _ call: Call) throws -> Followup {
        let questions = config.words(.followupQuestions)
        if call.outcome == .noAnswer && (call.satisfaction != nil || call.scores != nil || call.comment != nil) {
            throw FollowupError.scoresWithoutAnswer
        }
        if let s = call.scores, s.count != questions.count {
            throw FollowupError.scoreCount(given: s.count, questions: questions.joined(separator: ","))
        }
        return try change("call") { txn in
            var f = try open(id, in: txn)
            let now = clock.now
            f.calls.append(CallAttempt(at: now, by: clerk, outcome: call.outcome, note: call.note))
            if call.outcome == .reached {
                f.status = .reached
                f.satisfaction = call.satisfaction
                f.scores = zip(questions, call.scores ?? []).map { SurveyScore(question: $0, score: $1) }
                f.comment = call.comment
                f.closedAt = now
            } else if f.calls.filter({ $0.outcome == .noAnswer }).count >= config.int(.followupTries) {
                f.status = .unreached
                f.closedAt = now
            }
            try txn.put(f, action: "call")
            return f
        }
    }

    func open(_ id: String, in txn: Transaction) throws -> Followup {
        guard let f = try txn.get(Followup.self, id: RecordID.normalized(id)) else { throw FollowupError.notFound(id) }
        guard f.status == .open else {
            throw FollowupError.closed(id: f.id, status: f.status, at: f.closedAt ?? f.createdAt)
        }
        return f
    }

    /// Makes a low score a complaint (one command, one transaction): the complaint carries the
    /// person, the ward and staff, and the customer's words; the follow-up records its id.
    public func complain(_ id: String, severity: Severity) throws -> (Followup, Complaint) {
        try change("complain") { txn in
            guard var f = try txn.get(Followup.self, id: RecordID.normalized(id)) else {
                throw FollowupError.notFound(id)
            }
            if let c = f.complaint { throw FollowupError.alreadyComplaint(id: f.id, complaint: c) }
            let low = config.int(.followupLowScore)
            guard let lowest = f.lowestScore, lowest <= low else {
                throw FollowupError.notLow(id: f.id, lowest: f.lowestScore.map(String.init) ?? "—", low: low)
            }
            let scores =
                f.scores.map { "\($0.question) \($0.score)" } + [f.satisfaction.map { "\($0)/5" }].compactMap { $0 }
            let intake = Complaint.Intake(
                customer: f.name, phone: f.phone, card: f.card, channel: .hotline, staff: f.staff, room: f.ward,
                category: nil, severity: severity,
                matter: [f.comment, "(\(f.id): \(scores.joined(separator: ", ")))"].compactMap { $0 }.joined(
                    separator: " "))
            let c = try ComplaintDesk(context).file(intake, receivedAt: clock.now, in: &txn)
            f.complaint = c.id
            try txn.put(f, action: "complain")
            return (f, c)
        }
    }

    public func show(_ id: String) throws -> Followup {
        guard let f = try store.get(Followup.self, id: RecordID.normalized(id)) else {
            throw FollowupError.notFound(id)
        }
        return f
    }

    /// Follow-ups by due day, then as made.
    public func list(status: FollowupStatus?) throws -> ScanResult<Followup> {
        var scan = try store.scan(Followup.self)
        scan.records = scan.records.filter { f in status.map { f.status == $0 } ?? true }
            .inRegisterOrder { $0.due }
        return scan
    }

    /// The calls owed on or before `day`, from the open-calls index, earliest due first.
    public func due(on day: Day) throws -> [OpenFollowup] {
        try store.scan(OpenFollowup.self).records.filter { $0.due <= day }
            .inRegisterOrder { $0.due }
    }
}
