/// The enquiry desk (首问负责制): whoever first takes a question owns it until the customer has
/// an answer; the owner changes only by a recorded hand-over. Its shift log (值班记录) is what
/// the next shift reads at hand-over. Every check that decides a change is made under the
/// lock, on the enquiry as it is then.
public struct AskDesk: DeskRules {
    public static let commandPrefix = "ask"
    public let context: DeskContext

    public init(_ context: DeskContext) { self.context = context }

    public struct Form: Sendable {
        public var channel: EnquiryChannel
        public var name: String
        public var phone: String?
        public var topic: String
        public var text: String

        public init(channel: EnquiryChannel, name: String, phone: String?, topic: String, text: String) {
            self.channel = channel
            self.name = name
            self.phone = phone
            self.topic = topic
            self.text = text
        }
    }

    /// Takes an enquiry: the clerk who takes it owns it.
    public func take(_ form: Form) throws -> Enquiry {
        let phone = try form.phone.map { typed in
            guard let p = Phone(typed) else { throw FieldError.invalid(.phone, value: typed, accepted: .phone) }
            return p.digits
        }
        let topics = config.askTopics
        guard topics.contains(form.topic) else {
            throw AskError.unknownTopic(topic: form.topic, topics: topics.joined(separator: ","))
        }
        return try change("new") { txn in
            let e = Enquiry(
                id: "Q\(config.deskID)-\(try txn.nextNumber("enquiries"))", channel: form.channel, name: form.name,
                phone: phone, topic: form.topic, text: form.text, takenAt: clock.now, takenBy: clerk)
            try txn.put(e, action: "new")
            return e
        }
    }

    /// Whether an enquiry of `topic` is a paging request (寻人), which can end `found`.
    public func isPaging(_ topic: String) -> Bool { config.words(.askPagingTopics).contains(topic) }

    /// The owner's answer; `found`: the person paged for was found.
    public func answer(_ id: String, text: String, found: Bool) throws -> Enquiry {
        try change("answer") { txn in
            var e = try open(id, in: txn)
            guard e.owner == clerk else { throw AskError.notOwner(id: e.id, owner: e.owner) }
            if found && !isPaging(e.topic) { throw AskError.notPaging(id: e.id, topic: e.topic) }
            e.status = found ? .found : .answered
            e.answer = text
            e.answeredAt = clock.now
            e.answeredBy = clerk
            try txn.put(e, action: "answer")
            return e
        }
    }

    /// Hands the enquiry to `to`. The owner passes it; when the owner is not there, a named
    /// supervisor does (recorded as who passed it).
    public func pass(_ id: String, to: String, note: String?, supervisor: String?) throws -> Enquiry {
        try change("pass") { txn in
            var e = try open(id, in: txn)
            guard e.owner == clerk || supervisor != nil else { throw AskError.notOwner(id: e.id, owner: e.owner) }
            guard e.owner != to else { throw AskError.alreadyOwner(id: e.id, owner: e.owner) }
            let by = e.owner == clerk ? clerk : "\(supervisor ?? clerk) (\(clerk))"
            e.handovers.append(EnquiryHandover(at: clock.now, from: e.owner, to: to, by: by, note: note))
            e.owner = to
            try txn.put(e, action: "pass")
            return e
        }
    }

    func open(_ id: String, in txn: Transaction) throws -> Enquiry {
        guard let e = try txn.get(Enquiry.self, id: RecordID.normalized(id)) else { throw AskError.notFound(id) }
        guard e.status == .open else {
            throw AskError.closed(
                id: e.id, status: e.status, by: e.answeredBy ?? e.owner, at: e.answeredAt ?? e.takenAt)
        }
        return e
    }

    public func show(_ id: String) throws -> Enquiry {
        guard let e = try store.get(Enquiry.self, id: RecordID.normalized(id)) else { throw AskError.notFound(id) }
        return e
    }

    /// Enquiries in the order taken, matching every criterion given.
    /// The open ones are read through the open-enquiries index (a handful among years of them).
    public func list(status: EnquiryStatus?, owner: String?, topic: String?, on day: Day?) throws -> ScanResult<Enquiry>
    {
        var scan: ScanResult<Enquiry>
        if status == .open {
            scan = ScanResult(records: try openEnquiries().map(\.enquiry), problems: [])
        } else {
            scan = try store.scan(Enquiry.self)
        }
        scan.records = scan.records.filter { e in
            (status.map { e.status == $0 } ?? true) && (owner.map { e.owner == $0 } ?? true)
                && (topic.map { e.topic == $0 } ?? true) && (day.map { e.takenAt.day == $0 } ?? true)
        }.inRegisterOrder { $0.takenAt }
        return scan
    }

    /// The enquiries still open, from the index, oldest first.
    public func openEnquiries() throws -> [OpenEnquiry] {
        try store.scan(OpenEnquiry.self).records.inRegisterOrder { $0.takenAt }
    }

    /// When an enquiry taken at `takenAt` is overdue (still open after `ask.staleMinutes`).
    public func staleAt(_ takenAt: Instant) -> Instant {
        takenAt.adding(seconds: Int64(config.int(.askStaleMinutes)) * 60)
    }

    /// Writes a line on the shift log.
    public func note(_ text: String) throws -> ShiftNote {
        try change("note") { txn in
            let n = ShiftNote(
                id: "N\(config.deskID)-\(try txn.nextNumber("shift-notes"))", at: clock.now, by: clerk, text: text)
            try txn.put(n, action: "note")
            return n
        }
    }

    /// The shift log of one day, or from `since`; by default the last shift's: the lines of the
    /// `ask.shiftHours` up to the newest line, when that is within a day — the morning shift
    /// reads last night's lines though the desk was closed between. A day, and the last shift,
    /// read the by-day index (the last shift lies within the last three days).
    public func notes(since: Instant? = nil, on day: Day? = nil) throws -> ScanResult<ShiftNote> {
        if let since {
            var scan = try store.scan(ShiftNote.self)
            scan.records = scan.records.filter { $0.at >= since }.inRegisterOrder { $0.at }
            return scan
        }
        let today = clock.today
        var scan = ScanResult<ShiftNote>(records: [], problems: [])
        for d in day.map({ [$0] }) ?? [today.adding(days: -2), today.adding(days: -1), today] {
            let shard = try store.records(ShiftNoteDay.self, shardKey: d.iso, idPrefix: d.iso + ":") { _ in true }
            scan.records += shard.records.map(\.note)
            scan.problems += shard.problems
        }
        scan.records = scan.records.inRegisterOrder { $0.at }
        guard day == nil else { return scan }
        guard let newest = scan.records.last?.at, newest >= clock.now.adding(seconds: -86_400) else {
            scan.records = []
            return scan
        }
        let from = newest.adding(seconds: -Int64(config.int(.askShiftHours)) * 3600)
        scan.records = scan.records.filter { $0.at >= from }
        return scan
    }
}
