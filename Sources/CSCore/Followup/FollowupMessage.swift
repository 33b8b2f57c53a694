/// Messages of the call-back desk.
public enum FollowupMessage: DeskMessageKey, CaseIterable {
    case notFound, closed, alreadyListed, scoreCount, scoresWithoutAnswer, notLow, alreadyComplaint, fileRejected
    /// A line of a refused discharge list.
    case rowMissingColumn, rowEmpty, rowPhone, rowDate, rowFuture, fileNotUTF8, fileEmpty, rowQuote
    case callLine, scoresLine
    case added, planned, planDryRun, reached, noAnswer, unreached, complained, dueNothing, dueCount
    /// The report, line by line.
    case reportTitle, reportCalls, reportQuestion, reportWard, reportStaff, reportLow, reportComment
    /// Its section of `cs today`.
    case boardTitle, dueLine, lateLine
    /// What `cs doctor` finds in its records.
    case doctorTries
}

extension MessageKey {
    public static func followup(_ message: FollowupMessage) -> MessageKey { .desk(DeskMessage(message)) }
}
