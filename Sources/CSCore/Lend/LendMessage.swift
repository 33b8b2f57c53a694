/// Messages of the lending desk.
public enum LendMessage: DeskMessageKey, CaseIterable {
    case notFound, noSuchItem, assetOut, noneLeft, assetRetired, loanClosed, dueInPast, keepTooMuch
    case keepWithoutCash, depositBoth, badDepositId, assetExists, kindMismatch, badIDs
    case stockAdded, poolAdded, lent, back, backID, backKept, writtenOff, overdueNone, overdueSome
    /// Its section of `cs today`.
    case boardTitle, boardOverdue, boardOut
    /// What `cs doctor` finds in its records.
    case doctorAssetTwice, doctorUnknownStock, doctorPoolOverdrawn
    /// What `cs sync conflicts` says of a number lent at two desks.
    case syncLentTwice
    /// The day report.
    case reportTitle, reportHeld, reportTaken, reportReturned, reportKept, reportHeldAtEnd, reportBalances
    case reportIDs, reportOff
}

extension MessageKey {
    public static func lend(_ message: LendMessage) -> MessageKey { .desk(DeskMessage(message)) }
}
