/// Messages of the complaint desk.
public enum ComplaintMessage: DeskMessageKey, CaseIterable {
    /// What `cs doctor` finds in its records.
    case doctorTimelineDisagrees
    /// Its section of `cs today`.
    case boardTitle, boardFollowUp
    case notFound, notAllowed, invalidSatisfaction, received, noted, escalated, waiting, resumed
    case resolved, followedUp, reopened, overdueNone, overdueSome, overdueLine, dueSoonLine, minutes, hours,
        hoursMinutes, timelineLine
    case reportTitle, reportTotals, reportTimes, reportSatisfaction, reportCounts, reportRepeated, pausedDue
    case memberComplaints
}

extension MessageKey {
    public static func complaint(_ message: ComplaintMessage) -> MessageKey { .desk(DeskMessage(message)) }
}
