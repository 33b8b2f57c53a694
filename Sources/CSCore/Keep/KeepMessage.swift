/// Messages of the left-luggage desk.
public enum KeepMessage: DeskMessageKey, CaseIterable {
    case notFound, unknownTag, tagInUse, bagClosed, sealMissing, sealWrong
    case keptIn, collected, sweepNothing, sweepDue, sweepMoved, sweepLine, afterClosing
    /// Its section of `cs today`.
    case boardTitle
    /// What `cs doctor` finds in its records.
    case doctorTagTwice
}

extension MessageKey {
    public static func keep(_ message: KeepMessage) -> MessageKey { .desk(DeskMessage(message)) }
}
