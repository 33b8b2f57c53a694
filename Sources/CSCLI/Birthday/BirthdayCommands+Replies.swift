import CSCore

/// `cs birthday reply` and `replies`: who is coming for the birthday (追踪客人是否能过来), and
/// the count the manager asks for.
extension BirthdayCommands {
    static let reply = CommandSpec(
        "reply", summary: "record what the member said when called: coming, not coming or unsure",
        zh: "登记会员答复:会来、不来或未定",
        options: [O.answer, O.replyNote],
        arguments: [O.cardOrPhone],
        examples: CommandExamples.birthdayReply,
        action: { inv, ctx in
            let r = try desk(ctx).reply(card: try inv[O.cardOrPhone], answer: try inv[O.answer], note: inv[O.replyNote])
            let answer = ctx.language == .zh ? r.answer.zh : r.answer.rawValue
            return .created(
                id: r.id,
                message: ctx.catalog.text(.birthday(.replyRecorded), [r.name, r.card, r.forDate.iso, answer]),
                record: BirthdayTables.reply.record(r))
        })

    static let replies = CommandSpec(
        "replies", summary: "the month's birthdays with each member's answer; --totals for the manager",
        zh: "本月生日会员的答复;--totals 只报人数",
        options: [O.month, O.count],
        renamed: [Renamed("count", to: "--totals")],
        examples: CommandExamples.birthdayReplies,
        action: { inv, ctx in
            let a = try desk(ctx).attendance(inv[O.month] ?? Month(ctx.clock.today))
            guard inv[O.count] else { return .table(BirthdayTables.attendance.table(a.rows, skipped: a.problems)) }
            let figures = [a.rows.count, a.count(.coming), a.count(.notComing), a.count(.unsure), a.count(nil)]
            let text = ctx.catalog.text(.birthday(.attendanceCount), [a.month.iso] + figures.map(String.init))
            return .summary(
                text: text + "\n", data: BirthdayTables.attendanceCount.table([a]), record: true, status: .done)
        })
}
