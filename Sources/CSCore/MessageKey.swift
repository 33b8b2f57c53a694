/// The name of every user-facing message: which part of cs it belongs to, and which message of
/// it. The core returns keys and facts; the texts live in the CLI, English and Chinese side by
/// side (`Text(en:zh:)`) in one exhaustive switch per message enum, so a message without a
/// translation does not compile. A desk's messages are its own enum, declared in its folder
/// with its constructor (`.member(.notFound)`): this list names no desk.
public enum MessageKey: Sendable, Hashable {
    case store(StoreMessage)
    case config(ConfigMessage)
    case usage(UsageMessage)
    case field(FieldMessage)
    case housekeeping(HousekeepingMessage)
    case board(BoardMessage)
    case doctor(DoctorMessage)
    case sync(SyncMessage)
    case desk(DeskMessage)
}

/// A desk's message enum: each case a message.
public protocol DeskMessageKey: Sendable, Hashable {}

/// One desk's message, compared and hashed as its own enum's case.
public struct DeskMessage: Sendable, Hashable {
    public let key: any DeskMessageKey

    public init(_ key: some DeskMessageKey) { self.key = key }

    public static func == (a: DeskMessage, b: DeskMessage) -> Bool { a.key.isSame(as: b.key) }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(type(of: key)))
        key.hash(into: &hasher)
    }
}

extension DeskMessageKey {
    func isSame(as other: any DeskMessageKey) -> Bool { (other as? Self) == self }
}

/// Messages of `cs today`, the shift board, around the sections (each desk's section is in its
/// own messages).
public enum BoardMessage: Sendable, Hashable, CaseIterable {
    case title, nothing, anythingOverdue
    /// The weekly work summary (`cs report`).
    case reportTitle, reportNothing, reportUndone, reportStillOpen
}

/// Messages of the data directory, its files and output.
public enum StoreMessage: Sendable, Hashable, CaseIterable {
    case notInitialized, io, corrupt, lockTimeout, notEmpty, undoDamaged, rollbackFailed, rollbackPending
    case commitUnfinished, beforeLastChange
    case backupUnverified, internalError, outputFailed, outputFailedStdout, notADirectory
}

/// Messages of config.json and `cs config`.
public enum ConfigMessage: Sendable, Hashable, CaseIterable {
    case unknownKey, unknownKeySuggest, invalidValue, fixedAtInit, deskRegistered
}

/// Messages of the command line as typed.
public enum UsageMessage: Sendable, Hashable, CaseIterable {
    case unknownCommand, unknownCommandSuggest, unknownOption, unknownOptionSuggest, missingValue, invalidValue
    case missingOptions, unexpectedArgument, missingArgument, repeatedOption, flagTakesNoValue, missingSubcommand
    case seeHelp, conflict, requires, findNeedsCriterion, unknownField, fieldWithoutRecords
    case quietOnRecords, renamed
}

/// Messages of init, doctor, export, backup and restore, listings.
public enum HousekeepingMessage: Sendable, Hashable, CaseIterable {
    case initCreated, initExists, initNext, configSetDone, doctorOK, doctorProblems, doctorRepaired, exportWritten
    case unknownExportKind, exportFileExists, exportFileNotRegular, backupWritten, restoreDone, restoreSavedAside
    case listingSkipped, declined, undoNothing, undoTouched, undoCannot, undoMasked, undoShared,
        undone, recordsCount, undoTooOld, undoMoved, undoConfirm, clerkUnknown
}

/// What the doctor finds and repairs.
public enum DoctorMessage: Sendable, Hashable, CaseIterable {
    case indexEntryStale, indexEntryMissing, interruptedChange, undoRecordDamaged, tempFileLeft, modeTooOpen
    case linkInDataDirectory, removedLink
    case noFinalNewline, idTwice, wrongShard
    case movedUndoRecord, removedTempFile, tightenedMode, rebuiltIndexes, stateWithoutFacts
}
