/// How the enquiry came in (the phone or on-site; a paging request is usually on-site).
public enum EnquiryChannel: String, Sendable, CaseIterable {
    case phone
    case onSite = "on-site"
}

/// Open until the owner answers it; a paging request (寻人) can end `found`.
public enum EnquiryStatus: String, Sendable, CaseIterable {
    case open, answered, found
}

/// One hand-over of an enquiry's ownership (首问负责制: the owner changes only by one of these).
public struct EnquiryHandover: Sendable, Equatable {
    public let at: Instant
    public let from: String
    public let to: String
    /// Who passed it: the owner, or a supervisor when the owner was not there.
    public let by: String
    public let note: String?

    public init(at: Instant, from: String, to: String, by: String, note: String?) {
        self.at = at
        self.from = from
        self.to = to
        self.by = by
        self.note = note
    }

    var json: JSON {
        var o = JSONObject()
        o.add("at", at.iso)
        o.add("from", from)
        o.add("to", to)
        o.add("by", by)
        o.add("note", note)
        return .object(o)
    }

    init(json: JSON) throws(DocumentError) {
        guard let o = json.object else { throw DocumentError("a hand-over is not an object") }
        let d = Document(o)
        at = try d.instant("at")
        from = try d.string("from")
        to = try d.string("to")
        by = try d.string("by")
        note = try d.optionalString("note")
    }
}

/// An enquiry or call the desk took (电话接待记录, 首问负责制): who asked, about what, who owns
/// it until the customer has an answer, and every hand-over of that ownership.
public struct Enquiry: Record, Equatable {
    public static let kind = "enquiries"
    public static var idSpace: DeskClaim? { .lettered("Q") }

    public let id: String
    public let channel: EnquiryChannel
    public let name: String
    public let phone: String?
    public let topic: String
    public let text: String
    public let takenAt: Instant
    public let takenBy: String
    public var owner: String
    public var status: EnquiryStatus
    public var answer: String?
    public var answeredAt: Instant?
    public var answeredBy: String?
    public var handovers: [EnquiryHandover]

    public init(
        id: String, channel: EnquiryChannel, name: String, phone: String?, topic: String, text: String,
        takenAt: Instant, takenBy: String
    ) {
        self.id = id
        self.channel = channel
        self.name = name
        self.phone = phone
        self.topic = topic
        self.text = text
        self.takenAt = takenAt
        self.takenBy = takenBy
        owner = takenBy
        status = .open
        handovers = []
    }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        channel = try d.choice("channel", EnquiryChannel.self)
        name = try d.string("name")
        phone = try d.optionalString("phone")
        topic = try d.string("topic")
        text = try d.string("text")
        takenAt = try d.instant("takenAt")
        takenBy = try d.string("takenBy")
        owner = try d.string("owner")
        status = try d.choice("status", EnquiryStatus.self)
        answer = try d.optionalString("answer")
        answeredAt = try d.optionalInstant("answeredAt")
        answeredBy = try d.optionalString("answeredBy")
        guard case .array(let list)? = d.value("handovers") else { throw DocumentError("field handovers is missing") }
        var passes = [EnquiryHandover]()
        for h in list { passes.append(try EnquiryHandover(json: h)) }
        handovers = passes
    }

    public func write(into o: inout JSONObject) {
        o.add("channel", channel.rawValue)
        o.add("name", name)
        o.add("phone", phone)
        o.add("topic", topic)
        o.add("text", text)
        o.add("takenAt", takenAt.iso)
        o.add("takenBy", takenBy)
        o.add("owner", owner)
        o.add("status", status.rawValue)
        o.add("answer", answer)
        o.add("answeredAt", answeredAt?.iso)
        o.add("answeredBy", answeredBy)
        o.add("handovers", .array(handovers.map(\.json)))
    }
}

/// The open-enquiries index: each enquiry not yet answered, whole, so the board, `list --open`
/// and completion read the few open ones from 16 small shards — neither every enquiry ever
/// taken, nor the register shards that hold them (reading those was most of `list --open`).
/// Derived from the enquiries (`doctor --repair` rebuilds it).
public struct OpenEnquiry: Record, Equatable {
    public static let kind = "index-ask-open"
    public static var fixedShardCount: Int? { 16 }

    public let enquiry: Enquiry

    public init(_ e: Enquiry) { enquiry = e }

    public var id: String { enquiry.id }
    public var takenAt: Instant { enquiry.takenAt }
    public var owner: String { enquiry.owner }
    public var topic: String { enquiry.topic }
    public var name: String { enquiry.name }
    public var phone: String? { enquiry.phone }

    public init(document d: Document) throws(DocumentError) { enquiry = try Enquiry(document: d) }

    public func write(into o: inout JSONObject) { enquiry.write(into: &o) }
}

extension Enquiry: Indexed {
    public static let openIndex = DerivedIndex<Enquiry, OpenEnquiry> { e in e.status == .open ? [OpenEnquiry(e)] : [] }

    public static func updateIndexes(before: Enquiry?, after: Enquiry?, in txn: inout Transaction) throws {
        try openIndex.update(before: before, after: after, in: &txn)
    }
}
