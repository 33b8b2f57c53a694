import CSCore

/// The member desk as the command line sees it (one line in `DeskCommands.all` lists it).
extension DeskCommands {
    static let member = DeskCommands(
        desk: .member, command: { MemberCommands.command },
        exports: { [MemberCommands.membersExport, MemberCommands.ledgerExport, MemberCommands.vouchersExport] },
        conflict: { c, catalog in
            let records = c.records.joined(separator: ", ")
            switch c.subject {
            case .receipt: return catalog.text(.member(.syncReceiptTwice), [c.key, records])
            case .overspent: return catalog.text(.member(.syncOverspent), [c.key, records])
            case .phone: return catalog.text(.member(.syncPhoneTwice), [c.key, records])
            default: return nil
            }
        },
        messages: {
            MemberMessage.allCases.map(MessageKey.member) + ImportMessage.allCases.map(MessageKey.memberImport)
        },
        kindNames: [
            "members": "会员", "ledger": "积分储值流水", "accounts": "账户汇总", "index-phone": "手机索引",
            "index-receipt": "小票索引", "perk-uses": "免唱优惠", "vouchers": "现金券",
        ])
}
