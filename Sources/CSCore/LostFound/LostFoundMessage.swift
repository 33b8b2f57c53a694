/// Messages of the lost-and-found desk.
public enum LostFoundMessage: Sendable, Hashable, CaseIterable {
    case notFound, alreadyClaimed, alreadyDisposed, alreadyThere, notWithGeneralAffairs, foundInFuture, badPhoto
    case sweepInFuture, added, moved, claimed, disposed, sweepNothing, sweepDue, sweepMoved, sweepDisposalDue
    case sweepToCenter, sweepToGeneralAffairs, sweepDisposal, custodyLine
}
