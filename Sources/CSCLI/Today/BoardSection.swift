import CSCore

/// One desk's part of `cs today`: a title and lines for a person, the same facts as data, and
/// whether anything in it is overdue (the board then exits 4). A desk with nothing due gives no
/// lines, and its section is left off the screen (its data stays in the JSON, empty).
struct BoardSection: Sendable {
    let name: String
    let title: String
    var lines: [Line] = []
    var data = JSONObject()
    var overdue = 0

    init(_ name: String, title: String) {
        self.name = name
        self.title = title
    }

    /// A line for a person; an urgent one (overdue) is red on a terminal. `id` and `due` are
    /// the record it is about and when it falls due, for the board's flat CSV (a pipeline greps
    /// a section or an id without parsing the text).
    struct Line: Sendable {
        let text: String
        let urgent: Bool
        let id: String?
        let due: String?
    }

    mutating func say(_ text: String, urgent: Bool = false, id: String? = nil, due: String? = nil) {
        lines.append(Line(text: text, urgent: urgent, id: id, due: due))
    }

    /// A list of facts under `key` in the data, each an object of its fields.
    mutating func add(_ key: String, _ rows: ResultTable) {
        data.add(
            key,
            .array(
                rows.rows.map { row in
                    .object(JSONObject(zip(rows.columns, row).map { ($0.0.key, $0.1.json) }))
                }))
    }
}

extension DeskCommands {
    /// Each desk's section of the board, in the desk list's order: a sixth desk adds its own.
    static func board(_ ctx: Context) throws -> [BoardSection] {
        try all.compactMap { try $0.today?(ctx) }
    }
}
