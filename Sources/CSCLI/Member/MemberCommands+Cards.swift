import CSCore

/// The card itself: upgrade, reissue, suspend, resume, cancel.
extension MemberCommands {
    static let upgrade = CommandSpec(
        "upgrade", summary: "apply the upgrade rules now, or raise to a tier with --to (never lower)", zh: "会员升级",
        options: [O.upgradeTo],
        arguments: [card],
        examples: CommandExamples.memberUpgrade,
        action: { inv, ctx in
            let (m, from) = try desk(ctx).upgrade(try inv[card], to: inv[O.upgradeTo])
            let say = MemberReplies(ctx)
            let msg =
                m.tier == from
                ? ctx.catalog.text(.member(.notUpgraded), [say.who(m), say.label(m.tier)])
                : ctx.catalog.text(.member(.upgraded), [say.who(m), say.label(from), say.label(m.tier)])
            return .created(id: m.card, message: msg, record: MemberTables.member().record(m))
        })

    static let reissue = CommandSpec(
        "reissue", summary: "补办: a new card number; the old card is replaced; points and balance carry over",
        zh: "补办会员卡",
        options: [O.reissueReason, O.yes],
        arguments: [card],
        examples: CommandExamples.memberReissue,
        action: { inv, ctx in
            let desk = try desk(ctx)
            let say = MemberReplies(ctx)
            let holder = try desk.lookup(try inv[card])
            try ctx.confirm(ctx.catalog.text(.member(.confirmReissue), [holder.name, holder.card]), yes: inv[O.yes])
            let (old, new) = try desk.reissue(holder.card, reason: inv[O.reissueReason] ?? .lost)
            let message = ctx.catalog.text(
                .member(.reissued),
                [
                    new.name, old.card, new.card, say.points(new.points),
                    new.balance.decimal,
                ])
            return .created(id: new.card, message: message, record: MemberTables.member().record(new))
        })

    static func status(_ change: MemberDesk.StatusChange, _ summary: String, _ zh: String) -> CommandSpec {
        CommandSpec(
            change.rawValue, summary: summary, zh: zh,
            options: change == .cancel ? [O.reason, O.refund, O.forfeit, O.yes] : [O.reason],
            arguments: [card],
            examples: change == .suspend
                ? CommandExamples.memberSuspend
                : change == .resume ? CommandExamples.memberResume : CommandExamples.memberCancel,
            action: { inv, ctx in
                let desk = try desk(ctx)
                let say = MemberReplies(ctx)
                var settlement: MemberDesk.Settlement?
                if change == .cancel {
                    settlement = try cancelSettlement(inv)
                    let v = try desk.view(try inv[card])
                    try ctx.confirm(
                        ctx.catalog.text(
                            .member(.confirmCancel),
                            [
                                say.who(v.member),
                                say.points(max(v.available, 0)), v.member.balance.decimal,
                            ]), yes: inv[O.yes])
                }
                let o = try desk.setStatus(
                    try inv[card], change, reason: try inv[O.reason],
                    settlement: settlement)
                let m = o.member
                let said =
                    [ctx.catalog.text(.member(.statusChanged), [say.who(m), say.label(m.status)])]
                    + say.settlement(o)
                return .created(
                    id: m.card, message: said.joined(separator: "\n"),
                    record: MemberTables.member().record(m))
            })
    }

    static func cancelSettlement(_ inv: Invocation) throws -> MemberDesk.Settlement? {
        switch (inv[O.refund], inv[O.forfeit]) {
        case (true, true): throw UsageError.conflict("--refund", "--forfeit")
        case (true, false): .refund
        case (false, true): .forfeit
        case (false, false): nil
        }
    }
}
