/// A line of the shift log (值班记录): what happened on the shift that the next one must know.
/// Never changed once written; the board shows the shift's lines at hand-over.
public struct ShiftNote: Record, Equatable {
    public static let kind = "shift-notes"
    public static var idSpace: DeskClaim? { .lettered("N") }

    public let id: String
    public let at: Instant
    public let by: String
    public let text: String

    public init(id: String, at: Instant, by: String, text: String) {
        self.id = id
        self.at = at
        self.by = by
        self.text = text
    }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        at = try d.instant("at")
        by = try d.string("by")
        text = try d.string("text")
    }

    public func write(into o: inout JSONObject) {
        o.add("at", at.iso)
        o.add("by", by)
        o.add("text", text)
    }
}

/// The shift log by day (`2026-11-23:N01-7`, one shard per day), so the board — every shift,
/// every cron run — reads the last three days' lines, not every line the desk ever wrote.
/// Derived from the log (`doctor --repair` rebuilds it).
public struct ShiftNoteDay: Record, Equatable {
    public static let kind = "index-shift-notes-day"
    public static func shardKey(forID id: String) -> String { String(id.prefix(10)) }

    public let id: String
    public let at: Instant
    public let by: String
    public let text: String

    init(_ n: ShiftNote) {
        id = "\(n.at.day.iso):\(n.id)"
        at = n.at
        by = n.by
        text = n.text
    }

    /// The log line it stands for.
    public var note: ShiftNote { ShiftNote(id: String(id.dropFirst(11)), at: at, by: by, text: text) }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        at = try d.instant("at")
        by = try d.string("by")
        text = try d.string("text")
    }

    public func write(into o: inout JSONObject) {
        o.add("at", at.iso)
        o.add("by", by)
        o.add("text", text)
    }
}

extension ShiftNote: Indexed {
    public static let dayIndex = DerivedIndex<ShiftNote, ShiftNoteDay> { [ShiftNoteDay($0)] }

    public static func updateIndexes(before: ShiftNote?, after: ShiftNote?, in txn: inout Transaction) throws {
        try dayIndex.update(before: before, after: after, in: &txn)
    }
}
