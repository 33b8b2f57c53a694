import CSCore

/// `cs member review` and `reviews`: the yearly VIP review (the seed: 审核期1年).
extension MemberCommands {
    static let review = CommandSpec(
        "review", summary: "record the member's yearly VIP review; the next falls due member.reviewMonths on",
        zh: "登记会员年度审核;下次审核在 member.reviewMonths 个月后",
        arguments: [O.cardOrPhone],
        examples: CommandExamples.memberReview,
        action: { inv, ctx in
            let d = try desk(ctx)
            let m = try d.review(try inv[O.cardOrPhone])
            let message = ctx.catalog.text(.member(.reviewed), [MemberReplies(ctx).who(m), d.reviewDue(m).iso])
            return .created(id: m.card, message: message, record: MemberTables.member().record(m))
        })

    static let reviews = CommandSpec(
        "reviews", summary: "active members whose yearly review is due (within 30 days by default) or overdue",
        zh: "年度审核到期(默认 30 天内)或已过期的会员",
        options: [O.reviewWithin],
        examples: CommandExamples.memberReviews,
        action: { inv, ctx in
            let r = try desk(ctx).dueForReview(within: inv[O.reviewWithin] ?? 30)
            return .table(MemberTables.reviewDue.table(r.due, skipped: r.problems))
        })
}
