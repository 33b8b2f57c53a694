/// The name of every user-facing message. The texts live in the CLI's catalog, one per
/// language; a test fails if any key lacks a translation.
public enum MessageKey: String, Sendable, CaseIterable {
    // data directory
    case storeNotInitialized, storeIO, storeCorrupt, storeLockTimeout, storeNotEmpty, internalError
    // config
    case configUnknownKey, configUnknownKeySuggest, configInvalidValue
    // usage
    case usageUnknownCommand, usageUnknownCommandSuggest, usageUnknownOption, usageUnknownOptionSuggest
    case usageMissingValue, usageInvalidValue, usageMissingOptions, usageUnexpectedArgument
    case usageMissingArgument, usageRepeatedOption, usageFlagTakesNoValue, usageMissingSubcommand
    case usageSeeHelp, usageConflict
    // housekeeping results
    case initCreated, initExists, initNext, configSetDone, doctorOK, doctorProblems, doctorRepaired
    case exportWritten, unknownExportKind
}
