/// The lending desk's records as the doctor, export, backup and sync see them.
public enum LendKinds {
    public static let all: [KindDescriptor] = [
        KindDescriptor(Loan.self, merge: Loan.mergeRule, lineCheck: .of(Loan.self), consistency: consistency),
        KindDescriptor(LendAsset.self, merge: LendAsset.mergeRule, lineCheck: .of(LendAsset.self)),
        KindDescriptor(LendPool.self, merge: .fields(), lineCheck: .of(LendPool.self)),
        KindDescriptor(
            OutLoan.self, merge: .local,
            consistency: { try Loan.outIndex.problems($0) },
            rebuild: { try Loan.outIndex.rebuild(&$0) }),
        KindDescriptor(
            LoanDay.self, merge: .local,
            consistency: { try Loan.dayIndex.problems($0) },
            rebuild: { try Loan.dayIndex.rebuild(&$0) }),
    ]

    /// A numbered thing out on one loan at a time (two desks lending it offline leave two),
    /// every loan of stock the desk has, and no pool lent beyond what it holds.
    @Sendable static func consistency(_ store: Store) throws -> [DocumentProblem] {
        var problems = [DocumentProblem]()
        let loans = try store.scan(Loan.self).records.sorted { $0.sequence < $1.sequence }
        let assets = Set(try store.scan(LendAsset.self).records.map(\.id))
        let pools = try store.scan(LendPool.self).records
        func path(_ l: Loan) -> String {
            "\(store.root)/\(Loan.kind)/" + Shards.shardName(id: l.id, shardCount: store.shardCount(Loan.self))
        }
        var holder = [String: String]()
        for l in loans where l.status == .out {
            guard let a = l.asset else { continue }
            if let first = holder[a] {
                problems.append(
                    DocumentProblem(path: path(l), line: 0, Fact(.lend(.doctorAssetTwice), [a, first, l.id])))
            } else {
                holder[a] = l.id
            }
        }
        for l in loans {
            let known = l.asset.map(assets.contains) ?? pools.contains { $0.id == l.item }
            if !known {
                problems.append(
                    DocumentProblem(
                        path: path(l), line: 0, Fact(.lend(.doctorUnknownStock), [l.id, l.asset ?? l.item])))
            }
        }
        for p in pools {
            let out = loans.filter { $0.status == .out && $0.asset == nil && $0.item == p.id }.count
            if out > p.total {
                problems.append(
                    DocumentProblem(
                        path: "\(store.root)/\(LendPool.kind)", line: 0,
                        Fact(.lend(.doctorPoolOverdrawn), [p.id, String(out), String(p.total)])))
            }
        }
        return problems
    }
}

extension Loan {
    /// How a loan ended moves as one (back at one desk, written off at another is a conflict,
    /// not a silent pick); the deposit ID is masked in what a merge reports.
    static let mergeRule = MergeRule.fields(
        together: ["status", "closedAt", "closedBy", "kept", "damage", "writeOffReason", "supervisor"],
        masked: ["depositIdNumber"])
}

extension LendAsset {
    static let mergeRule = MergeRule.fields(together: ["retiredAt", "retiredReason", "retiredSupervisor"])
}
