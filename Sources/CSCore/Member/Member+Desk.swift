/// The member desk as the core sees it (one line in `Desk.all` lists it).
extension Desk {
    public static let member = Desk(
        name: "member", kinds: MemberKinds.all, configKeys: ConfigSetting.member,
        undo: [
            .restoring(Member.self), .offsetting(LedgerEntry.self, by: MemberDesk.offset), .restoring(PerkUse.self),
            .restoring(Voucher.self),
        ],
        mergeChecks: MergeChecks(
            subjects: [.receipt, .overspent, .phone],
            find: { context, merged, desk, txn in try MemberDesk(context).mergeConflicts(merged, desk: desk, in: &txn)
            },
            settle: { context, merged, desk, txn in
                try MemberDesk(context).settleAccounts(merged, desk: desk, in: &txn)
            },
            stillHolds: { context, c in try MemberDesk(context).stillHolds(c) }))
}
