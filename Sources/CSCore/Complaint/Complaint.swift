/// Where a complaint stands: open → escalated → waiting → resolved → closed (after the
/// follow-up call), and back to open when reopened.
public enum ComplaintStatus: String, Sendable, CaseIterable {
    case open, escalated, waiting, resolved, closed

    /// Still the desk's to answer: the promise runs (or is paused, while waiting).
    public var isPending: Bool { self == .open || self == .escalated || self == .waiting }
}

/// How the complaint reached the desk.
public enum ComplaintChannel: String, Sendable, CaseIterable {
    case hotline
    case onSite = "on-site"
    case online, letter
}

public enum Severity: String, Sendable, CaseIterable { case low, normal, high }

/// What a timeline entry records. Stable values; the CLI says them in the clerk's language.
public enum ComplaintAction: String, Sendable, CaseIterable {
    case received, note, escalated, waiting, resumed, resolved
    case followedUp = "followed-up"
    case reopened

    /// The states this action may start from (a note: any).
    public var allowedFrom: [ComplaintStatus] {
        switch self {
        case .received: []
        case .note: ComplaintStatus.allCases
        case .escalated: [.open, .escalated, .waiting]
        case .waiting: [.open, .escalated]
        case .resumed: [.waiting]
        case .resolved: [.open, .escalated, .waiting]
        case .followedUp: [.resolved]
        case .reopened: [.resolved, .closed]
        }
    }

    /// What a clerk may do from `status`, in the order the help lists the commands.
    public static func allowed(from status: ComplaintStatus) -> [ComplaintAction] {
        allCases.filter { $0.allowedFrom.contains(status) }
    }
}

/// One line of the complaint's timeline: who did what, when, with their words. Append-only:
/// the timeline is the complaint's history (listen, confirm, resolve, feed back).
public struct ComplaintEvent: Sendable, Equatable {
    public let at: Instant
    public let clerk: String
    public let action: ComplaintAction
    /// The note, the reason, the resolution or the follow-up remark.
    public let text: String?
    /// Escalated to whom.
    public let to: String?
    /// The state after this entry.
    public let status: ComplaintStatus

    public init(
        at: Instant, clerk: String, action: ComplaintAction, text: String? = nil, to: String? = nil,
        status: ComplaintStatus
    ) {
        self.at = at
        self.clerk = clerk
        self.action = action
        self.text = text
        self.to = to
        self.status = status
    }

    var json: JSON {
        var o = JSONObject()
        o.add("at", at.iso)
        o.add("clerk", clerk)
        o.add("action", action.rawValue)
        o.add("text", text)
        o.add("to", to)
        o.add("status", status.rawValue)
        return .object(o)
    }

    init(json: JSON) throws(DocumentError) {
        guard let o = json.object else { throw DocumentError("a timeline entry is not an object") }
        let d = Document(o)
        at = try d.instant("at")
        clerk = try d.string("clerk")
        action = try d.choice("action", ComplaintAction.self)
        text = try d.optionalString("text")
        to = try d.optionalString("to")
        status = try d.choice("status", ComplaintStatus.self)
    }
}

/// A complaint as the desk records it (seed 002, 六: time, customer, phone, the accused staff
/// member's number, the matter, the room), with the promise to answer it and its timeline.
///
/// The promise: `due` = `promiseFrom` + `promiseHours` + the time spent waiting on the customer.
/// While waiting, the clock is paused (`pausedAt`); the next action adds the pause to `due`,
/// so the record's `due` is always the deadline as of its last change.
public struct Complaint: Record, Equatable {
    public static let kind = "complaints"
    public static var idSpace: DeskClaim? { .lettered("C") }

    public let id: String
    public let receivedAt: Instant
    public let receivedBy: String
    public let customer: String
    /// To call back; a walk-in who gives only a surname leaves none.
    public let phone: String?
    public let card: String?
    public let channel: ComplaintChannel
    public let staff: String?
    public let room: String?
    public let category: String?
    public let severity: Severity
    public let matter: String
    /// Fixed when the complaint arrives, so a later change of the setting moves no deadline.
    public let promiseHours: Int
    public var status: ComplaintStatus
    /// When the current promise began: received, or reopened (a fresh promise).
    public var promiseFrom: Instant
    /// Seconds spent waiting on the customer since `promiseFrom`, not counted against it.
    public var pausedSeconds: Int64
    /// Set while waiting: when the clock stopped, and the state to go back to.
    public var pausedAt: Instant?
    public var waitingFrom: ComplaintStatus?
    public var due: Instant
    public var escalatedTo: String?
    public var resolvedAt: Instant?
    public var resolution: String?
    /// Minutes from `promiseFrom` to the resolution, net of waiting.
    public var minutesTaken: Int64?
    public var onTime: Bool?
    public var satisfaction: Int?
    public var followedUpAt: Instant?
    public var timeline: [ComplaintEvent]

    public struct Intake: Sendable {
        public var customer: String
        public var phone: String?
        public var card: String?
        public var channel: ComplaintChannel
        public var staff: String?
        public var room: String?
        public var category: String?
        public var severity: Severity
        public var matter: String

