/// The birthday desk as the core sees it (one line in `Desk.all` lists it).
extension Desk {
    /// A new data directory has an (empty) birthday-month index that is complete.
    public static let birthday = Desk(
        name: "birthday", kinds: BirthdayKinds.all, configKeys: ConfigSetting.birthday,
        undo: [.restoring(Gift.self), .restoring(BirthdayReply.self)],
        prepare: { store, clerk, clock in try store.markBirthdayIndexBuilt(clerk: clerk, clock: clock) },
        mergeChecks: MergeChecks(
            subjects: [.gift],
            find: { context, merged, desk, txn in try GiftLedger(context).mergeConflicts(merged, desk: desk, in: &txn)
            },
            stillHolds: { context, c in try GiftLedger(context).stillHolds(c) }))
}
