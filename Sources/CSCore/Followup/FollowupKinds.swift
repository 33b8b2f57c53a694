/// The call-back desk's records as the doctor, export, backup and sync see them.
public enum FollowupKinds {
    public static let all: [KindDescriptor] = [
        KindDescriptor(
            Followup.self, merge: Followup.mergeRule, lineCheck: .of(Followup.self), consistency: consistency),
        KindDescriptor(
            OpenFollowup.self, merge: .local,
            consistency: { try Followup.openIndex.problems($0) },
            rebuild: { try Followup.openIndex.rebuild(&$0) }),
        KindDescriptor(
            FollowupMonth.self, merge: .local,
            consistency: { try Followup.monthIndex.problems($0) },
            rebuild: { try Followup.monthIndex.rebuild(&$0) }),
    ]

    /// A follow-up closed unreached was tried `followup.tries` times; one still open with more
    /// unanswered calls than that was changed by hand (or merged from a desk with more tries).
    @Sendable static func consistency(_ store: Store) throws -> [DocumentProblem] {
        let tries = (try? Config.load(from: store))?.int(.followupTries) ?? 3
        return try store.scan(Followup.self).records.filter { f in
            f.status == .open && f.calls.filter { $0.outcome == .noAnswer }.count >= tries
        }.map { f in
            let path =
                "\(store.root)/\(Followup.kind)/"
                + Shards.shardName(id: f.id, shardCount: store.shardCount(Followup.self))
            return DocumentProblem(path: path, line: 0, Fact(.followup(.doctorTries), [f.id, String(f.calls.count)]))
        }
    }
}

extension Followup {
    /// How a follow-up ended moves as one; calls made at two desks are both kept.
    static let mergeRule = MergeRule.fields(
        lists: ["calls"], together: ["status", "satisfaction", "scores", "comment", "closedAt", "complaint"])
}
