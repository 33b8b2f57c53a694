/// The complaint register as the doctor, export and backup see it.
public enum ComplaintKinds {
    public static let all: [KindDescriptor] = [
        KindDescriptor(
            Complaint.self, merge: Complaint.mergeRule, lineCheck: .of(Complaint.self), consistency: consistency),
        KindDescriptor(
            PendingComplaint.self, merge: .local,
            consistency: { try Complaint.pendingIndex.problems($0) },
            rebuild: { try Complaint.pendingIndex.rebuild(&$0) }),
        KindDescriptor(
            ComplaintMonthEntry.self, merge: .local,
            consistency: { try Complaint.monthIndex.problems($0) },
            rebuild: { try Complaint.monthIndex.rebuild(&$0) }),
        KindDescriptor(
            ComplaintCardEntry.self, merge: .local,
            consistency: { try Complaint.cardIndex.problems($0) },
            rebuild: { try Complaint.cardIndex.rebuild(&$0) }),
    ]

    /// Each complaint's state is the one its timeline ends in, and a closed state has its facts.
    @Sendable static func consistency(_ store: Store) throws -> [DocumentProblem] {
        var problems = [DocumentProblem]()
        for c in try store.scan(Complaint.self).records.sorted(by: { $0.sequence < $1.sequence }) {
            let path =
                "\(store.root)/\(Complaint.kind)/"
                + Shards.shardName(id: c.id, shardCount: store.shardCount(Complaint.self))
            if let last = c.timeline.last?.status, last != c.status {
                let fact = Fact(.complaint(.doctorTimelineDisagrees), [c.id, c.status.rawValue, last.rawValue])
                problems.append(DocumentProblem(path: path, line: 0, fact))
            }
            let withoutFacts =
                (c.status == .resolved && (c.resolvedAt == nil || c.onTime == nil))
                || (c.status == .closed && c.satisfaction == nil) || (c.status == .waiting && c.pausedAt == nil)
            if withoutFacts {
                problems.append(
                    DocumentProblem(
                        path: path, line: 0,
                        Fact(
                            .doctor(.stateWithoutFacts),
                            [c.id, c.status.rawValue])))
            }
        }
        return problems
    }
}

extension Complaint {
    /// The timeline merges as a list; the status and what closes it move together (issue 25).
    static let mergeRule = MergeRule.fields(
        lists: ["timeline"],
        together: [
            "status", "promiseFrom", "pausedSeconds", "pausedAt", "waitingFrom", "due", "escalatedTo", "resolvedAt",
            "resolution", "minutesTaken", "onTime", "satisfaction",
        ])
}
