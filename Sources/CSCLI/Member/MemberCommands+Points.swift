import CSCore

/// Points and stored value: earn, redeem, top-up, pay, and the corrections.
extension MemberCommands {
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
        "topup", summary: "add stored value (储值); 3000 or more grants at least silver (贵宾卡; configurable)",
        zh: "储值充值",
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
        renamed: [Renamed("on", to: "--date DATE")],
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
}