        public init(
            customer: String, phone: String?, card: String? = nil, channel: ComplaintChannel = .hotline,
            staff: String? = nil, room: String? = nil, category: String? = nil, severity: Severity = .normal,
            matter: String
        ) {
            self.customer = customer
            self.phone = phone
            self.card = card
            self.channel = channel
            self.staff = staff
            self.room = room
            self.category = category
            self.severity = severity
            self.matter = matter
        }
    }

    public init(id: String, intake i: Intake, receivedAt: Instant, receivedBy: String, promiseHours: Int) {
        self.id = id
        self.receivedAt = receivedAt
        self.receivedBy = receivedBy
        customer = i.customer
        phone = i.phone
        card = i.card
        channel = i.channel
        staff = i.staff
        room = i.room
        category = i.category
        severity = i.severity
        matter = i.matter
        self.promiseHours = promiseHours
        status = .open
        promiseFrom = receivedAt
        pausedSeconds = 0
        due = receivedAt.adding(seconds: Int64(promiseHours) * 3600)
        timeline = [ComplaintEvent(at: receivedAt, clerk: receivedBy, action: .received, text: i.matter, status: .open)]
    }

    /// Hours taken to resolve, to two places, from whole minutes ("26.50").
    public var hoursTaken: String? { minutesTaken.map(Complaint.hours) }

    static func hours(_ minutes: Int64) -> String { Decimal2.fraction(minutes, 60) }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        receivedAt = try d.instant("receivedAt")
        receivedBy = try d.string("receivedBy")
        customer = try d.string("customer")
        phone = try d.optionalString("phone")
        card = try d.optionalString("card")
        channel = try d.choice("channel", ComplaintChannel.self)
        staff = try d.optionalString("staff")
        room = try d.optionalString("room")
        category = try d.optionalString("category")
        severity = try d.choice("severity", Severity.self)
        matter = try d.string("matter")
        promiseHours = Int(try d.int("promiseHours"))
        status = try d.choice("status", ComplaintStatus.self)
        promiseFrom = try d.instant("promiseFrom")
        pausedSeconds = try d.optionalInt("pausedSeconds") ?? 0
        pausedAt = try d.optionalInstant("pausedAt")
        waitingFrom = try d.optionalString("waitingFrom").map { s throws(DocumentError) in
            guard let w = ComplaintStatus(rawValue: s) else { throw DocumentError("field waitingFrom has value \(s)") }
            return w
        }
        due = try d.instant("due")
        escalatedTo = try d.optionalString("escalatedTo")
        resolvedAt = try d.optionalInstant("resolvedAt")
        resolution = try d.optionalString("resolution")
        minutesTaken = try d.optionalInt("minutesTaken")
        onTime = try d.value("onTime").map { v throws(DocumentError) in
            guard let b = v.bool else { throw DocumentError("field onTime is not true/false") }
            return b
        }
        satisfaction = try d.optionalInt("satisfaction").map { Int($0) }
        followedUpAt = try d.optionalInstant("followedUpAt")
        guard case .array(let list)? = d.value("timeline") else { throw DocumentError("field timeline is missing") }
        var events = [ComplaintEvent]()
        for e in list { events.append(try ComplaintEvent(json: e)) }
        timeline = events
    }

    public func write(into o: inout JSONObject) {
        o.add("receivedAt", receivedAt.iso)
        o.add("receivedBy", receivedBy)
        o.add("customer", customer)
        o.add("phone", phone)
        o.add("card", card)
        o.add("channel", channel.rawValue)
        o.add("staff", staff)
        o.add("room", room)
        o.add("category", category)
        o.add("severity", severity.rawValue)
        o.add("matter", matter)
        o.add("promiseHours", promiseHours)
        o.add("status", status.rawValue)
        o.add("promiseFrom", promiseFrom.iso)
        o.add("pausedSeconds", pausedSeconds)
        o.add("pausedAt", pausedAt?.iso)
        o.add("waitingFrom", waitingFrom?.rawValue)
        o.add("due", due.iso)
        o.add("escalatedTo", escalatedTo)
        o.add("resolvedAt", resolvedAt?.iso)
        o.add("resolution", resolution)
        o.add("minutesTaken", minutesTaken)
        o.add("onTime", onTime)
        o.add("satisfaction", satisfaction)
        o.add("followedUpAt", followedUpAt?.iso)
        o.add("timeline", .array(timeline.map(\.json)))
    }

    /// The number after the desk in the id, so `C01-10` sorts after `C01-9`.
    var sequence: Int { Int(id.split(separator: "-").last ?? "") ?? 0 }
}

/// Exact decimals for figures that are ratios of integers: hours from minutes, rates, means.
public enum Decimal2 {
    /// `n / d` to two places, rounded half away from zero ("1.67").
    public static func fraction(_ n: Int64, _ d: Int64, places: Int = 2) -> String {
        guard d != 0 else { return "" }
        var scale: Int64 = 1
        for _ in 0..<places { scale *= 10 }
        let negative = (n < 0) != (d < 0)
        let a = abs(n) * scale * 2 + abs(d)
        let scaled = a / (abs(d) * 2)
        let whole = scaled / scale
        var frac = String(scaled % scale)
        while frac.count < places { frac = "0" + frac }
        return (negative && scaled != 0 ? "-" : "") + String(whole) + (places > 0 ? "." + frac : "")
    }
}
