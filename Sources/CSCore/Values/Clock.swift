#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one source of "now" for a run. Fixed once at start-up so a command that spans midnight
/// still files everything under one day, and replaceable with `CS_NOW` so tests and cron replays
/// are deterministic.
public struct Clock: Sendable {
    public let now: Instant

    public init(now: Instant) { self.now = now }

    /// The system clock in the desk's offset.
    public static func system(offset: UTCOffset) -> Clock {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Clock(now: Instant(epochSeconds: Int64(ts.tv_sec), offset: offset))
    }

    public var today: Day { now.day }

    /// The instants cs accepts as "now": the desk's rules add years and months to today
    /// (points expire in a year, gift years, the coming birthdays), and every result must
    /// still be a date of four-digit year.
    public static let validYears = 1970...9899

    /// `CS_NOW` or the system time, shown in the desk's offset: "today" is the desk's day,
    /// whatever offset the instant was written with. Nil when outside `validYears`.
    public init?(fixed instant: Instant, deskOffset: UTCOffset) {
        let local = Instant(epochSeconds: instant.epochSeconds, offset: deskOffset)
        guard Clock.validYears.contains(local.day.year) else { return nil }
        self.now = local
    }
}
