import CSCore

/// `cs today`: the shift-start board, one screen, each section from its own desk.
enum TodayCommand {
    static let command = CommandSpec(
        "today",
        summary: "the shift board and hand-over: what each desk has due; exit 4 when anything is overdue",
        zh: "交班看板:各台到期与待办事项;有逾期事项时退出码为 4",
        examples: CommandExamples.today,
        action: { _, ctx in
            let sections = try DeskCommands.board(ctx) + (try SyncCommands.board(ctx).map { [$0] } ?? [])
            let c = ctx.catalog
            let now = ctx.clock.now
            // Colour only where a person reads it: a terminal, not a pipe, `NO_COLOR` or `TERM=dumb`.
            let color =
                ctx.globals.format == .table
                && Terminal.useColor(
                    ctx.globals.color,
                    environment: ctx.environment)
            let bold = color ? "\u{1B}[1m" : ""
            let red = color ? "\u{1B}[31m" : ""
            let plain = color ? "\u{1B}[0m" : ""
            let width = ctx.globals.format == .table ? Terminal.width(environment: ctx.environment) : nil
            var out = bold + c.text(.board(.title), [now.short]) + plain + "\n"
            let shown = sections.filter { !$0.lines.isEmpty }
            for s in shown {
                out += "\n" + bold + s.title + plain + "\n"
                for line in s.lines {
                    // One screen: a line longer than the terminal is cut (with …), not wrapped.
                    let text = width.map { DisplayWidth.truncate(line.text, to: $0 - 2) } ?? line.text
                    out += "  " + (line.urgent ? red + text + plain : text) + "\n"
                }
            }
            let overdue = sections.reduce(0) { $0 + $1.overdue }
            if shown.isEmpty { out += "\n" + c.text(.board(.nothing)) + "\n" }
            if overdue > 0 {
                out += "\n" + red + c.text(.board(.anythingOverdue), [String(overdue)]) + plain + "\n"
            }
            // CSV and TSV are for grep and spreadsheets: one flat line per board line. JSON keeps
            // each desk's facts as an object.
            let flat = ctx.globals.format == .csv || ctx.globals.format == .tsv
            return .summary(
                text: out, data: flat ? lines(sections) : document(sections, at: now, overdue: overdue),
                record: !flat, status: overdue > 0 ? .found : .done, quiet: overdue > 0 ? "\(overdue)\n" : "")
        })

    /// The board as one object: when, the overdue count, and each desk's facts.
    static func document(_ sections: [BoardSection], at now: Instant, overdue: Int) -> ResultTable {
        let columns =
            [Column("at", "AT", "时间"), Column("overdue", "OVERDUE", "逾期")]
            + sections.map { Column($0.name, $0.name.uppercased(), $0.name) }
        let row: [Cell] = [.instant(now), .int(Int64(overdue))] + sections.map { .json(.object($0.data)) }
        return ResultTable(columns: columns, rows: [row])
    }

    /// The board's lines, flat: section, the record's id, when it falls due, overdue, the text.
    static func lines(_ sections: [BoardSection]) -> ResultTable {
        let columns = [
            Column("section", "SECTION", "栏目"), Column("id", "ID", "编号"), Column("due", "DUE", "到期"),
            Column("overdue", "OVERDUE", "逾期"), Column("text", "TEXT", "内容"),
        ]
        let rows: [[Cell]] = sections.flatMap { s in
            s.lines.map { [.text(s.name), .text($0.id), .text($0.due), .bool($0.urgent), .text($0.text)] }
        }
        return ResultTable(columns: columns, rows: rows)
    }
}
