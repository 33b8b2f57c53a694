/// Messages of the enquiry desk.
public enum AskMessage: DeskMessageKey, CaseIterable {
    case notFound, unknownTopic, closed, notOwner, alreadyOwner, notPaging
    case taken, answered, found, passed, noted, handoverLine
    /// Its section of `cs today`: open enquiries (stale ones overdue) and the shift log.
    case boardTitle, openLine, staleLine, noteLine
    /// What `cs doctor` finds in its records.
    case doctorOwner
}

extension MessageKey {
    public static func ask(_ message: AskMessage) -> MessageKey { .desk(DeskMessage(message)) }
}
