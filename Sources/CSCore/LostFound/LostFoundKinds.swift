/// The lost-and-found register as the doctor, export and backup see it.
public enum LostFoundKinds {
    public static let all: [KindDescriptor] = [
        KindDescriptor(
            LostItem.self, merge: LostItem.mergeRule, lineCheck: .of(LostItem.self), consistency: consistency),
        KindDescriptor(
            HeldItem.self, merge: .local,
            consistency: { try LostItem.heldIndex.problems($0) },
            rebuild: { try LostItem.heldIndex.rebuild(&$0) }),
    ]

    /// Each item is where its chain of custody says, its state has the facts that closed it,
    /// and its photo is in the data directory.
    @Sendable static func consistency(_ store: Store) throws -> [DocumentProblem] {
        var problems = [DocumentProblem]()
        for item in try store.scan(LostItem.self).records.sorted(by: { $0.sequence < $1.sequence }) {
            let path =
                "\(store.root)/\(LostItem.kind)/"
                + Shards.shardName(id: item.id, shardCount: store.shardCount(LostItem.self))
            if let last = item.moves.last?.to, last != item.custody {
                let fact = Fact(.lostfound(.doctorCustodyDisagrees), [item.id, item.custody.rawValue, last.rawValue])
                problems.append(DocumentProblem(path: path, line: 0, fact))
            }
            let closedWithoutFacts =
                (item.status == .claimed && item.claim == nil)
                || (item.status == .disposed && (item.disposedAt == nil || item.disposedHow == nil))
            if closedWithoutFacts {
                problems.append(
                    DocumentProblem(
                        path: path, line: 0,
                        Fact(
                            .doctor(.stateWithoutFacts),
                            [item.id, item.status.rawValue])))
            }
            if let photo = item.photo, !FileSystem.exists("\(store.root)/\(photo)") {
                problems.append(
                    DocumentProblem(path: path, line: 0, Fact(.lostfound(.doctorPhotoMissing), [item.id, photo])))
            }
        }
        return problems
    }
}

extension LostItem {
    /// The custody moves merge as a list; the status, the claim and the disposal move together
    /// (one item claimed at two desks is a conflict, not a silent pick); the claimant's ID number
    /// is masked in what a merge reports (issue 25).
    static let mergeRule = MergeRule.fields(
        lists: ["moves"],
        together: [
            "status", "custody", "claimedAt", "claimant", "claimantPhone", "claimantIdNumber", "described",
            "claimSupervisor", "claimClerk", "disposedAt", "disposedHow",
        ], masked: ["claimantIdNumber"])
}
