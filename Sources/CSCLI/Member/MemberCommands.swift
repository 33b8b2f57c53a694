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
        subcommands: [
            add, show, find, list, edit, earn, redeem, topup, pay, upgrade, reissue,
            status(.suspend, "suspend a card (lost, dispute); it refuses use until resumed", "挂失/停用会员卡"),
            status(.resume, "make a suspended card usable again", "恢复停用的会员卡"),
            status(.cancel, "cancel a card for good; its phone may register again", "注销会员卡"),
            adjust, reverse, history, price, expire, importCommand,
        ])

    static let memberFields: [any OptionDeclaration] = [O.gender, O.idNumber, O.address, O.email, O.kind, O.note]

    static let add = CommandSpec(
        "add", summary: "register a member; name, phone and birthday are all required", zh: "办理会员卡(姓名、手机、生日必填)",
        options: [O.name, O.phone, O.birthday] + memberFields + [O.startingTier, O.card, O.firstPurchase],
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
            let m = try desk(ctx).add(a)
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
            // No match is an answer a script branches on: exit 1, said on stderr.
            guard !r.records.isEmpty || !r.problems.isEmpty else { throw MemberError.noMatch }
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

    static let earn = CommandSpec(
        "earn", summary: "add points from a consumption receipt (1 point per yuan); a receipt earns once, ever",
        zh: "凭消费单积分",
        options: [O.earnAmount, O.earnReceipt, O.room, slip],
        arguments: [card],
        examples: CommandExamples.memberEarn,
        action: { inv, ctx in
            let mv = try desk(ctx).earn(
                try inv[card], amount: try inv[O.earnAmount], receipt: try inv[O.earnReceipt],
                room: inv[O.room])
            let say = MemberReplies(ctx)
            return moved(
                mv,
                ctx.catalog.text(
                    .member(.earned),
                    [
                        say.who(mv.member), say.points(mv.entry.points),
                        mv.entry.receipt ?? "", say.points(mv.available),
                    ]),
                slipTitle: ("POINTS SLIP", "积分确认单"), inv, ctx)
        })

    static let redeem = CommandSpec(
        "redeem", summary: "redeem points for a gift or a voucher (10 points per yuan, 10–100 yuan)",
        zh: "积分兑换(礼品或代金券)",
        options: [O.gift, O.giftPoints, O.voucher, slip],
        arguments: [card],
        examples: CommandExamples.memberRedeem,
        action: { inv, ctx in
            let r: MemberDesk.Redemption
            switch (inv[O.gift], inv[O.giftPoints], inv[O.voucher]) {
            case (let g?, let p?, nil): r = .gift(item: g, points: p)
            case (nil, nil, let y?): r = .voucher(yuan: y)
            case (_?, _, _?), (_, _?, _?): throw UsageError.conflict("--gift/--points", "--voucher")
            case (_?, nil, nil): throw UsageError.missingOptions(["--points"], path: "member redeem ")
            case (nil, _?, nil): throw UsageError.missingOptions(["--gift"], path: "member redeem ")
            default: throw UsageError.missingOptions(["--gift and --points, or --voucher"], path: "member redeem ")
            }
            let mv = try desk(ctx).redeem(try inv[card], r)
            let say = MemberReplies(ctx)
            let what: String
            switch r {
            case .gift(let item, _): what = item
            case .voucher(let yuan): what = ctx.catalog.text(.member(.voucher), [String(yuan)])
            }
            return moved(
                mv,
                ctx.catalog.text(
                    .member(.redeemed),
                    [
                        say.who(mv.member), say.points(-mv.entry.points),
                        what, say.points(mv.available),
                    ]),
                slipTitle: ("REDEMPTION SLIP", "积分兑换单"), inv, ctx)
        })

    static let topup = CommandSpec(
        "topup", summary: "add stored value (储值); 3000 or more grants at least gold", zh: "储值充值",
        options: [O.topupAmount, O.topupReceipt, slip],
        arguments: [card],
        examples: CommandExamples.memberTopup,
        action: { inv, ctx in
            let mv = try desk(ctx).topup(try inv[card], amount: try inv[O.topupAmount], receipt: inv[O.topupReceipt])
            let say = MemberReplies(ctx)
            return moved(
                mv,
                ctx.catalog.text(
                    .member(.toppedUp),
                    [
                        say.who(mv.member), mv.entry.amount.decimal,
                        mv.member.balance.decimal,
                    ]),
                slipTitle: ("STORED VALUE SLIP", "储值确认单"), inv, ctx)
        })

    static let pay = CommandSpec(
        "pay", summary: "pay from stored value; never below zero", zh: "储值消费",
        options: [O.payAmount, O.payReceipt, slip],
        arguments: [card],
        examples: CommandExamples.memberPay,
        action: { inv, ctx in
            let mv = try desk(ctx).pay(try inv[card], amount: try inv[O.payAmount], receipt: try inv[O.payReceipt])
            let say = MemberReplies(ctx)
            return moved(
                mv,
                ctx.catalog.text(
                    .member(.paid),
                    [
                        say.who(mv.member), (-mv.entry.amount).decimal,
                        mv.entry.receipt ?? "", mv.member.balance.decimal,
                    ]),
                slipTitle: ("PAYMENT SLIP", "储值消费单"), inv, ctx)
        })

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

    static let adjust = CommandSpec(
        "adjust", summary: "a supervisor's points correction, + or −, with a reason", zh: "积分调整(主管)",
        options: [O.adjustPoints, O.adjustAmount, O.reason],
        arguments: [card],
        examples: CommandExamples.memberAdjust,
        action: { inv, ctx in
            guard inv[O.adjustPoints] != nil || inv[O.adjustAmount] != nil else {
                throw UsageError.missingOptions(["--points or --amount"], path: "member adjust ")
            }
            let mv = try desk(ctx).adjust(
                try inv[card], points: inv[O.adjustPoints] ?? 0,
                amount: inv[O.adjustAmount] ?? .zero, reason: try inv[O.reason])
            let say = MemberReplies(ctx)
            var what = [String]()
            if mv.entry.points != 0 { what.append(say.signedPoints(mv.entry.points)) }
            if mv.entry.amount.fen != 0 { what.append(say.signedBalance(mv.entry.amount)) }
            let message = ctx.catalog.text(
                .member(.adjusted),
                [
                    say.who(mv.member), what.joined(separator: ", "),
                    mv.entry.reason ?? "", say.points(mv.available),
                    mv.member.balance.decimal,
                ])
            return moved(
                mv, message,
                slipTitle: ("ADJUSTMENT", "积分调整单"), inv, ctx)
        })

    static let reverse = CommandSpec(
        "reverse", summary: "a refunded purchase takes back the points its receipt earned", zh: "退货冲减积分",
        options: [O.reverseReceipt, O.reason],
        examples: CommandExamples.memberReverse,
        action: { inv, ctx in
            let mv = try desk(ctx).reverse(receipt: try inv[O.reverseReceipt], reason: try inv[O.reason])
            let say = MemberReplies(ctx)
            return moved(
                mv,
                ctx.catalog.text(
                    .member(.reversed),
                    [
                        mv.entry.receipt ?? "", say.who(mv.member),
                        say.points(-mv.entry.points),
                        say.points(mv.available),
                    ]),
                slipTitle: ("REVERSAL", "积分冲减单"), inv, ctx)
        })

    static let history = CommandSpec(
        "history", summary: "every points and stored-value movement of the member, across reissued cards",
        zh: "积分与储值明细",
        arguments: [O.cardOrPhoneShort],
        examples: CommandExamples.memberHistory,
        action: { inv, ctx in
            let lines = try desk(ctx).history(try inv[O.cardOrPhoneShort])
            return .table(MemberTables.history.table(lines))
        })

    static let price = CommandSpec(
        "price", summary: "what the member pays: tier, birthday or store discount, or 折上折; the best allowed",
        zh: "会员价计算",
        options: [O.priceAmount, O.storeDiscount, O.on],
        arguments: [O.cardOrPhoneShort],
        examples: CommandExamples.memberPrice,
        action: { inv, ctx in
            let q = try desk(ctx).price(
                try inv[O.cardOrPhoneShort], amount: try inv[O.priceAmount],
                storeDiscount: inv[O.storeDiscount], on: inv[O.on])
            return .record(MemberTables.quote.record(q))
        })

    static let expire = CommandSpec(
        "expire", summary: "record the expiry of points earned more than a year ago (safe to run daily)", zh: "积分过期处理",
        options: [O.asOf],
        examples: CommandExamples.memberExpire,
        action: { inv, ctx in
            let day = inv[O.asOf] ?? ctx.clock.today
            let done = try desk(ctx).expire(asOf: day)
            let expired = Fields<(card: String, points: Int64)>([
                Field("card", "CARD", "卡号") { .text($0.card) },
                Field("points", "POINTS", "积分") { .int($0.points) },
            ])
            let say = MemberReplies(ctx)
            let total = say.points(done.reduce(0) { $0 + $1.points })
            let text = ctx.catalog.text(.member(.expired), [say.cards(done.count), total, day.iso]) + "\n"
            return .summary(text: text, data: expired.table(done), record: false, status: .done)
        })

    static let importCommand = CommandSpec(
        "import", summary: "import members from CSV (English or Chinese headers), all rows or none",
        zh: "从 CSV 导入会员(全部成功或全部不导入)",
        options: [O.from, O.ledger, O.dryRun],
        renamed: [Renamed("csv", to: "--from FILE")],
        examples: CommandExamples.memberImport,
        action: { inv, ctx in
            let path = try inv[O.from]
            guard let input = try ImportFile.input(path) else {
                throw UsageError.invalidValue("--from", value: path, accepted: ImportFile.readableCSV)
            }
            var ledger: [UInt8]?
            if let path = inv[O.ledger] {
                guard let l = try ImportFile.read(path) else {
                    throw UsageError.invalidValue("--ledger", value: path, accepted: ImportFile.readableCSV)
                }
                ledger = l
            }
            let meter = ProgressMeter(ctx)
            defer { meter.clear() }
            let r = try desk(ctx).importMembers(
                from: input, ledger: ledger, dryRun: inv[O.dryRun],
                progress: meter.show)
            meter.clear()
            let args = [MemberReplies(ctx).members(r.members), String(r.openingPoints), r.openingBalance.decimal]
            return .text(ctx.catalog.text(r.committed ? .member(.imported) : .member(.importDryRun), args) + "\n")
        })

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

/// Reads an input file given on the command line; nil when it cannot be read.
enum ImportFile {
    static let maxBytes = 512 << 20
    static let readableCSV = Text(en: "a readable CSV file", zh: "可读取的 CSV 文件")

    static func input(_ path: String) throws -> CSVInput? {
        guard !path.isEmpty else { return nil }
        return try CSVInput.named(path, limit: maxBytes)
    }

    static func read(_ path: String) throws -> [UInt8]? {
        guard !path.isEmpty else { return nil }
        return try? StoreFileReader.read(path, limit: maxBytes)
    }
}
