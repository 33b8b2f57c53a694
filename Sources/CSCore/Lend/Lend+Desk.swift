/// The lending desk as the core sees it (one line in `Desk.all` lists it).
extension Desk {
    public static let lend = Desk(
        name: "lend", kinds: LendKinds.all, configKeys: ConfigSetting.lend,
        undo: [.restoring(Loan.self), .restoring(LendAsset.self), .restoring(LendPool.self)],
        mergeChecks: MergeChecks(
            subjects: [.lent],
            find: { context, merged, desk, txn in try LendDesk(context).mergeConflicts(merged, desk: desk, in: &txn) },
            stillHolds: { context, c in try LendDesk(context).stillHolds(c) }))
}
