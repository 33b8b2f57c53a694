/// Messages of the birthday desk: greetings and the gift register.
public enum BirthdayMessage: DeskMessageKey, CaseIterable {
    /// What a merge revealed that `cs sync conflicts` lists.
    case syncGiftTwice
    /// What `cs doctor` finds in its records.
    case doctorIndexNotBuilt
    /// Its section of `cs today`.
    case boardTitle, boardToday, boardTomorrow, boardGiftToCollect, boardGiftToHand, boardGiftOutstanding
    case giftNotFound, giftAlreadyPrepared, giftAlreadyClosed, giftMemberNotActive, giftPrepared, giftGiven
    case giftReturned, greetingDefault, greetingGift
    case greetingUnknownPlaceholder, reconcileSummary, reconcileProblem, reconcileOK, giftTooEarly
    /// Who is coming (追踪客人是否能过来): an answer recorded, the month's count.
    case replyRecorded, attendanceCount
}

extension MessageKey {
    public static func birthday(_ message: BirthdayMessage) -> MessageKey { .desk(DeskMessage(message)) }
}
