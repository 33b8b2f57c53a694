import CSCore

/// `cs member …`: parse, call the membership desk, render. No rule lives here.
enum MemberCommands {
    static func desk(_ ctx: Context) throws -> MemberDesk { MemberDesk(try ctx.desk()) }

    typealias O = MemberOption

    static let card = O.cardArgument
    static let slip = O.slip

    static let command = CommandSpec(
        "member", summary: "membership cards: registration, points, stored value, tiers, reissue",
        zh: "会员卡:办卡、积分、储值、升级、补办",
        children: [
            Subcommand(name: "add") { add }, Subcommand(name: "show") { show }, Subcommand(name: "find") { find },
            Subcommand(name: "list") { list }, Subcommand(name: "edit") { edit }, Subcommand(name: "earn") { earn },
            Subcommand(name: "redeem") { redeem }, Subcommand(name: "topup") { topup },
            Subcommand(name: "pay") { pay }, Subcommand(name: "upgrade") { upgrade },
            Subcommand(name: "reissue") { reissue },
            Subcommand(name: "suspend") {
                status(.suspend, "suspend a card (lost, dispute); it refuses use until resumed", "挂失/停用会员卡")
            },
            Subcommand(name: "resume") { status(.resume, "make a suspended card usable again", "恢复停用的会员卡") },
            Subcommand(name: "cancel") {
                status(.cancel, "cancel a card for good; its phone may register again", "注销会员卡")
            },
            Subcommand(name: "adjust") { adjust }, Subcommand(name: "reverse") { reverse },
            Subcommand(name: "history") { history }, Subcommand(name: "price") { price },
            Subcommand(name: "expire") { expire }, Subcommand(name: "import") { importCommand },
            Subcommand(name: "takings") { takings }, Subcommand(name: "message") { message },
            Subcommand(name: "review") { review }, Subcommand(name: "reviews") { reviews },
            Subcommand(name: "perks") { perks }, Subcommand(name: "vouchers") { vouchers },
        ])

    static let takings = CommandSpec(
        "takings", summary: "the day's cash at the membership desk: card fees, top-ups, refunds (for finance)",
        zh: "会员前台当日收款:工本费、储值充值、退还储值(交财务核对)",
        options: [O.takingsDate],
        examples: CommandExamples.memberTakings,
        action: { inv, ctx in
            let t = try desk(ctx).takings(day: inv[O.takingsDate] ?? ctx.clock.today)
            let c = ctx.catalog
            let text =
                c.text(.member(.takingsTitle), [t.day.iso]) + "\n"
                + c.text(
                    .member(.takingsLines),
                    [
                        t.cardFees.decimal, String(t.cardFeeCount), t.topups.decimal, String(t.topupCount),
                        t.refunds.decimal, String(t.refundCount), t.net.decimal,
                    ]) + "\n"
            return .summary(text: text, data: MemberTables.takings.table([t]), record: true, status: .done)
        })

    static let memberFields: [any OptionDeclaration] = [O.gender, O.idNumber, O.address, O.email, O.kind, O.note]

    static let add = CommandSpec(
        "add", summary: "register a member; name, phone and birthday are all required", zh: "办理会员卡(姓名、手机、生日必填)",
        options: [O.name, O.phone, O.birthday] + memberFields
            + [O.startingTier, O.card, O.firstPurchase, O.cardFee, O.charterSigned, O.registrationSlip],
        examples: CommandExamples.memberAdd,
        action: { inv, ctx in
            var a = MemberDesk.Application()
            a.name = try inv[O.name]
            a.phone = try inv[O.phone]
            a.birthday = try inv[O.birthday]
            a.gender = inv[O.gender] ?? .unspecified
            a.idNumber = inv[O.idNumber]
            a.address = inv[O.address]
            a.email = inv[O.email]
            a.kind = inv[O.kind] ?? .regular
            a.tier = inv[O.startingTier]
            a.card = inv[O.card]
            a.firstPurchase = inv[O.firstPurchase]
            a.note = inv[O.note]
            a.cardFee = inv[O.cardFee]
            a.charterSigned = inv[O.charterSigned]
            let m = try desk(ctx).add(a)
            if inv[O.registrationSlip] {
                return .text(Slip.registration(m, clerk: ctx.clerk, at: ctx.clock.now, language: ctx.language))
            }
            let say = MemberReplies(ctx)
            return .created(
                id: m.card, message: ctx.catalog.text(.member(.added), [m.name, m.card, say.label(m.tier)]),
                record: MemberTables.member().record(m))
        })

    static let show = CommandSpec(
        "show", summary: "one member by card number or phone, with available and soon-expiring points",
        zh: "查看会员(卡号或手机号)",
        options: [O.reveal],
        arguments: [O.cardOrPhone],
        examples: CommandExamples.memberShow,
        action: { inv, ctx in
            let view = try desk(ctx).view(try inv[O.cardOrPhone])
            let record = MemberTables.detail(reveal: inv[O.reveal]).record(view)
            // The member's complaints, from the complaint desk's card index, beneath the record.
            let complaints = try ComplaintDesk(try ctx.desk()).complaints(card: view.member.card)
            guard !complaints.isEmpty else { return .record(record) }
            let said = complaints.map { c in
                "\(c.id) \(Renderer.display(c.status.label, ctx.language))"
                    + (c.status.isPending ? " → \(c.due.short)" : "")
            }
            return .detail(
                record,
                lines: [
                    ctx.catalog.text(
                        .complaint(.memberComplaints),
                        [said.joined(separator: ", ")])
                ])
        })

    static let findOptions: [any OptionDeclaration] = [O.tier, O.status]

