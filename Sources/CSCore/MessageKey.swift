/// The name of every user-facing message. The texts live in the CLI's catalog, one per
/// language; a test fails if any key lacks a translation.
public enum MessageKey: String, Sendable, CaseIterable {
    // data directory
    case storeNotInitialized, storeIO, storeCorrupt, storeLockTimeout, storeNotEmpty, storeUndoDamaged, storeRollbackFailed, storeRollbackPending, storeBackupUnverified, internalError, outputFailed, outputFailedStdout
    // config
    case configUnknownKey, configUnknownKeySuggest, configInvalidValue, configFixedAtInit
    // usage
    case usageUnknownCommand, usageUnknownCommandSuggest, usageUnknownOption, usageUnknownOptionSuggest
    case usageMissingValue, usageInvalidValue, usageMissingOptions, usageUnexpectedArgument
    case usageMissingArgument, usageRepeatedOption, usageFlagTakesNoValue, usageMissingSubcommand
    case usageSeeHelp, usageConflict, usageRequires
    // housekeeping results
    case initCreated, initExists, initNext, configSetDone, doctorOK, doctorProblems, doctorRepaired
    case exportWritten, unknownExportKind, exportFileExists, exportFileNotRegular
    // member
    case memberNotFound, memberIncomplete, memberInvalidField, memberDuplicatePhone, memberCardTaken
    case memberReplaced, memberReplacedNoNew, memberSuspended, memberCancelled, memberReceiptUsed
    case memberInsufficientPoints, memberInsufficientBalance, memberVoucherRange, memberFirstPurchaseLow
    case memberReceiptNotFound, memberAlreadyReversed, memberTierDrop, memberStatusUnchanged, memberImportRejected
    case memberAdded, memberEarned, memberRedeemed, memberToppedUp, memberPaid, memberUpgraded, memberNotUpgraded
    case memberReissued, memberStatusChanged, memberAdjusted, memberReversed, memberExpired, memberImported
    case memberImportDryRun, memberEdited, memberLimitExceeded
    // birthday
    case giftNotFound, giftAlreadyPrepared, giftAlreadyClosed, giftMemberNotActive, giftPrepared, giftGiven, giftReturned
    case greetingDefault, greetingTitleMale, greetingTitleFemale, greetingTitleNeutral, greetingUnknownPlaceholder
    case reconcileSummary, reconcileProblem, reconcileOK
    // backup
    case backupWritten, restoreDone, restoreSavedAside, listingSkipped
}
