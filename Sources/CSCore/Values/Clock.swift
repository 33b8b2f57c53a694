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
}
