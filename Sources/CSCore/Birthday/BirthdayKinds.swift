/// The birthday desk's records as the doctor, export and backup see them: the gift register,
/// its member-and-year index and the birthday-month index.
public enum BirthdayKinds {
    public static let all: [KindDescriptor] = [
        KindDescriptor(
            Gift.self, merge: .fields(), lineCheck: .of(Gift.self),
            rebuild: rebuildIndex),
        .documents(GiftYearIndexEntry.self, merge: .local),
        .documents(BirthdayReply.self, merge: .fields()),
        KindDescriptor(
            BirthdayIndexEntry.self, merge: .local,
            consistency: BirthdayIndexEntry.consistency, rebuild: BirthdayIndexEntry.rebuild),
    ]

    @Sendable static func rebuildIndex(_ txn: inout Transaction) throws -> Int {
        var want = [String: String]()
        for g in try txn.store.scan(Gift.self).records.sorted(by: { $0.preparedAt < $1.preparedAt })
        where want["\(g.account):\(g.forDate.year)"] == nil {
            want["\(g.account):\(g.forDate.year)"] = g.id
        }
        for e in try txn.store.scan(GiftYearIndexEntry.self).records where want[e.id] != e.gift {
            txn.delete(GiftYearIndexEntry.self, id: e.id)
        }
        for (k, g) in want {
            let parts = k.split(separator: ":")
            txn.putQuietly(GiftYearIndexEntry(account: String(parts[0]), year: Int(parts[1]) ?? 0, gift: g))
        }
        return want.count
    }
}
