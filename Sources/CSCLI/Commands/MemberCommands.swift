import CSCore

/// `cs member …`: parse, call the membership desk, render. No rule lives here.
enum MemberCommands {
    static func desk(_ ctx: Context) throws -> MemberDesk {
        try ctx.store.requireInitialized()
        return MemberDesk(store: ctx.store, config: try ctx.requireConfig(), clock: ctx.clock, clerk: ctx.clerk)
    }

    static let tiers = Tier.allCases.map(\.rawValue)
    static let card = ArgumentSpec("CARD", help: "the card number")
    static let slip = OptionSpec.flag("slip", help: "also print the 32-column slip (customer and merchant copies)")

    static let command = CommandSpec(
        "member", summary: "membership cards: registration, points, stored value, tiers, reissue", zh: "会员卡:办卡、积分、储值、升级、补办",
        subcommands: [add, show, find, list, edit, earn, redeem, topup, pay, upgrade, reissue,
                      status("suspend", "suspend a card (lost, dispute); it refuses use until resumed", "挂失/停用会员卡"),
                      status("resume", "make a suspended card usable again", "恢复停用的会员卡"),
                      status("cancel", "cancel a card for good; its phone may register again", "注销会员卡"),
                      adjust, reverse, history, price, expire, importCommand])

    static let memberFields: [OptionSpec] = [
        OptionSpec("gender", .choice(Gender.allCases.map(\.rawValue)), valueName: "G", help: "male, female or unspecified"),
        OptionSpec("id-number", .text, valueName: "ID", help: "national ID number (stored 0600, shown masked)"),
        OptionSpec("address", .freeText, valueName: "TEXT", help: "postal address"),
        OptionSpec("email", .text, valueName: "ADDR", help: "e-mail address"),
        OptionSpec("kind", .choice(MemberKind.allCases.map(\.rawValue)), valueName: "KIND", help: "regular, stored-value or student"),
        OptionSpec("note", .freeText, valueName: "TEXT", help: "a note for the file"),
    ]

    static let add = CommandSpec(
        "add", summary: "register a member; name, phone and birthday are all required", zh: "办理会员卡(姓名、手机、生日必填)",
        options: [
            OptionSpec("name", .text, required: true, help: "the member's name"),
            OptionSpec("phone", .text, required: true, help: "mobile number; unique among current members"),
            OptionSpec("birthday", .date, required: true, valueName: "DATE", help: "date of birth YYYY-MM-DD"),
        ] + memberFields + [
            OptionSpec("tier", .choice(tiers), valueName: "TIER", help: "starting tier (default from --first-purchase, else regular)"),
            OptionSpec("card", .text, valueName: "NO", help: "use this card number instead of generating one"),
            OptionSpec("first-purchase", .positiveAmount, valueName: "AMOUNT", help: "first purchase: ≥199 regular, ≥599 silver, ≥999 gold, ≥1599 diamond"),
        ],
        action: { inv, ctx in
            var a = MemberDesk.Application()
            a.name = inv.text("name"); a.phone = inv.text("phone"); a.birthday = inv.day("birthday")
            a.gender = inv.text("gender").flatMap(Gender.init(rawValue:)) ?? .unspecified
            a.idNumber = inv.text("id-number"); a.address = inv.text("address"); a.email = inv.text("email")
            a.kind = inv.text("kind").flatMap(MemberKind.init(rawValue:)) ?? .regular
            a.tier = inv.text("tier").flatMap(Tier.init(rawValue:)); a.card = inv.text("card")
            a.firstPurchase = inv.money("first-purchase"); a.note = inv.text("note")
            let m = try desk(ctx).add(a)
            return .created(id: m.card, message: ctx.catalog.text(.memberAdded, [m.card, m.name]),
                            record: ResultTable(columns: MemberTables.memberColumns, rows: [MemberTables.memberRow(m)]))
        })

    static let reveal = OptionSpec.flag("reveal", help: "show the full ID number (the reveal is on purpose; it is not journalled)")

    static let show = CommandSpec(
        "show", summary: "one member by card number or phone, with available and soon-expiring points", zh: "查看会员(卡号或手机号)",
        options: [reveal],
        arguments: [ArgumentSpec("CARD|PHONE", help: "card number, or the phone of a member who forgot the card")],
        action: { inv, ctx in
            .record(MemberTables.detail(try desk(ctx).view(inv.argument("CARD|PHONE")!), reveal: inv.flag("reveal")))
        })

    static let findOptions: [OptionSpec] = [
        OptionSpec("tier", .choice(tiers), valueName: "TIER", help: "only this tier"),
        OptionSpec("status", .choice(MemberStatus.allCases.map(\.rawValue)), valueName: "STATUS", help: "only this status"),
    ]

