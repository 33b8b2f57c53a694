import CSCore

/// The left-luggage fields, each declared once: the bag (listing, record, JSON, export) and the
/// bags still kept (board, sweep).
enum KeepTables {
    static let bag = Fields<Bag>([
        Field("id", "ID", "编号", fit: .keep) { .text($0.id) },
        Field("tag", "TAG", "号码牌", fit: .keep) { .text($0.tag) },
        Field("what", "WHAT", "物品") { .text($0.what) },
        Field("seal", "SEAL", "封包锁", fit: .drop(rank: 2)) { .text($0.seal) },
        Field("phone", "PHONE", "手机", fit: .keep) { .text($0.phone) },
        Field("name", "NAME", "姓名", fit: .drop(rank: 3)) { .text($0.name) },
        Field("inAt", "IN", "寄存时间") { .instant($0.inAt) },
        Field("status", "STATUS", "状态") { $0.status.label },
        Field("inBy", "IN BY", "经办人", fit: .dataOnly) { .text($0.inBy) },
        Field("closedAt", "CLOSED", "取走/转出时间", fit: .dataOnly) { .instant($0.closedAt) },
        Field("closedBy", "CLOSED BY", "经办人(取走)", fit: .dataOnly) { .text($0.closedBy) },
        Field("lostItem", "LOST ITEM", "客遗物编号", fit: .dataOnly) { .text($0.lostItem) },
    ])

    static let kept = Fields<TagInUse>([
        Field("tag", "TAG", "号码牌", fit: .keep) { .text($0.id) },
        Field("bag", "ID", "编号", fit: .keep) { .text($0.bag) },
        Field("what", "WHAT", "物品") { .text($0.what) },
        Field("phone", "PHONE", "手机", fit: .keep) { .text($0.phone) },
        Field("inAt", "IN", "寄存时间") { .instant($0.inAt) },
    ])
}