    /// Damaged documents are left out, not fatal, and reported on stderr.
    static func listing(_ members: [Member], _ problems: [DocumentProblem]) -> CommandOutput {
        .table(MemberTables.member().table(members, skipped: problems))
    }

    static let find = CommandSpec(
        "find", summary: "find members without the card: by phone, part of the name, birthday month",
        zh: "查找会员(手机、姓名片段、生日月份)",
        options: [O.findPhone, O.findName, O.birthdayMonth] + findOptions + [O.sort, O.limit],
        examples: CommandExamples.memberFind,
        action: { inv, ctx in
            guard
                inv[O.findPhone] != nil || inv[O.findName] != nil || inv[O.birthdayMonth] != nil || inv[O.tier] != nil
                    || inv[O.status] != nil
            else { throw UsageError.findNeedsCriterion }
            let c = MemberDesk.Criteria(
                phone: inv[O.findPhone], name: inv[O.findName],
                birthdayMonth: inv[O.birthdayMonth],
                tier: inv[O.tier], status: inv[O.status])
            let r = try desk(ctx).find(c)
            // One rule for every listing and search: nothing found is an empty answer (exit 0),
            // not a refusal; exit 1 is for a named record that does not exist.
            return listing(ordered(r.records, inv), r.problems)
        })

    static let list = CommandSpec(
        "list", summary: "list members", zh: "会员列表",
        options: findOptions + [O.sort, O.limit],
        examples: CommandExamples.memberList,
        action: { inv, ctx in
            let r = try desk(ctx).find(MemberDesk.Criteria(tier: inv[O.tier], status: inv[O.status]))
            return listing(ordered(r.records, inv), r.problems)
        })

    /// `--sort` (card by default, ties by card) and `--limit`: one deterministic order for
    /// `find` and `list`.
    static func ordered(_ members: [Member], _ inv: Invocation) -> [Member] {
        var ms = members
        switch inv[O.sort] ?? .card {
        case .name: ms.sort { ($0.name, $0.card) < ($1.name, $1.card) }
        case .joined: ms.sort { ($0.joinedAt.epochSeconds, $0.card) < ($1.joinedAt.epochSeconds, $1.card) }
        case .points: ms.sort { ($1.points, $0.card) < ($0.points, $1.card) }
        case .balance: ms.sort { ($1.balance.fen, $0.card) < ($0.balance.fen, $1.card) }
        case .birthday:
            ms.sort { ($0.birthday.month, $0.birthday.day, $0.card) < ($1.birthday.month, $1.birthday.day, $1.card) }
        case .card: ms.sort { $0.card < $1.card }
        }
        if let n = inv[O.limit] { ms = Array(ms.prefix(n)) }
        return ms
    }

    static let edit = CommandSpec(
        "edit", summary: "correct a member's file (name, phone, birthday, contact details)", zh: "修改会员资料",
        options: [O.newName, O.newPhone, O.newBirthday] + memberFields,
        arguments: [card],
        examples: CommandExamples.memberEdit,
        action: { inv, ctx in
            var e = MemberDesk.Edit()
            e.name = inv[O.newName]
            e.phone = inv[O.newPhone]
            e.birthday = inv[O.newBirthday]
            e.gender = inv[O.gender]
            e.idNumber = inv[O.idNumber]
            e.address = inv[O.address]
            e.email = inv[O.email]
            e.kind = inv[O.kind]
            e.note = inv[O.note]
            let (before, m) = try desk(ctx).edit(try inv[card], e)
            let say = MemberReplies(ctx)
            let changed = say.changes(before, m)
            let message =
                changed.isEmpty
                ? ctx.catalog.text(.member(.editedNothing), [say.who(m)])
                : ctx.catalog.text(
                    .member(.edited),
                    [
                        say.who(m),
                        changed.joined(
                            separator: ctx.language == .zh
                                ? "、"
                                : ", "),
                    ])
            return .created(id: m.card, message: message, record: MemberTables.member().record(m))
        })

    /// The reply to a movement: the message, an upgrade line, and the slip when asked.
    static func moved(
        _ mv: MemberDesk.Movement, _ message: String, slipTitle: (String, String), _ inv: Invocation,
        _ ctx: Context
    ) -> CommandOutput {
        var text = message + "\n"
        if let from = mv.upgradedFrom {
            let say = MemberReplies(ctx)
            text +=
                ctx.catalog.text(
                    .member(.upgraded),
                    [
                        say.who(mv.member), say.label(from),
                        say.label(mv.member.tier),
                    ]) + "\n"
        }
        if inv[slip] {
            text +=
                "\n"
                + Slip.render(
                    title: ctx.language == .zh ? slipTitle.1 : slipTitle.0, movement: mv,
                    language: ctx.language)
        }
        return .created(id: mv.entry.id, message: String(text.dropLast()), record: MemberTables.movement.record(mv))
    }

    /// In storage order (shard by shard), so it streams; sort downstream if needed.
    static let membersExport = ExportKind(name: "members", columns: MemberTables.exportColumns) { ctx, options, emit in
        let since = options.since
        let fields = MemberTables.member(reveal: options.reveal)
        _ = try ctx.store.forEachShard(
            Member.self,
            map: { members in
                members.filter { m in since.map { m.joinedAt.day >= $0 } ?? true }.map(fields.row)
            }, emit)
    }

    /// Shard by shard; within a shard (a set of accounts) in the order the entries were made.
    static let ledgerExport = ExportKind(name: "ledger", columns: MemberTables.ledger.columns) { ctx, options, emit in
        let since = options.since
        _ = try ctx.store.forEachShard(
            LedgerEntry.self,
            map: { entries in
                entries.filter { e in since.map { e.at.day >= $0 } ?? true }.sorted(by: Account.order)
                    .map(MemberTables.ledger.row)
            }, emit)
    }
}
