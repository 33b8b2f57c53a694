/// The enquiry desk's records as the doctor, export, backup and sync see them.
public enum AskKinds {
    public static let all: [KindDescriptor] = [
        KindDescriptor(Enquiry.self, merge: Enquiry.mergeRule, lineCheck: .of(Enquiry.self), consistency: consistency),
        KindDescriptor(ShiftNote.self, merge: .appendOnly, lineCheck: .of(ShiftNote.self)),
        KindDescriptor(
            OpenEnquiry.self, merge: .local,
            consistency: { try Enquiry.openIndex.problems($0) },
            rebuild: { try Enquiry.openIndex.rebuild(&$0) }),
        KindDescriptor(
            ShiftNoteDay.self, merge: .local,
            consistency: { try ShiftNote.dayIndex.problems($0) },
            rebuild: { try ShiftNote.dayIndex.rebuild(&$0) }),
    ]

    /// The owner took it or was handed it: an owner no hand-over explains was changed by hand.
    /// (Not "the last hand-over's": two desks handing it over apart keep one owner and both
    /// hand-overs, a `state` conflict for a clerk, not damage.)
    @Sendable static func consistency(_ store: Store) throws -> [DocumentProblem] {
        let unexplained = { (e: Enquiry) in e.owner != e.takenBy && !e.handovers.contains { $0.to == e.owner } }
        return try store.scan(Enquiry.self).records.filter(unexplained).map { e in
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
