/// The name of every user-facing message: which desk (or part of cs) it belongs to, and which
/// message of it. The core returns keys and facts; the texts live in the CLI, English and
/// Chinese side by side (`Text(en:zh:)`) in one exhaustive switch per desk, so a message
/// without a translation does not compile.
public enum MessageKey: Sendable, Hashable {
    case store(StoreMessage)
    case config(ConfigMessage)
    case usage(UsageMessage)
    case housekeeping(HousekeepingMessage)
    case member(MemberMessage)
    case birthday(BirthdayMessage)
    case memberImport(ImportMessage)
    case doctor(DoctorMessage)
}

/// Messages of the data directory, its files and output.
public enum StoreMessage: Sendable, Hashable, CaseIterable {
    case notInitialized, io, corrupt, lockTimeout, notEmpty, undoDamaged, rollbackFailed, rollbackPending
    case backupUnverified, internalError, outputFailed, outputFailedStdout
}

/// Messages of config.json and `cs config`.
public enum ConfigMessage: Sendable, Hashable, CaseIterable {
    case unknownKey, unknownKeySuggest, invalidValue, fixedAtInit
}

/// Messages of the command line as typed.
public enum UsageMessage: Sendable, Hashable, CaseIterable {
    case unknownCommand, unknownCommandSuggest, unknownOption, unknownOptionSuggest, missingValue, invalidValue
    case missingOptions, unexpectedArgument, missingArgument, repeatedOption, flagTakesNoValue, missingSubcommand
    case seeHelp, conflict, requires
}

/// Messages of init, doctor, export, backup and restore, listings.
public enum HousekeepingMessage: Sendable, Hashable, CaseIterable {
    case initCreated, initExists, initNext, configSetDone, doctorOK, doctorProblems, doctorRepaired, exportWritten
    case unknownExportKind, exportFileExists, exportFileNotRegular, backupWritten, restoreDone, restoreSavedAside
    case listingSkipped
}

/// Messages of the membership desk.
public enum MemberMessage: Sendable, Hashable, CaseIterable {
    case notFound, incomplete, invalidField, duplicatePhone, cardTaken, replaced, replacedNoNew, suspended
    case cancelled, receiptUsed, insufficientPoints, insufficientBalance, voucherRange, firstPurchaseLow
    case receiptNotFound, alreadyReversed, tierDrop, statusUnchanged, importRejected, added, earned, redeemed
    case toppedUp, paid, upgraded, notUpgraded, reissued, statusChanged, adjusted, reversed, expired, imported
    case importDryRun, edited, limitExceeded
}

/// Messages of the birthday desk: greetings and the gift register.
public enum BirthdayMessage: Sendable, Hashable, CaseIterable {
    case giftNotFound, giftAlreadyPrepared, giftAlreadyClosed, giftMemberNotActive, giftPrepared, giftGiven
    case giftReturned, greetingDefault, greetingTitleMale, greetingTitleFemale, greetingTitleNeutral
    case greetingUnknownPlaceholder, reconcileSummary, reconcileProblem, reconcileOK
}

/// Messages of a refused import: each problem, and where it is.
public enum ImportMessage: Sendable, Hashable, CaseIterable {
    case notUTF8, unterminatedQuote, empty, unknownColumn, duplicateColumn
    case missingColumn, fieldTooLong, aFieldTooLong, controlCharacter, fieldCount
    case nameEmpty, clerkEmpty, nameTooLong, nameInvisible, birthdayInFuture, cardExists, phoneTaken
    case cardNeeded, duplicateID, iDOutsideAccount, unknownAccount, receiptTwice
    case figuresDisagree, invalidPhone, invalidBirthday, invalidGender, invalidKind
    case invalidTier, invalidStatus, invalidPoints, invalidBalance, invalidIDNumber
    case invalidCard, invalidJoinedAt, invalidLedgerKind, invalidLedgerPoints
    case invalidAmount, invalidAt, invalidExpiresOn, invalidReceipt
    /// Where an import problem is: a line of the members file, of the ledger, the ledger.
    case atLine, atLedgerLine, inLedger
}

/// What the doctor finds and repairs.
public enum DoctorMessage: Sendable, Hashable, CaseIterable {
    case indexEntryStale, indexEntryMissing, interruptedChange, undoRecordDamaged, tempFileLeft, modeTooOpen
    case noFinalNewline, idTwice, wrongShard, birthdayIndexNotBuilt, figuresDisagree, receiptTwice, receiptIndexLacks
    case movedUndoRecord, removedTempFile, tightenedMode, rebuiltIndexes
}
