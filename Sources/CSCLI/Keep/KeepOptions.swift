import CSCore

/// Every option and argument of `cs keep`, declared once and read by value.
enum KeepOption {
    static let tag = Required<String>(
        "tag", .text, valueName: "TAG", help: "the numbered tag handed to the owner (one of keep.tags)",
        zh: "交给寄存人的号码牌(keep.tags 之一)")
    static let what = Required<String>(
        "what", .text, valueName: "TEXT", help: "what it is: 行李箱 黑色, a backpack", zh: "寄存物品:如 行李箱 黑色、背包")
    static let seal = Option<String>(
        "seal", .text, valueName: "NO", help: "the seal put on it (封包锁): its number, asked for at collection",
        zh: "封包锁编号:取物时须核对")
    static let phone = Required<String>(
        "phone", .text, valueName: "PHONE", help: "the owner's mobile number", zh: "寄存人手机号")
    static let name = Option<String>("name", .text, valueName: "NAME", help: "the owner's name", zh: "寄存人姓名")
    static let outSeal = Option<String>(
        "seal", .text, valueName: "NO", help: "the seal's number the owner shows (required when it was sealed)",
        zh: "寄存人出示的封包锁编号(寄存时加封的必须提供)")
    static let onlyKept = Flag("open", help: "only bags still kept", zh: "只列仍在寄存的")
    static let apply = Flag("apply", help: "move them now (needs --received-by)", zh: "立即转入客遗物(需 --received-by)")
    static let receivedBy = Option<String>(
        "received-by", .text, valueName: "NAME", help: "who at the service center receives them (with --apply)",
        zh: "客服中心接收人(与 --apply 同用)")

    /// Completion offers the tags of the bags still kept.
    static let ref = Argument<String>(
        "TAG|ID", help: "the tag (17) or the bag's id (K01-7)", zh: "号码牌(如 17)或寄存编号(如 K01-7)",
        ids: RecordIds { ctx in try KeepCommands.desk(ctx).kept().map(\.id).sorted(by: NumberList.precedes) })
}
