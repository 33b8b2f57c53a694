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
