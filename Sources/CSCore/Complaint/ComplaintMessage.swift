/// Messages of the complaint desk.
public enum ComplaintMessage: Sendable, Hashable, CaseIterable {
    case notFound, notAllowed, invalidSatisfaction, received, noted, escalated, waiting, resumed
    case resolved, followedUp, reopened, overdueNone, overdueSome, overdueLine, dueSoonLine, minutes, hours, hoursMinutes, timelineLine
    case reportTitle, reportTotals, reportTimes, reportSatisfaction, reportCounts, reportRepeated, pausedDue
    case memberComplaints
}
