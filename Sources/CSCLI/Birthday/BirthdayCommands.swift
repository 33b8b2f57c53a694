import CSCore

/// `cs birthday …`: the monthly list, the coming days, greetings and the gift register.
enum BirthdayCommands {
    typealias O = BirthdayOption

    static func desk(_ ctx: Context) throws -> BirthdayDesk { BirthdayDesk(try ctx.desk()) }

    static func gifts(_ ctx: Context) throws -> GiftLedger { GiftLedger(try ctx.desk()) }

    static let command = CommandSpec(
        "birthday", summary: "member birthdays: the monthly list, greetings and the birthday gift register",
        zh: "会员生日:月度名单、祝福短信、生日赠品登记",
        children: [
            Subcommand(name: "list") { list },
            Subcommand(name: "upcoming") { upcoming },
            Subcommand(name: "greet") { greet },
            Subcommand(name: "reply") { reply },
            Subcommand(name: "replies") { replies },
            Subcommand(name: "gift") { gift },
        ])

    static let list = CommandSpec(
        "list",
        summary: "active members whose birthday is in the month (default this month), by day then name — the "
            + "1st-of-month list",
        zh: "本月(或指定月份)生日会员名单",
        options: [O.month],
        examples: CommandExamples.birthdayList,
        action: { inv, ctx in
            let r = try desk(ctx).month(inv[O.month] ?? Month(ctx.clock.today))
            return .table(BirthdayTables.monthList.table(r.celebrations, skipped: r.problems))
        })

    static let upcoming = CommandSpec(
        "upcoming", summary: "birthdays from today to N days ahead, across month and year ends", zh: "即将到来的生日",
        options: [O.upcomingDays],
        renamed: [Renamed("days", to: "--within DAYS")],
        examples: CommandExamples.birthdayUpcoming,
        action: { inv, ctx in
            let r = try desk(ctx).upcoming(days: inv[O.upcomingDays] ?? 7)
            return .table(BirthdayTables.upcoming.table(r.celebrations, skipped: r.problems))
        })

    static let greet = CommandSpec(
        "greet", summary: "phone<TAB>message lines for the members to greet today (their birthday is N days away)",
        zh: "生日祝福短信(手机号<TAB>内容)",
        options: [O.greetDays, O.template],
        examples: CommandExamples.birthdayGreet,
        action: { inv, ctx in
            let template = try Greeting.template(path: inv[O.template], ctx: ctx)
            let days = try inv[O.greetDays] ?? ctx.requireConfig().int(.greetDays)
            let found = try desk(ctx).greetingFacts(days: days)
            let lines = found.facts.map { ($0.celebration.member.phone, Greeting.fill(template, $0, ctx)) }
            let greeting = Fields<(String, String)>([
                Field("phone", "PHONE", "手机") { .text($0.0) },
                Field("message", "MESSAGE", "内容") { .text($0.1) },
            ])
            return .summary(
                text: lines.map { "\($0.0)\t\($0.1)\n" }.joined(),
                data: greeting.table(lines, skipped: found.problems), record: false, status: .done)
        })

    static let gift = CommandSpec(
        "gift", summary: "the birthday gift register (赠品登记): prepare, give, return, list, reconcile", zh: "生日赠品登记",
        subcommands: [
            CommandSpec(
                "prepare",
                summary: "record a gift collected from finance for a member's coming birthday (once a year)",
                zh: "从财务领取生日赠品并登记",
                options: [O.item, O.pickedUpBy, O.force],
                arguments: [O.cardOrPhone],
                examples: CommandExamples.giftPrepare,
                action: { inv, ctx in
                    let g = try gifts(ctx).prepare(
                        card: try inv[O.cardOrPhone], item: try inv[O.item],
                        pickedUpBy: inv[O.pickedUpBy], force: inv[O.force])
                    return .created(
                        id: g.id,
                        message: ctx.catalog.text(
                            .birthday(.giftPrepared),
                            [
                                g.id,
                                g.item, g.name, g.card, g.forDate.iso,
                            ]), record: BirthdayTables.gift.record(g))
                }),
            CommandSpec(
                "give", summary: "the gift was handed to the member in person", zh: "赠品已当面送给会员本人",
                options: [O.handedOverBy, O.idChecked],
                arguments: [O.giftID],
                renamed: [Renamed("by", to: "--handed-over-by NAME")],
                examples: CommandExamples.giftGive,
                action: { inv, ctx in
                    let g = try gifts(ctx).give(
                        try inv[O.giftID], handedOverBy: inv[O.handedOverBy], idChecked: inv[O.idChecked])
                    return .created(
                        id: g.id,
                        message: ctx.catalog.text(
                            .birthday(.giftGiven),
                            [
                                g.id,
                                g.name,
                            ]), record: BirthdayTables.gift.record(g))
                }),
            CommandSpec(
                "return", summary: "the member did not come: the gift went back to finance", zh: "会员未到,赠品退回财务",
                options: [O.returnReason],
                arguments: [O.giftID],
                examples: CommandExamples.giftReturn,
                action: { inv, ctx in
                    let g = try gifts(ctx).giveBack(try inv[O.giftID], reason: inv[O.returnReason])
                    return .created(
                        id: g.id, message: ctx.catalog.text(.birthday(.giftReturned), [g.id]),
                        record: BirthdayTables.gift.record(g))
                }),
            CommandSpec(
                "list", summary: "gifts, by the month of the birthday and status", zh: "赠品列表",
                options: [O.giftMonth, O.giftStatus],
                examples: CommandExamples.giftList,
                action: { inv, ctx in
                    let r = try gifts(ctx).list(month: inv[O.giftMonth], status: inv[O.giftStatus])
                    return .table(BirthdayTables.giftList.table(r.records))
                }),
            CommandSpec(
                "reconcile",
                summary: "the 15th/30th check with finance: prepared, given, returned, outstanding; exit 4 "
                    + "if a gift is outstanding more than a day",
                zh: "与财务对账(每月15日、30日)",
                options: [O.through, O.since],
                examples: CommandExamples.giftReconcile,
                action: { inv, ctx in
                    let r = try gifts(ctx).reconcile(
                        since: inv[O.since],
                        through: inv[O.through] ?? ctx.clock.today)
                    return reconcile(r, ctx)
                }),
        ])

