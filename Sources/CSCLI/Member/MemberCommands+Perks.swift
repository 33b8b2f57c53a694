import CSCore

/// `cs member perks`: the stored-value card's weekly free singing — checked, and taken when a
/// room is named.
extension MemberCommands {
    static let perks = CommandSpec(
        "perks",
        summary: "can the card have its free singing now (储值卡: Monday 14:00–19:00, 2 hours, 中包)? "
            + "--room records it taken; exit 1 when not now",
        zh: "查询储值卡免唱优惠(每周一 14:00—19:00,2 小时,只限中包);加 --room 登记使用",
        options: [O.perkRoom],
        arguments: [O.cardOrPhone],
        examples: CommandExamples.memberPerks,
        action: { inv, ctx in
            let d = try desk(ctx)
            let card = try inv[O.cardOrPhone]
            let say = MemberReplies(ctx)
            if let room = inv[O.perkRoom] {
                let use = try d.usePerk(card, room: room)
                let message = ctx.catalog.text(
                    .member(.perkUsed), [say.who(try d.lookup(card)), String(use.hours), use.room, use.id])
                return .created(id: use.id, message: message, record: MemberTables.perkUse.record(use))
            }
            let check = try d.checkPerk(card)
            let text: String
            if let refusal = check.refusal {
                text = ctx.catalog.text(refusal)
            } else {
                let rooms = check.window.rooms.joined(separator: ctx.language == .zh ? "、" : ", ")
                text = ctx.catalog.text(
                    .member(.perkCanUse), [say.who(check.member), String(check.window.hours), rooms])
            }
            return .summary(
                text: text + "\n", data: MemberTables.perkCheck.table([check]), record: true,
                status: check.refusal == nil ? .done : .refused)
        })
}
