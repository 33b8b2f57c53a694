import CSCore

/// The member and ledger fields as SPEC.md's "Stable output fields" name them.
enum MemberTables {
    static let memberColumns = [
        Column("card", "CARD", "卡号"), Column("name", "NAME", "姓名"), Column("phone", "PHONE", "手机"),
        Column("birthday", "BIRTHDAY", "生日"), Column("gender", "GENDER", "性别"), Column("kind", "KIND", "卡类型"),
        Column("tier", "TIER", "等级"), Column("status", "STATUS", "状态"), Column("points", "POINTS", "积分"),
        Column("balance", "BALANCE", "余额"), Column("totalSpend", "SPEND", "累计消费"), Column("joinedAt", "JOINED", "入会时间"),
        Column("replacedBy", "REPLACED BY", "新卡号"),
    ]

    static func memberRow(_ m: Member) -> [Cell] {
        [.text(m.card), .text(m.name), .text(m.phone), .day(m.birthday), .text(m.gender.rawValue), .text(m.memberKind.rawValue),
         .text(m.tier.rawValue), .text(m.status.rawValue), .int(m.points), .money(m.balance), .money(m.totalSpend),
         .instant(m.joinedAt), .text(m.replacedBy)]
    }

    /// The export (and import) columns: every field, the ID number masked unless revealed.
    static let exportColumns = memberColumns + [
        Column("idNumber", "ID NUMBER", "身份证号"), Column("address", "ADDRESS", "地址"), Column("email", "EMAIL", "邮箱"),
        Column("note", "NOTE", "备注"), Column("account", "ACCOUNT", "账户"), Column("replaces", "REPLACES", "原卡号"),
        Column("statusReason", "STATUS REASON", "状态原因"),
    ]

    static func exportRow(_ m: Member, reveal: Bool) -> [Cell] {
        memberRow(m) + [.text(m.idNumber.map { reveal ? $0 : IDNumber.masked($0) }), .text(m.address), .text(m.email), .text(m.note),
                        .text(m.account), .text(m.replaces), .text(m.statusReason)]
    }

    static func detail(_ v: MemberDesk.View, reveal: Bool) -> ResultTable {
        let m = v.member
        let columns = memberColumns + [
            Column("available", "AVAILABLE POINTS", "可用积分"), Column("expiringIn30Days", "EXPIRING IN 30 DAYS", "30天内到期积分"),
            Column("idNumber", "ID NUMBER", "身份证号"), Column("address", "ADDRESS", "地址"), Column("email", "EMAIL", "邮箱"),
            Column("statusReason", "STATUS REASON", "状态原因"), Column("replaces", "REPLACES", "原卡号"), Column("note", "NOTE", "备注"),
        ]
        let row = memberRow(m) + [.int(v.available), .int(v.expiring), .text(m.idNumber.map { reveal ? $0 : IDNumber.masked($0) }),
                                  .text(m.address), .text(m.email), .text(m.statusReason), .text(m.replaces), .text(m.note)]
        return ResultTable(columns: columns, rows: [row])
    }

    static let ledgerColumns = [
        Column("id", "ID", "编号"), Column("card", "CARD", "卡号"), Column("kind", "KIND", "类型"), Column("points", "POINTS", "积分"),
        Column("amount", "AMOUNT", "金额"), Column("receipt", "RECEIPT", "单据号"), Column("clerk", "CLERK", "经办人"),
        Column("at", "AT", "时间"), Column("expiresOn", "EXPIRES", "到期日"), Column("item", "ITEM", "兑换物品"),
        Column("reason", "REASON", "原因"), Column("account", "ACCOUNT", "账户"), Column("room", "ROOM", "房间"),
    ]

    static func ledgerRow(_ e: LedgerEntry) -> [Cell] {
        [.text(e.id), .text(e.card), .text(e.kind.rawValue), .int(e.points), .money(e.amount), .text(e.receipt), .text(e.clerk),
         .instant(e.at), .day(e.expiresOn), .text(e.item), .text(e.reason), .text(e.account), .text(e.room)]
    }

    static let quoteColumns = [
        Column("card", "CARD", "卡号"), Column("amount", "AMOUNT", "原价"), Column("payable", "PAYABLE", "应付"),
        Column("rule", "RULE", "规则"), Column("rate", "RATE", "折扣"),
    ]
}
