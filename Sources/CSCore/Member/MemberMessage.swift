/// Messages of the membership desk.
public enum MemberMessage: DeskMessageKey, CaseIterable {
    /// What a merge revealed that `cs sync conflicts` lists.
    case syncReceiptTwice, syncOverspent, syncPhoneTwice
    /// What `cs doctor` finds in its records.
    case doctorFiguresDisagree, doctorSummaryDisagrees, doctorReceiptTwice, doctorReceiptIndexLacks
    case notFound, ambiguous, cardIsPhone, incomplete, duplicatePhone, cardTaken, replaced, replacedNoNew, suspended
    case cancelled, receiptUsed, insufficientPoints, insufficientBalance, voucherRange, firstPurchaseLow
    case receiptNotFound, alreadyReversed, tierDrop, statusUnchanged, importRejected, added, earned, redeemed
    case toppedUp, paid, upgraded, notUpgraded, reissued, statusChanged, adjusted, reversed, expired, imported
    case importDryRun, edited, limitExceeded, cancelHolds
    /// The progress line of a long import: checking, importing, committing.
    case importChecking, importImporting, importCommitting, importRate
    /// Pieces of the confirmations: who, counted things (singular|plural in English), a
    /// balance change, a voucher, what a cancellation settled, an edit that changed nothing.
    case who, pointsCount, membersCount, cardsCount, balanceChange, voucher, refunded, forfeitedBalance
    case forfeitedPoints, editedNothing, confirmCancel, confirmReissue, takingsTitle, takingsLines
    /// How a message addresses the member ({title} in greetings and notices): 先生, 女士 or nothing.
    case titleMale, titleFemale, titleNeutral
    /// The yearly review recorded.
    case reviewed
    /// The stored-value card's weekly perk.
    case perkNotStoredValue, perkOutsideWindow, perkRoomNotIncluded, perkAlreadyUsed, perkOff, perkUsed, perkCanUse
    /// The yearly voucher.
    case voucherNotFound, voucherAlreadyUsed, voucherExpired, vouchersIssued, voucherUsed
}

/// Messages of a refused import: each problem, and where it is.
public enum ImportMessage: DeskMessageKey, CaseIterable {
    case notUTF8, unterminatedQuote, empty, unknownColumn, duplicateColumn
    case missingColumn, fieldTooLong, aFieldTooLong, controlCharacter, fieldCount
    case nameEmpty, clerkEmpty, nameTooLong, nameInvisible, birthdayInFuture, cardExists, phoneTaken
    case cardNeeded, duplicateID, iDOutsideAccount, unknownAccount, receiptTwice
    case figuresDisagree, invalidPhone, invalidBirthday, invalidGender, invalidKind
    case invalidTier, invalidStatus, invalidPoints, invalidBalance, invalidIDNumber
    case invalidCard, invalidJoinedAt, invalidLedgerKind, invalidLedgerPoints
    case invalidAmount, invalidAt, invalidExpiresOn, invalidReceipt, fileChanged
    /// Where an import problem is: a line of the members file, of the ledger, the ledger.
    case atLine, atLedgerLine, inLedger
}

extension MessageKey {
    public static func member(_ message: MemberMessage) -> MessageKey { .desk(DeskMessage(message)) }
}

extension MessageKey {
    public static func memberImport(_ message: ImportMessage) -> MessageKey { .desk(DeskMessage(message)) }
}
