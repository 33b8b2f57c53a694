import CSCore

/// `cs member message`: holiday greetings and promotion notices (节日问候、促销通知) to a chosen
/// set of members, as phone<TAB>message lines for the same SMS pipeline as `birthday greet`.
extension MemberCommands {
    static let messagePlaceholders = ["{name}", "{title}", "{card}", "{tier}"]

    static let message = CommandSpec(
        "message",
        summary: "phone<TAB>message lines for a holiday greeting or promotion notice to the chosen members "
            + "(active cards only unless --status)",
        zh: "节日问候、促销通知短信(手机号<TAB>内容),发给选定的会员",
        options: [O.messageTemplate, O.tier, O.messageKind, O.birthdayMonth, O.status],
        examples: CommandExamples.memberMessage,
        action: { inv, ctx in
            let template = try MessageTemplate.read(try inv[O.messageTemplate], placeholders: messagePlaceholders)
            let criteria = MemberDesk.Criteria(
                birthdayMonth: inv[O.birthdayMonth], tier: inv[O.tier], status: inv[O.status] ?? .active,
                kind: inv[O.messageKind])
            let found = try desk(ctx).find(criteria)
            let say = MemberReplies(ctx)
            let lines = found.records.sorted { $0.card < $1.card }.map { m in
                (
                    m.phone,
                    MessageTemplate.fill(
                        template,
                        [
                            ("{name}", m.name), ("{title}", say.title(m.gender)), ("{card}", m.card),
                            ("{tier}", say.label(m.tier)),
                        ])
                )
            }
            let fields = Fields<(String, String)>([
                Field("phone", "PHONE", "手机") { .text($0.0) },
                Field("message", "MESSAGE", "内容") { .text($0.1) },
            ])
            return .summary(
                text: lines.map { "\($0.0)\t\($0.1)\n" }.joined(),
                data: fields.table(lines, skipped: found.problems), record: false, status: .done)
        })
}
