/// Messages of the birthday desk: greetings and the gift register.
public enum BirthdayMessage: Sendable, Hashable, CaseIterable {
    case giftNotFound, giftAlreadyPrepared, giftAlreadyClosed, giftMemberNotActive, giftPrepared, giftGiven
    case giftReturned, greetingDefault, greetingTitleMale, greetingTitleFemale, greetingTitleNeutral
    case greetingUnknownPlaceholder, reconcileSummary, reconcileProblem, reconcileOK, giftTooEarly
}
