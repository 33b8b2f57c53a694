/// The enquiry desk's records as the doctor, export, backup and sync see them.
public enum AskKinds {
    public static let all: [KindDescriptor] = [
        KindDescriptor(Enquiry.self, merge: Enquiry.mergeRule, lineCheck: .of(Enquiry.self), consistency: consistency),
        KindDescriptor(ShiftNote.self, merge: .appendOnly, lineCheck: .of(ShiftNote.self)),
        KindDescriptor(
            OpenEnquiry.self, merge: .local,
            consistency: { try Enquiry.openIndex.problems($0) },
            rebuild: { try Enquiry.openIndex.rebuild(&$0) }),
    ]

    /// The owner is whoever the last hand-over gave it to (or who took it): an owner no
    /// hand-over explains was changed by hand.
    @Sendable static func consistency(_ store: Store) throws -> [DocumentProblem] {
        try store.scan(Enquiry.self).records.filter { $0.owner != ($0.handovers.last?.to ?? $0.takenBy) }.map { e in
            let path =
                "\(store.root)/\(Enquiry.kind)/"
                + Shards.shardName(id: e.id, shardCount: store.shardCount(Enquiry.self))
            return DocumentProblem(path: path, line: 0, Fact(.ask(.doctorOwner), [e.id, e.owner]))
        }
    }
}

extension Enquiry {
    /// Who owns it and how it ended move as one; hand-overs at two desks are both kept.
    static let mergeRule = MergeRule.fields(
        lists: ["handovers"], together: ["owner", "status", "answer", "answeredAt", "answeredBy"])
}