    static func reconcile(_ r: GiftLedger.Reconciliation, _ ctx: Context) -> CommandOutput {
        let status: ExitStatus = r.problems.isEmpty ? .done : .found
        let data = Fields<GiftLedger.Reconciliation>([
            Field("since", "", "") { .day($0.since) },
            Field("through", "", "") { .day($0.through) },
            Field("prepared", "", "") { .int(Int64($0.prepared.count)) },
            Field("given", "", "") { .int(Int64($0.given.count)) },
            Field("returned", "", "") { .int(Int64($0.returned.count)) },
            Field("outstanding", "", "") { .int(Int64($0.outstanding.count)) },
            Field("problems", "", "") { .json(.array($0.problems.map { .string($0.id) })) },
        ]).record(r)
        let c = ctx.catalog
        var out =
            c.text(
                .birthday(.reconcileSummary),
                [
                    r.since.iso, r.through.iso, String(r.prepared.count),
                    String(r.given.count),
                    String(r.returned.count), String(r.outstanding.count),
                ]) + "\n"
        for g in r.problems {
            out +=
                c.text(
                    .birthday(.reconcileProblem),
                    [
                        g.id, g.item, g.name, g.card, g.preparedAt.short,
                        g.pickedUpBy,
                    ]) + "\n"
        }
        if r.problems.isEmpty { out += c.text(.birthday(.reconcileOK)) + "\n" }
        return .summary(text: out, data: data, record: true, status: status)
    }

    static let giftsExport = ExportKind(name: "gifts", columns: BirthdayTables.gift.columns) { ctx, options, emit in
        let rows = try ctx.store.scan(Gift.self).records.filter { g in
            options.since.map { g.preparedAt.day >= $0 }
                ?? true
        }
        .sorted { ($0.preparedAt, $0.id) < ($1.preparedAt, $1.id) }
        try emit(rows.map(BirthdayTables.gift.row))
    }
}

/// Greeting text: a template with {name}, {title}, {card} and {date}.
enum Greeting {
    static let placeholders = ["{name}", "{title}", "{card}", "{date}", "{discount}", "{gift}"]

    static func template(path: String?, ctx: Context) throws -> String {
        guard let path else { return ctx.catalog.text(.birthday(.greetingDefault)) }
        return try MessageTemplate.read(path, placeholders: placeholders)
    }

    /// `{discount}`: the birthday rate as the clerk's language says it (6折 / 40% off);
    /// `{gift}`: a sentence saying a gift waits, or nothing when none is prepared.
    static func fill(_ template: String, _ facts: GreetingFacts, _ ctx: Context) -> String {
        let c = facts.celebration
        let cat = ctx.catalog
        let title = MemberReplies(ctx).title(c.member.gender)
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December",
        ]
        let date = ctx.language == .zh ? "\(c.date.month)月\(c.date.day)日" : "\(months[c.date.month - 1]) \(c.date.day)"
        let discount = ctx.language == .zh ? facts.birthdayRate.zhe : facts.birthdayRate.percentOff + "%"
        return MessageTemplate.fill(
            template,
            [
                ("{name}", c.member.name), ("{title}", title), ("{card}", c.member.card), ("{date}", date),
                ("{discount}", discount), ("{gift}", facts.gift == nil ? "" : cat.text(.birthday(.greetingGift))),
            ])
    }
}