    /// Damaged documents are left out, not fatal, and reported on stderr.
    static func listing(_ members: [Member], _ problems: [DocumentProblem]) -> CommandOutput {
        .table(ResultTable(columns: MemberTables.memberColumns, rows: members.map(MemberTables.memberRow), skipped: problems))
    }

    static let find = CommandSpec(
        "find", summary: "find members without the card: by phone, part of the name, birthday month", zh: "查找会员(手机、姓名片段、生日月份)",
        options: [
            OptionSpec("phone", .text, help: "the phone number"),
            OptionSpec("name", .text, valueName: "SUBSTRING", help: "part of the name, Chinese or Latin (case-insensitive)"),
            OptionSpec("birthday-month", .integer(1...12), valueName: "M", help: "birthday in month 1–12"),
        ] + findOptions,
        action: { inv, ctx in
            let c = MemberDesk.Criteria(phone: inv.text("phone"), name: inv.text("name"), birthdayMonth: inv.int("birthday-month").map(Int.init),
                                        tier: inv.text("tier").flatMap(Tier.init(rawValue:)), status: inv.text("status").flatMap(MemberStatus.init(rawValue:)))
            let r = try desk(ctx).find(c)
            return listing(r.records.sorted { $0.card < $1.card }, r.problems)
        })

    static let list = CommandSpec(
        "list", summary: "list members", zh: "会员列表",
        options: findOptions + [
            OptionSpec("sort", .choice(["card", "name", "joined", "points", "balance", "birthday"]), valueName: "KEY", help: "sort by card (default), name, joined, points, balance or birthday"),
            OptionSpec("limit", .integer(1...10_000_000), valueName: "N", help: "at most N rows"),
        ],
        action: { inv, ctx in
            let c = MemberDesk.Criteria(tier: inv.text("tier").flatMap(Tier.init(rawValue:)), status: inv.text("status").flatMap(MemberStatus.init(rawValue:)))
            let r = try desk(ctx).find(c)
            var ms = r.records
            switch inv.text("sort") ?? "card" {
            case "name": ms.sort { ($0.name, $0.card) < ($1.name, $1.card) }
            case "joined": ms.sort { ($0.joinedAt.epochSeconds, $0.card) < ($1.joinedAt.epochSeconds, $1.card) }
            case "points": ms.sort { ($1.points, $0.card) < ($0.points, $1.card) }
            case "balance": ms.sort { ($1.balance.fen, $0.card) < ($0.balance.fen, $1.card) }
            case "birthday": ms.sort { ($0.birthday.month, $0.birthday.day, $0.card) < ($1.birthday.month, $1.birthday.day, $1.card) }
            default: ms.sort { $0.card < $1.card }
            }
            if let n = inv.int("limit") { ms = Array(ms.prefix(Int(n))) }
            return listing(ms, r.problems)
        })

    static let edit = CommandSpec(
        "edit", summary: "correct a member's file (name, phone, birthday, contact details)", zh: "修改会员资料",
        options: [
            OptionSpec("name", .text, help: "the member's name"),
            OptionSpec("phone", .text, help: "mobile number"),
            OptionSpec("birthday", .date, valueName: "DATE", help: "date of birth"),
        ] + memberFields,
        arguments: [card],
        action: { inv, ctx in
            var e = MemberDesk.Edit()
            e.name = inv.text("name"); e.phone = inv.text("phone"); e.birthday = inv.day("birthday")
            e.gender = inv.text("gender").flatMap(Gender.init(rawValue:)); e.idNumber = inv.text("id-number")
            e.address = inv.text("address"); e.email = inv.text("email")
            e.kind = inv.text("kind").flatMap(MemberKind.init(rawValue:)); e.note = inv.text("note")
            let m = try desk(ctx).edit(inv.argument("CARD")!, e)
            return .created(id: m.card, message: ctx.catalog.text(.memberEdited, [m.card]),
                            record: ResultTable(columns: MemberTables.memberColumns, rows: [MemberTables.memberRow(m)]))
        })

