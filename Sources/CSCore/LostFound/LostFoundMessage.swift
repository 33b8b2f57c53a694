/// Messages of the lost-and-found desk.
public enum LostFoundMessage: DeskMessageKey, CaseIterable {
    /// What `cs doctor` finds in its records.
    case doctorCustodyDisagrees, doctorPhotoMissing
    /// Its section of `cs today`.
    case boardTitle, boardSafe
    case notFound, alreadyClaimed, alreadyDisposed, alreadyThere, notWithGeneralAffairs, foundInFuture, badPhoto
    case sweepInFuture, added, moved, claimed, disposed, sweepNothing, sweepDue, sweepMoved, sweepDisposalDue
    case sweepToCenter, sweepToGeneralAffairs, sweepDisposal, custodyLine
}

extension MessageKey {
    public static func lostfound(_ message: LostFoundMessage) -> MessageKey { .desk(DeskMessage(message)) }
}
