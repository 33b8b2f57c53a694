/// The complaint desk (投诉): intake, the timeline of what was done, the 48-hour promise, the
/// follow-up call (回访) and reopening. Every check that decides a change — above all whether
/// a transition is allowed from the complaint's state — is made under the lock, on the record
/// as it is then: of two clerks acting on one complaint at once, the second sees the first's
/// change.
public struct ComplaintDesk: DeskRules {
    public static let commandPrefix = "complaint"
    public let context: DeskContext

    public init(_ context: DeskContext) { self.context = context }

    /// How far back `--received` may date a complaint: a letter a month old is still answered.
    public static let receivedAtMostDaysBefore: Int64 = 31

    /// Records a complaint; `--card` (or a phone that is a current member's) links the member.
    /// `received`: when a letter or message arrived, if before now (the promise runs from then);
    /// never in the future, and not more than `receivedAtMostDaysBefore` days back.
    public func new(_ intake: Complaint.Intake, received: Instant? = nil) throws -> Complaint {
        let phone = try intake.phone.map { typed in
            guard let p = Phone(typed) else { throw FieldError.invalid(.phone, value: typed, accepted: .phone) }
            return p
        }
        let now = clock.now
        let receivedAt = received ?? now
        guard receivedAt <= now, now.epochSeconds - receivedAt.epochSeconds <= Self.receivedAtMostDaysBefore * 86_400
        else {
            throw FieldError.invalid(.received, value: receivedAt.short, accepted: .receivedBeforeNow)
        }
        return try change("new") { txn in
            var i = intake
            i.phone = phone?.digits
            return try file(i, receivedAt: receivedAt, in: &txn)
        }
    }

    /// Files a complaint inside another desk's transaction (a follow-up call's low score becomes
    /// one): numbered, linked to the member and promised as every complaint is. `intake.phone`
    /// is already normalised.
    public func file(_ intake: Complaint.Intake, receivedAt: Instant, in txn: inout Transaction) throws -> Complaint {
        var i = intake
        i.staff = intake.staff.map(ComplaintDesk.normalizedStaff)
        if let card = intake.card {
            i.card = try Member.find(card, in: txn).card
        } else if let phone = i.phone, let entry = try txn.get(PhoneIndexEntry.self, id: phone) {
            i.card = entry.card
        }
        let id = "C\(config.deskID)-\(try txn.nextNumber("complaint"))"
        let c = Complaint(
            id: id, intake: i, receivedAt: receivedAt, receivedBy: clerk,
            promiseHours: config.int(.complaintPromiseHours))
        try txn.put(c, action: "new")
        return c
    }

    public func show(_ id: String) throws -> Complaint {
        guard let c = try store.get(Complaint.self, id: RecordID.normalized(id)) else {
            throw ComplaintError.notFound(id)
        }
        return c
    }

    /// Applies `action` to the complaint as it is under the lock: refused, naming the state and
    /// what is possible from it, when the state does not allow it. Any action on a waiting
    /// complaint ends the pause (a note does not: it is not an action on the complaint).
    func act(
        _ id: String, _ action: ComplaintAction, text: String? = nil, to: String? = nil,
        _ apply: (inout Complaint, Instant) -> Void
    ) throws -> Complaint {
        try change(action.command) { txn in
            guard var c = try txn.get(Complaint.self, id: RecordID.normalized(id)) else {
                throw ComplaintError.notFound(id)
            }
            guard action.allowedFrom.contains(c.status) else {
                throw ComplaintError.notAllowed(
                    id: c.id, action: action, status: c.status,
                    allowed: ComplaintAction.allowed(from: c.status))
            }
            let now = clock.now
            if action != .note, let paused = c.pausedAt {
                let seconds = max(0, now.epochSeconds - paused.epochSeconds)
                c.pausedSeconds += seconds
                c.due = c.due.adding(seconds: seconds)
                c.pausedAt = nil
            }
            apply(&c, now)
            if c.status != .waiting { c.waitingFrom = nil }
            c.timeline.append(
                ComplaintEvent(
                    at: now, clerk: clerk, action: action, text: text, to: to,
                    status: c.status))
            try txn.put(c, action: action.command)
            return c
        }
    }

    public func note(_ id: String, _ text: String) throws -> Complaint {
        try act(id, .note, text: text) { _, _ in }
    }

    /// What the clerk cannot settle at once goes to the supervisor without delay (seed 002, 六).
    public func escalate(_ id: String, to: String, note: String?) throws -> Complaint {
        try act(id, .escalated, text: note, to: to) { c, _ in
            c.status = .escalated
            c.escalatedTo = to
        }
    }

    /// Waiting on the customer: the promise's clock stops until the next action.
    public func wait(_ id: String, reason: String) throws -> Complaint {
        try act(id, .waiting, text: reason) { c, now in
            c.waitingFrom = c.status
            c.status = .waiting
            c.pausedAt = now
        }
    }

    /// The customer came back: the clock runs again, in the state it waited from.
    public func resume(_ id: String, note: String?) throws -> Complaint {
        try act(id, .resumed, text: note) { c, _ in c.status = c.waitingFrom ?? .open }
    }

    public func resolve(_ id: String, resolution: String) throws -> Complaint {
        try act(id, .resolved, text: resolution) { c, now in
            c.status = .resolved
            c.resolvedAt = now
            c.resolution = resolution
            let net = now.epochSeconds - c.promiseFrom.epochSeconds - c.pausedSeconds
            c.minutesTaken = max(0, net) / 60
            c.onTime = now <= c.due
        }
    }

    /// The follow-up call (回访): the customer's satisfaction, 1 to 5; closes the complaint.
    public func followUp(_ id: String, satisfaction: Int, note: String?) throws -> Complaint {
        guard (1...5).contains(satisfaction) else { throw ComplaintError.invalidSatisfaction(String(satisfaction)) }
        return try act(id, .followedUp, text: note) { c, now in
            c.status = .closed
            c.satisfaction = satisfaction
            c.followedUpAt = now
        }
    }

    /// Back to open with a fresh promise; the earlier resolution stays in the timeline.
    public func reopen(_ id: String, reason: String) throws -> Complaint {
        try act(id, .reopened, text: reason) { c, now in
            c.status = .open
            c.promiseFrom = now
            c.pausedSeconds = 0
            c.due = now.adding(seconds: Int64(c.promiseHours) * 3600)
            c.resolvedAt = nil
            c.resolution = nil
            c.minutesTaken = nil
            c.onTime = nil
            c.satisfaction = nil
            c.followedUpAt = nil
        }
    }
}

extension ComplaintAction {
    /// The command that performs it (as the journal and the refusals name it).
    public var command: String {
        switch self {
        case .received: "new"
        case .note: "note"
        case .escalated: "escalate"
        case .waiting: "wait"
        case .resumed: "resume"
        case .resolved: "resolve"
        case .followedUp: "follow-up"
        case .reopened: "reopen"
        }
    }
}