    /// The reply to a movement: the message, an upgrade line, and the slip when asked.
    static func moved(_ mv: MemberDesk.Movement, _ message: String, slipTitle: (String, String), _ inv: Invocation, _ ctx: Context) -> CommandOutput {
        var text = message + "\n"
        if let from = mv.upgradedFrom { text += ctx.catalog.text(.memberUpgraded, [mv.member.card, from.rawValue, mv.member.tier.rawValue]) + "\n" }
        if inv.flag("slip") { text += "\n" + Slip.render(title: ctx.language == .zh ? slipTitle.1 : slipTitle.0, movement: mv, language: ctx.language) }
        if ctx.globals.format != .table {
            return .record(ResultTable(columns: MemberTables.ledgerColumns + [Column("available", "AVAILABLE", "可用积分"), Column("balanceAfter", "BALANCE AFTER", "余额")],
                                       rows: [MemberTables.ledgerRow(mv.entry) + [.int(mv.available), .money(mv.member.balance)]]))
        }
        if ctx.globals.quiet { return .text(mv.entry.id + "\n") }
        return .text(text)
    }

    static let earn = CommandSpec(
        "earn", summary: "add points from a consumption receipt (1 point per yuan); a receipt earns once, ever", zh: "凭消费单积分",
        options: [
            OptionSpec("amount", .positiveAmount, required: true, valueName: "AMOUNT", help: "the receipt's amount in yuan"),
            OptionSpec("receipt", .text, required: true, valueName: "NO", help: "the receipt (积分单) number"),
            OptionSpec("room", .text, valueName: "R", help: "room or table"),
            slip,
        ],
        arguments: [card],
        action: { inv, ctx in
            let mv = try desk(ctx).earn(inv.argument("CARD")!, amount: inv.money("amount")!, receipt: inv.text("receipt")!, room: inv.text("room"))
            return moved(mv, ctx.catalog.text(.memberEarned, [mv.member.card, String(mv.entry.points), mv.entry.receipt ?? "", String(mv.available)]),
                         slipTitle: ("POINTS SLIP", "积分确认单"), inv, ctx)
        })

    static let redeem = CommandSpec(
        "redeem", summary: "redeem points for a gift or a voucher (10 points per yuan, 10–100 yuan)", zh: "积分兑换(礼品或代金券)",
        options: [
            OptionSpec("gift", .text, valueName: "ITEM", help: "the gift handed over"),
            OptionSpec("points", .integer(1...1_000_000_000), valueName: "N", help: "points the gift costs (with --gift)"),
            OptionSpec("voucher", .integer(1...1_000_000), valueName: "YUAN", help: "a voucher of this many yuan"),
            slip,
        ],
        arguments: [card],
        action: { inv, ctx in
            let r: MemberDesk.Redemption
            switch (inv.text("gift"), inv.int("points"), inv.int("voucher")) {
            case (let g?, let p?, nil): r = .gift(item: g, points: p)
            case (nil, nil, let y?): r = .voucher(yuan: y)
            case (_?, _, _?), (_, _?, _?): throw UsageError.conflict("--gift/--points", "--voucher")
            case (_?, nil, nil): throw UsageError.missingOptions(["--points"], path: "member redeem ")
            case (nil, _?, nil): throw UsageError.missingOptions(["--gift"], path: "member redeem ")
            default: throw UsageError.missingOptions(["--gift and --points, or --voucher"], path: "member redeem ")
            }
            let mv = try desk(ctx).redeem(inv.argument("CARD")!, r)
            return moved(mv, ctx.catalog.text(.memberRedeemed, [mv.member.card, String(-mv.entry.points), mv.entry.item ?? "", String(mv.available)]),
                         slipTitle: ("REDEMPTION SLIP", "积分兑换单"), inv, ctx)
        })

    static let topup = CommandSpec(
        "topup", summary: "add stored value (储值); 3000 or more grants at least gold", zh: "储值充值",
        options: [OptionSpec("amount", .positiveAmount, required: true, valueName: "AMOUNT", help: "yuan paid in"), slip],
        arguments: [card],
        action: { inv, ctx in
            let mv = try desk(ctx).topup(inv.argument("CARD")!, amount: inv.money("amount")!)
            return moved(mv, ctx.catalog.text(.memberToppedUp, [mv.member.card, mv.entry.amount.decimal, mv.member.balance.decimal]),
                         slipTitle: ("STORED VALUE SLIP", "储值确认单"), inv, ctx)
        })

    static let pay = CommandSpec(
        "pay", summary: "pay from stored value; never below zero", zh: "储值消费",
        options: [
            OptionSpec("amount", .positiveAmount, required: true, valueName: "AMOUNT", help: "yuan to pay"),
            OptionSpec("receipt", .text, required: true, valueName: "NO", help: "the bill's receipt number"),
            slip,
        ],
        arguments: [card],
        action: { inv, ctx in
            let mv = try desk(ctx).pay(inv.argument("CARD")!, amount: inv.money("amount")!, receipt: inv.text("receipt")!)
            return moved(mv, ctx.catalog.text(.memberPaid, [mv.member.card, (-mv.entry.amount).decimal, mv.entry.receipt ?? "", mv.member.balance.decimal]),
                         slipTitle: ("PAYMENT SLIP", "储值消费单"), inv, ctx)
        })

