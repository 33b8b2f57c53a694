import CSCore

/// Every option and argument of `cs lostfound`, declared once and read by value.
enum LostFoundOption {
    static let item = Required<String>(
        "item", .text, valueName: "ITEM",
        help: "what was found (a phone, a black umbrella)", zh: "物品名称(如手机、黑色雨伞)")
    static let color = Option<String>("color", .text, valueName: "COLOUR", help: "its colour", zh: "颜色")
    static let place = Required<String>(
        "where", .text, valueName: "PLACE", help: "where it was found (room 8, lobby)",
        zh: "拾获地点(如 8 号包厢、大堂)")
    static let handedInBy = Required<String>(
        "handed-in-by", .text, valueName: "NAME",
        help: "who found it and handed it in", zh: "拾获交来人")
    static let supervisor = Required<String>(
        "supervisor", .text, valueName: "NAME",
        help: "the shift supervisor who signs", zh: "签字的值班主管")
    static let valuable = Flag(
        "valuable",
        help: "a valuable: kept in the safe (also when the item's name holds a word "
            + "of lostfound.valuables, such as phone or 钱包)",
        zh: "贵重物品:存入保险柜(物品名称含 lostfound.valuables 中的词,如手机、钱包,也算)")
    static let description = Option<String>(
        "description", .freeText, valueName: "TEXT",
        help: "what it looks like and holds, for matching a claimant's description",
        zh: "外观与内容描述,用于核对认领人的描述")
    static let foundAt = Option<Instant>(
        "found-at", .instant, valueName: "TIME",
        help: "when it was found (default now); the three days run from here",
        zh: "拾获时间(默认现在);三天期限由此起算")
    static let photo = Option<String>(
        "photo", .text, valueName: "FILE",
        help: "a photo of it, copied into the data directory (at most 10 MB)",
        zh: "物品照片,复制到数据目录(不超过 10 MB)")

    static let to = Required<Custody>(
        "to", valueName: "WHERE", help: "desk, safe, center or general-affairs",
        zh: "desk/服务台、safe/保险柜、center/客服中心 或 general-affairs/总务处")
    static let receivedBy = Required<String>(
        "received-by", .text, valueName: "NAME", help: "who received it and signs",
        zh: "接收并签字的人")
    static let reason = Option<String>("reason", .freeText, valueName: "TEXT", help: "why it moved", zh: "移交原因")

    static let claimant = Required<String>(
        "claimant", .text, valueName: "NAME", help: "the owner's name",
        zh: "认领人姓名")
    static let phone = Required<String>(
        "phone", .text, valueName: "PHONE", help: "the claimant's mobile number",
        zh: "认领人手机号")
    static let idNumber = Required<String>(
        "id-number", .text, valueName: "ID",
        help: "the ID the claimant showed (stored, shown masked)",
        zh: "认领人出示的证件号(保存,显示时打码)")
    static let described = Required<String>(
        "described", .freeText, valueName: "TEXT",
        help: "the claimant's own description of the item", zh: "认领人对物品的描述")
    static let claimSupervisor = Required<String>(
        "supervisor", .text, valueName: "NAME",
        help: "the supervisor present at the claim", zh: "在场的值班主管")

    static let how = Required<Disposal>(
        "how", valueName: "HOW", help: "returned, police, donated or discarded",
        zh: "returned/归还失主、police/交公安、donated/捐赠 或 discarded/丢弃")
    static let note = Option<String>(
        "note", .freeText, valueName: "TEXT", help: "a note for the register",
        zh: "备注")

    static let search = Option<String>(
        "search", .text, valueName: "TEXT",
        help: "part of the item, colour, place or description (Chinese or Latin)",
        zh: "物品、颜色、地点或描述中的一段文字")
    static let status = Option<LostItemStatus>(
        "status", valueName: "S", help: "held, claimed or disposed",
        zh: "held/保管中、claimed/已认领 或 disposed/已处理")
    static let custody = Option<Custody>(
        "custody", valueName: "WHERE",
        help: "held at desk, safe, center or general-affairs",
        zh: "存放处:desk、safe、center 或 general-affairs")
    static let since = Option<Day>(
        "since", .date, valueName: "DATE", help: "registered on or after this day",
        zh: "此日及以后登记的")
    static let onlyValuable = Flag("valuable", help: "only valuables", zh: "只列贵重物品")
    /// `--overdue`, as `complaint list` and `lend list` name "past due now".
    static let due = Flag("overdue", help: "only items the sweep would move or list now", zh: "只列现在到期需移交或处理的物品")

    static let asOf = Option<Instant>(
        "as-of", .instant, valueName: "TIME",
        help: "what is due at this time (default now)", zh: "按此时间计算到期(默认现在)")
    static let apply = Flag("apply", help: "do the moves now (needs --received-by)", zh: "立即执行移交(需 --received-by)")
    static let sweepReceivedBy = Option<String>(
        "received-by", .text, valueName: "NAME",
        help: "who received the items (with --apply)", zh: "接收人(与 --apply 同用)")
    static let sweepTo = Option<SweepDestination>(
        "to", valueName: "WHERE",
        help: "only the moves to center (day end) or to general-affairs (the 3 days)",
        zh: "只处理移交 center(日终)或 general-affairs(满 3 天)的物品")
    static let reveal = Flag("reveal", help: "show the claimant's full ID number", zh: "显示认领人完整证件号")

    /// Completion offers the items still held: the ones that can be moved, claimed or disposed of.
    static let id = Argument<String>(
        "ID", help: "the item's id, such as L01-7", zh: "物品编号,如 L01-7",
        ids: RecordIds { ctx in try LostFoundCommands.desk(ctx).list(.init(status: .held)).records.map(\.id) })
}
