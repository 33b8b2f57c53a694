/// The left-luggage desk's records as the doctor, export, backup and sync see them.
public enum KeepKinds {
    public static let all: [KindDescriptor] = [
        KindDescriptor(Bag.self, merge: Bag.mergeRule, lineCheck: .of(Bag.self), consistency: consistency),
        KindDescriptor(
            TagInUse.self, merge: .local,
            consistency: { try Bag.tagIndex.problems($0) },
            rebuild: { try Bag.tagIndex.rebuild(&$0) }),
    ]

    /// A tag is on one kept bag at a time (two desks taking bags in on one tag offline leave two).
    @Sendable static func consistency(_ store: Store) throws -> [DocumentProblem] {
        var holder = [String: String]()
        var problems = [DocumentProblem]()
        for b in try store.scan(Bag.self).records.sorted(by: { $0.sequence < $1.sequence }) where b.status == .kept {
            if let first = holder[b.tag] {
                let path =
                    "\(store.root)/\(Bag.kind)/" + Shards.shardName(id: b.id, shardCount: store.shardCount(Bag.self))
                problems.append(
                    DocumentProblem(path: path, line: 0, Fact(.keep(.doctorTagTwice), [b.tag, first, b.id])))
            } else {
                holder[b.tag] = b.id
            }
        }
        return problems
    }
}

extension Bag {
    /// How a bag ended moves as one (collected at one desk, swept at another is a conflict).
    static let mergeRule = MergeRule.fields(together: ["status", "closedAt", "closedBy", "lostItem"])
}