    static let upgrade = CommandSpec(
        "upgrade", summary: "apply the upgrade rules now, or raise to a tier with --to (never lower)", zh: "会员升级",
        options: [OptionSpec("to", .choice(tiers), valueName: "TIER", help: "the tier to raise the card to")],
        arguments: [card],
        action: { inv, ctx in
            let (m, from) = try desk(ctx).upgrade(inv.argument("CARD")!, to: inv.text("to").flatMap(Tier.init(rawValue:)))
            let msg = m.tier == from ? ctx.catalog.text(.memberNotUpgraded, [m.card, m.tier.rawValue])
                                     : ctx.catalog.text(.memberUpgraded, [m.card, from.rawValue, m.tier.rawValue])
            return .created(id: m.card, message: msg, record: ResultTable(columns: MemberTables.memberColumns, rows: [MemberTables.memberRow(m)]))
        })

    static let reissue = CommandSpec(
        "reissue", summary: "补办: a new card number; the old card is replaced; points and balance carry over", zh: "补办会员卡",
        options: [OptionSpec("reason", .choice(MemberDesk.ReissueReason.allCases.map(\.rawValue)), valueName: "WHY", help: "lost (default) or damaged")],
        arguments: [card],
        action: { inv, ctx in
            let (old, new) = try desk(ctx).reissue(inv.argument("CARD")!, reason: inv.text("reason").flatMap(MemberDesk.ReissueReason.init(rawValue:)) ?? .lost)
            return .created(id: new.card, message: ctx.catalog.text(.memberReissued, [old.card, new.card]),
                            record: ResultTable(columns: MemberTables.memberColumns, rows: [MemberTables.memberRow(new)]))
        })

    static func status(_ name: String, _ summary: String, _ zh: String) -> CommandSpec {
        CommandSpec(name, summary: summary, zh: zh,
                    options: [OptionSpec("reason", .freeText, required: true, valueName: "TEXT", help: "why")],
                    arguments: [card],
                    action: { inv, ctx in
                        let m = try desk(ctx).setStatus(inv.argument("CARD")!, MemberDesk.StatusChange(rawValue: name)!, reason: inv.text("reason")!)
                        return .created(id: m.card, message: ctx.catalog.text(.memberStatusChanged, [m.card, m.status.rawValue]),
                                        record: ResultTable(columns: MemberTables.memberColumns, rows: [MemberTables.memberRow(m)]))
                    })
    }

    static let adjust = CommandSpec(
        "adjust", summary: "a supervisor's points correction, + or −, with a reason", zh: "积分调整(主管)",
        options: [
            OptionSpec("points", .integer(-1_000_000_000...1_000_000_000), required: true, valueName: "N", help: "points to add (negative to take)"),
            OptionSpec("reason", .freeText, required: true, valueName: "TEXT", help: "why"),
        ],
        arguments: [card],
        action: { inv, ctx in
            let mv = try desk(ctx).adjust(inv.argument("CARD")!, points: inv.int("points")!, reason: inv.text("reason")!)
            return moved(mv, ctx.catalog.text(.memberAdjusted, [mv.member.card, (mv.entry.points > 0 ? "+" : "") + String(mv.entry.points), String(mv.available)]),
                         slipTitle: ("ADJUSTMENT", "积分调整单"), inv, ctx)
        })

    static let reverse = CommandSpec(
        "reverse", summary: "a refunded purchase takes back the points its receipt earned", zh: "退货冲减积分",
        options: [
            OptionSpec("receipt", .text, required: true, valueName: "NO", help: "the refunded receipt"),
            OptionSpec("reason", .freeText, required: true, valueName: "TEXT", help: "why"),
        ],
        action: { inv, ctx in
            let mv = try desk(ctx).reverse(receipt: inv.text("receipt")!, reason: inv.text("reason")!)
            return moved(mv, ctx.catalog.text(.memberReversed, [inv.text("receipt")!, String(-mv.entry.points), mv.member.card, String(mv.available)]),
                         slipTitle: ("REVERSAL", "积分冲减单"), inv, ctx)
        })

    static let history = CommandSpec(
        "history", summary: "every points and stored-value movement of the member, across reissued cards", zh: "积分与储值明细",
        arguments: [ArgumentSpec("CARD|PHONE", help: "card number or phone")],
        action: { inv, ctx in
            .table(ResultTable(columns: MemberTables.ledgerColumns, rows: try desk(ctx).history(inv.argument("CARD|PHONE")!).map(MemberTables.ledgerRow)))
        })

