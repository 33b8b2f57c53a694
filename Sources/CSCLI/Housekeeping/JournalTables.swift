import CSCore

/// A journal line's fields, declared once for `cs log` and `cs export journal`: the whole
/// documents before and after as objects (JSON, CSV), and for a person a one-line account of
/// what changed. The journal keeps ID numbers masked; they are masked again here for a journal
/// written before it did.
enum JournalTables {
    static let fields: Fields<JournalEntry> = {
        Fields([
            Field("at", "AT", "时间", fit: .keep) { .instant($0.at) },
            Field("clerk", "CLERK", "经办人") { .text($0.clerk) },
            Field("command", "COMMAND", "命令") { .text($0.command) },
            Field("kind", "KIND", "类型", fit: .drop(rank: 1)) { KindName.cell($0.kind) },
            Field("id", "ID", "编号", fit: .keep) { .text($0.id) },
            Field("action", "ACTION", "操作", fit: .drop(rank: 2)) { .text($0.action) },
            Field("changes", "CHANGES", "变更") { .text(changes($0)) },
            Field("before", "BEFORE", "之前", fit: .dataOnly) { .json(shown($0.before)) },
            Field("after", "AFTER", "之后", fit: .dataOnly) { .json(shown($0.after)) },
            Field("txn", "TXN", "事务", fit: .dataOnly) { .text($0.transaction) },
            Field("undoes", "UNDOES", "撤销的事务", fit: .dataOnly) { .text($0.undoes) },
            Field("desk", "DESK", "前台", fit: .dataOnly) { .text($0.desk) },
        ])
    }()

    static let columns = fields.columns

    /// The document fields that hold money (fen in documents).
    static let moneyKeys: Set<String> = ["balance", "totalSpend", "amount"]

    /// The document as shown: the ID number masked.
    static func shown(_ document: JSONObject?) -> JSON {
        guard var d = document else { return .null }
        if let id = d["idNumber"]?.string { d["idNumber"] = .string(IDNumber.masked(id)) }
        return .object(d)
    }

    /// `points: 0 → 100; balance: 0.00 → 500.00`, or every field of a new record, or `removed`.
    static func changes(_ e: JournalEntry) -> String {
        let before = shown(e.before).object
        let after = shown(e.after).object
        func text(_ key: String, _ v: JSON?) -> String {
            guard let v, v != .null else { return "∅" }
            // Documents keep money in fen; a person reads yuan.
            if moneyKeys.contains(key), let fen = v.int { return Money(fen: fen).decimal }
            return v.string ?? v.encoded
        }
        switch (before, after) {
        case (nil, let a?):
            return a.pairs.filter { $0.key != "id" }.map { "\($0.key): \(text($0.key, $0.value))" }
                .joined(separator: "; ")
        case (_?, nil):
            return "removed"
        case (let b?, let a?):
            var keys = b.keys
            for k in a.keys where !keys.contains(k) { keys.append(k) }
            return keys.filter { b[$0] != a[$0] }.map { "\($0): \(text($0, b[$0])) → \(text($0, a[$0]))" }
                .joined(separator: "; ")
        default:
            return ""
        }
    }
}
