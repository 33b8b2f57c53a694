/// The pending complaints (open, escalated, waiting) with what `overdue` decides on: the hourly
/// cron job reads a few files of pending complaints, not years of closed ones. Derived from the
/// complaints (`doctor --repair` rebuilds it).
public struct PendingComplaint: Record, Equatable {
    public static let kind = "index-complaint-pending"
    /// Pending complaints are few: a handful of files is read at once.
    public static var fixedShardCount: Int? { 16 }

    public let id: String
    public let status: ComplaintStatus
    public let due: Instant
    public let receivedAt: Instant
    public let customer: String
    public let staff: String?
    public let severity: Severity
    public let matter: String

    public init(_ c: Complaint) {
        id = c.id
        status = c.status
        due = c.due
        receivedAt = c.receivedAt
        customer = c.customer
        staff = c.staff
        severity = c.severity
        matter = c.matter
    }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        status = try d.choice("status", ComplaintStatus.self)
        due = try d.instant("due")
        receivedAt = try d.instant("receivedAt")
        customer = try d.string("customer")
        staff = try d.optionalString("staff")
        severity = try d.choice("severity", Severity.self)
        matter = try d.string("matter")
    }

    public func write(into o: inout JSONObject) {
        o.add("status", status.rawValue)
        o.add("due", due.iso)
        o.add("receivedAt", receivedAt.iso)
        o.add("customer", customer)
        o.add("staff", staff)
        o.add("severity", severity.rawValue)
        o.add("matter", matter)
    }

    /// The promise is running (not paused) and ends before `limit`.
    func isDue(before limit: Instant) -> Bool { status != .waiting && due < limit }
}

/// A month's complaints, kept together in one shard with the figures the monthly review counts,
/// so `report --month` reads one file, not every complaint ever received.
public struct ComplaintMonthEntry: Record, Equatable {
    public static let kind = "index-complaint-month"
    /// `YYYY-MM/C01-7`.
    public let id: String
    public let status: ComplaintStatus
    public let channel: ComplaintChannel
    public let category: String?
    public let severity: Severity
    public let staff: String?
    public let minutesTaken: Int64?
    public let onTime: Bool?
    public let satisfaction: Int?

    init(_ c: Complaint, month: Month) {
        id = "\(month.iso)/\(c.id)"
        status = c.status
        channel = c.channel
        category = c.category
        severity = c.severity
        staff = c.staff
        minutesTaken = c.minutesTaken
        onTime = c.onTime
        satisfaction = c.satisfaction
    }

    public static func shardKey(forID id: String) -> String { String(id.prefix(7)) }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        status = try d.choice("status", ComplaintStatus.self)
        channel = try d.choice("channel", ComplaintChannel.self)
        category = try d.optionalString("category")
        severity = try d.choice("severity", Severity.self)
        staff = try d.optionalString("staff")
        minutesTaken = try d.optionalInt("minutesTaken")
        onTime = d.value("onTime").flatMap(\.bool)
        satisfaction = try d.optionalInt("satisfaction").map { Int($0) }
    }

    public func write(into o: inout JSONObject) {
        o.add("status", status.rawValue)
        o.add("channel", channel.rawValue)
        o.add("category", category)
        o.add("severity", severity.rawValue)
        o.add("staff", staff)
        o.add("minutesTaken", minutesTaken)
        o.add("onTime", onTime)
        o.add("satisfaction", satisfaction)
    }
}

/// Card → its complaints (`CARD/C01-7`, one shard per card): `cs member show` lists a member's
/// complaints from one file.
public struct ComplaintCardEntry: Record, Equatable {
    public static let kind = "index-complaint-card"
    public let id: String

    init(card: String, complaint: String) { id = "\(card)/\(complaint)" }

    public var card: String { String(id.prefix { $0 != "/" }) }
    public var complaint: String { String(id.drop { $0 != "/" }.dropFirst()) }

    public static func shardKey(forID id: String) -> String { String(id.prefix { $0 != "/" }) }

    public init(document d: Document) throws(DocumentError) { id = try d.string("id") }

    public func write(into o: inout JSONObject) {}
}

extension Complaint: Indexed {
    public static let pendingIndex = DerivedIndex<Complaint, PendingComplaint> { c in
        c.status.isPending ? [PendingComplaint(c)] : []
    }
    public static let monthIndex = DerivedIndex<Complaint, ComplaintMonthEntry> { c in
        [ComplaintMonthEntry(c, month: Month(c.receivedAt.day))]
    }
    public static let cardIndex = DerivedIndex<Complaint, ComplaintCardEntry> { c in
        c.card.map { [ComplaintCardEntry(card: $0, complaint: c.id)] } ?? []
    }

    public static func updateIndexes(before: Complaint?, after: Complaint?, in txn: inout Transaction) throws {
        try pendingIndex.update(before: before, after: after, in: &txn)
        try monthIndex.update(before: before, after: after, in: &txn)
        try cardIndex.update(before: before, after: after, in: &txn)
    }
}