    static let price = CommandSpec(
        "price", summary: "what the member pays: tier, birthday or store discount, or 折上折; the best allowed", zh: "会员价计算",
        options: [
            OptionSpec("amount", .positiveAmount, required: true, valueName: "AMOUNT", help: "the full price in yuan"),
            OptionSpec("store-discount", .rate, valueName: "RATE", help: "the store's discount on these goods, such as 0.9"),
            OptionSpec("on", .date, valueName: "DATE", help: "the day of purchase (default today)"),
        ],
        arguments: [ArgumentSpec("CARD|PHONE", help: "card number or phone")],
        action: { inv, ctx in
            let q = try desk(ctx).price(inv.argument("CARD|PHONE")!, amount: inv.money("amount")!, storeDiscount: inv.rate("store-discount"), on: inv.day("on"))
            return .record(ResultTable(columns: MemberTables.quoteColumns, rows: [[.text(q.card), .money(q.amount), .money(q.payable), .text(q.rule.rawValue), .text(q.rate.description)]]))
        })

    static let expire = CommandSpec(
        "expire", summary: "record the expiry of points earned more than a year ago (safe to run daily)", zh: "积分过期处理",
        options: [OptionSpec("as-of", .date, valueName: "DATE", help: "expire as of this day (default today)")],
        action: { inv, ctx in
            let day = inv.day("as-of") ?? ctx.clock.today
            let done = try desk(ctx).expire(asOf: day)
            if ctx.globals.format != .table {
                return .table(ResultTable(columns: [Column("card", "CARD", "卡号"), Column("points", "POINTS", "积分")],
                                          rows: done.map { [.text($0.card), .int($0.points)] }))
            }
            return .text(ctx.catalog.text(.memberExpired, [String(done.count), String(done.reduce(0) { $0 + $1.points }), day.iso]) + "\n")
        })

    static let importCommand = CommandSpec(
        "import", summary: "import members from CSV (English or Chinese headers), all rows or none", zh: "从 CSV 导入会员(全部成功或全部不导入)",
        options: [
            OptionSpec("csv", .text, required: true, valueName: "FILE", help: "the CSV file (UTF-8, with or without BOM)"),
            OptionSpec("ledger", .text, valueName: "FILE", help: "the history from 'cs export ledger': imported as it is instead of opening entries"),
            .flag("dry-run", help: "check every row and report, change nothing"),
        ],
        action: { inv, ctx in
            let path = inv.text("csv")!
            guard let bytes = try ImportFile.read(path) else {
                throw UsageError.invalidValue("--csv", value: path, accepted: "a readable CSV file")
            }
            var ledger: [UInt8]?
            if let path = inv.text("ledger") {
                guard let l = try ImportFile.read(path) else { throw UsageError.invalidValue("--ledger", value: path, accepted: "a readable CSV file") }
                ledger = l
            }
            let r = try desk(ctx).importMembers(csv: bytes, ledger: ledger, dryRun: inv.flag("dry-run"))
            let args = [String(r.members), String(r.openingPoints), r.openingBalance.decimal]
            return .text(ctx.catalog.text(r.committed ? .memberImported : .memberImportDryRun, args) + "\n")
        })

    /// In storage order (shard by shard), so it streams; sort downstream if needed.
    static let membersExport = ExportKind(name: "members", columns: MemberTables.exportColumns) { ctx, options, emit in
        let since = options.since, reveal = options.reveal
        _ = try ctx.store.forEachShard(Member.self) { members in
            try emit(members.filter { m in since.map { m.joinedAt.day >= $0 } ?? true }.map { MemberTables.exportRow($0, reveal: reveal) })
        }
    }

    /// Shard by shard; within a shard (a set of accounts) in the order the entries were made.
    static let ledgerExport = ExportKind(name: "ledger", columns: MemberTables.ledgerColumns) { ctx, options, emit in
        let since = options.since
        _ = try ctx.store.forEachShard(LedgerEntry.self) { entries in
            try emit(entries.filter { e in since.map { e.at.day >= $0 } ?? true }.sorted(by: Account.order).map(MemberTables.ledgerRow))
        }
    }
}

/// Reads an input file given on the command line; nil when it cannot be read.
enum ImportFile {
    static let maxBytes = 512 << 20

    static func read(_ path: String) throws -> [UInt8]? {
        guard !path.isEmpty else { return nil }
        return try? StoreFileReader.read(path, limit: maxBytes)
    }
}
