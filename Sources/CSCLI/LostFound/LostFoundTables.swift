import CSCore

/// The lost-and-found fields, each declared once: the listing, the whole item (records, JSON,
/// the export) and the sweep's lines.
enum LostFoundTables {
    static let summary = Fields<LostItem>([
        Field("id", "ID", "编号", fit: .keep) { .text($0.id) },
        Field("item", "ITEM", "物品") { .text($0.item) },
        Field("color", "COLOUR", "颜色", fit: .drop(rank: 2)) { .text($0.color) },
        Field("place", "WHERE FOUND", "拾获地点", fit: .drop(rank: 3)) { .text($0.place) },
        Field("foundAt", "FOUND", "拾获时间", fit: .drop(rank: 1)) { .instant($0.foundAt) },
        Field("valuable", "VALUABLE", "贵重", fit: .drop(rank: 4)) { .bool($0.valuable) },
        Field("status", "STATUS", "状态") { $0.status.label },
        Field("custody", "HELD AT", "存放处") { $0.custody.label },
    ])

    /// The claimant's ID number, masked unless revealed on purpose.
    static func claimantIdNumber(reveal: Bool) -> Field<LostItem> {
        Field("claimantIdNumber", "CLAIMANT ID", "认领人证件号", fit: .dataOnly) { i in
            .text(i.claim.map { reveal ? $0.idNumber : IDNumber.masked($0.idNumber) })
        }
    }

    /// Every field of an item, the one shape of add, show, move, claim, dispose, list's JSON
    /// and the export.
    static func item(reveal: Bool = false) -> Fields<LostItem> {
        summary
            + Fields([
                Field("description", "DESCRIPTION", "描述", fit: .dataOnly) { .text($0.description) },
                Field("handedInBy", "HANDED IN BY", "交来人", fit: .dataOnly) { .text($0.handedInBy) },
                Field("supervisor", "SUPERVISOR", "值班主管", fit: .dataOnly) { .text($0.supervisor) },
                Field("registeredAt", "REGISTERED", "登记时间", fit: .dataOnly) { .instant($0.registeredAt) },
                Field("registeredBy", "REGISTERED BY", "登记人", fit: .dataOnly) { .text($0.registeredBy) },
                Field("photo", "PHOTO", "照片", fit: .dataOnly) { .text($0.photo) },
                Field("claimedAt", "CLAIMED", "认领时间", fit: .dataOnly) { .instant($0.claim?.at) },
                Field("claimant", "CLAIMANT", "认领人", fit: .dataOnly) { .text($0.claim?.claimant) },
                Field("claimantPhone", "CLAIMANT PHONE", "认领人手机", fit: .dataOnly) { .text($0.claim?.phone) },
                claimantIdNumber(reveal: reveal),
                Field("described", "DESCRIBED AS", "认领人描述", fit: .dataOnly) { .text($0.claim?.described) },
                Field("claimSupervisor", "CLAIM SUPERVISOR", "认领见证主管", fit: .dataOnly) { .text($0.claim?.supervisor) },
                Field("disposedAt", "DISPOSED", "处理时间", fit: .dataOnly) { .instant($0.disposedAt) },
                Field("disposedHow", "DISPOSED HOW", "处理方式", fit: .dataOnly) { $0.disposedHow?.label ?? .null },
                Field("disposedBy", "DISPOSED BY", "处理人", fit: .dataOnly) { .text($0.disposedBy) },
                Field("disposalNote", "DISPOSAL NOTE", "处理备注", fit: .dataOnly) { .text($0.disposalNote) },
                Field("moves", "CUSTODY", "交接记录", fit: .dataOnly) { .json(.array($0.moves.map(move))) },
            ])
    }

    static let exportColumns = item().columns

    /// A hand-over as the JSON and CSV give it.
    static func move(_ m: CustodyMove) -> JSON {
        var o = JSONObject()
        o.add("at", m.at.iso)
        o.add("from", m.from.map { JSON.string($0.rawValue) } ?? .null)
        o.add("to", m.to.rawValue)
        o.add("handedOverBy", m.handedOverBy)
        o.add("receivedBy", m.receivedBy)
        o.add("cause", m.cause.rawValue)
        o.add("reason", m.reason.map { JSON.string($0) } ?? .null)
        return .object(o)
    }

    /// One line of the sweep: the item, what is due and since when.
    static let sweep = Fields<LostFoundDesk.SweepLine>([
        Field("id", "ID", "编号", fit: .keep) { .text($0.item.id) },
        Field("item", "ITEM", "物品") { .text($0.item.item) },
        Field("custody", "HELD AT", "存放处") { $0.item.custody.label },
        Field("action", "DUE", "到期事项") { $0.action.label },
        Field("dueAt", "DUE SINCE", "到期时间", fit: .drop(rank: 1)) { .instant($0.dueAt) },
        Field("foundAt", "FOUND", "拾获时间", fit: .drop(rank: 2)) { .instant($0.item.foundAt) },
    ])
}
