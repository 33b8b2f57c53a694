import CSCore

/// `cs report`: the VIP director's weekly summary (每周工作总结) — each command's changes in the
/// week from the journal, every desk's (a new desk's too, with nothing to register), and what
/// the board shows still open.
enum ReportCommand {
    static let week = Option<Day>(
        "week", .week, valueName: "WEEK", help: "this (default), last, or any date in the week (Monday to Sunday)",
        zh: "this/本周(默认)、last/上周,或该周内任一日期(周一至周日)")

    static let command = CommandSpec(
        "report",
        summary: "the weekly work summary across the desks: changes per command and clerk, taken back, still open",
        zh: "每周工作总结:各台各命令的办理数量与经办人、撤销数、目前待办",
        options: [week],
        examples: CommandExamples.report,
        action: { inv, ctx in
            let monday = inv[week] ?? WorkSummary.week(of: ctx.clock.today).from
            let s = try WorkSummary(from: monday, through: monday.adding(days: 6), store: try ctx.desk().store)
            let c = ctx.catalog
            var out = c.text(.board(.reportTitle), [s.from.iso, s.through.iso]) + "\n\n"
            if s.lines.isEmpty { out += "  " + c.text(.board(.reportNothing)) + "\n" }
            let width = s.lines.map { DisplayWidth.of($0.command) }.max() ?? 0
            for line in s.lines {
                let name = shortName(line.command, ctx.language)
                out +=
                    "  " + DisplayWidth.pad(line.command, to: width) + "  "
                    + DisplayWidth.pad(String(line.changes), to: 5, right: true)
                out += "  " + name + " (" + line.clerks.joined(separator: ", ") + ")\n"
            }
            if s.undone > 0 { out += "\n  " + c.text(.board(.reportUndone), [String(s.undone)]) + "\n" }
            let open = try DeskCommands.board(ctx).filter { !$0.lines.isEmpty }
            if !open.isEmpty {
                out += "\n" + c.text(.board(.reportStillOpen)) + "\n"
                for section in open {
                    out += "  " + section.title + "\n"
                    for l in section.lines { out += "    " + l.text + "\n" }
                }
            }
            return .summary(text: out, data: fields.table(s.lines), record: false, status: .done)
        })

    static let fields = Fields<WorkSummary.Line>([
        Field("command", "COMMAND", "命令") { .text($0.command) },
        Field("changes", "CHANGES", "数量") { .int(Int64($0.changes)) },
        Field("clerks", "CLERKS", "经办人") { .text($0.clerks.joined(separator: ",")) },
    ])

    /// The command's summary up to its first pause: what a person calls it (办理会员卡).
    static func shortName(_ command: String, _ language: Language) -> String {
        var spec: CommandSpec? = CommandTree.root
        for word in command.split(separator: " ") { spec = spec?.subcommand(String(word)) }
        guard let summary = spec?.summary(in: language) else { return command }
        let stops: Set<Character> = ["(", "(", ":", ":", ";", ";", ",", ",", "—"]
        return String(summary.prefix { !stops.contains($0) }).trimmingSpaces
    }
}
