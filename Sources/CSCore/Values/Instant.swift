/// A UTC offset such as +08:00. Timestamps carry one so a record read in another zone still says
/// what the desk's wall clock showed.
public struct UTCOffset: Sendable, Hashable, CustomStringConvertible {
    public let seconds: Int

    public init?(seconds: Int) {
        guard abs(seconds) <= 18 * 3600 else { return nil }
        self.seconds = seconds
    }

    public static let utc = UTCOffset(within: 0)

    /// An offset known to be in range.
    private init(within seconds: Int) {
        self.seconds = seconds
    }

    /// `+08:00`, `-05:30`, `Z`, `+0800`.
    public init?(parsing text: String) {
        if text == "Z" || text == "z" {
            self = .utc
            return
        }
        let u = Array(text.utf8)
        guard u.count == 6 || u.count == 5, u[0] == 43 || u[0] == 45 else { return nil }
        let hh = Day.digits(u[1..<3])
        let mm = u.count == 6 ? (u[3] == 58 ? Day.digits(u[4..<6]) : nil) : Day.digits(u[3..<5])
        guard let h = hh, let m = mm, h <= 18, m < 60 else { return nil }
        self.init(seconds: (u[0] == 45 ? -1 : 1) * (h * 3600 + m * 60))
    }

    public var description: String {
        let sign = seconds < 0 ? "-" : "+"
        let a = abs(seconds)
        let h = a / 3600
        let m = (a % 3600) / 60
        return "\(sign)\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
    }
}

/// A moment in time, whole seconds since the epoch, shown in the desk's offset.
public struct Instant: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let epochSeconds: Int64
    public let offset: UTCOffset

    public init(epochSeconds: Int64, offset: UTCOffset) {
        self.epochSeconds = epochSeconds
        self.offset = offset
    }

    public static func < (a: Instant, b: Instant) -> Bool { a.epochSeconds < b.epochSeconds }

    /// The civil day on the desk's wall clock.
    public var day: Day { Day(ordinal: Int(floorDiv(epochSeconds + Int64(offset.seconds), 86_400))) }

    /// Seconds since local midnight.
    public var secondOfDay: Int { Int(floorMod(epochSeconds + Int64(offset.seconds), 86_400)) }

    public func adding(seconds: Int64) -> Instant { Instant(epochSeconds: epochSeconds + seconds, offset: offset) }

    /// Midnight at the start of `day` in `offset`.
    public static func startOf(_ day: Day, offset: UTCOffset) -> Instant {
        Instant(epochSeconds: Int64(day.ordinal) * 86_400 - Int64(offset.seconds), offset: offset)
    }

    /// `2026-11-23T20:54:53+08:00`.
    public var iso: String {
        let s = secondOfDay
        let d = day
        let o = abs(offset.seconds)
        return String(unsafeUninitializedCapacity: 25) { b in
            func put(_ at: Int, _ v: Int) {
                b[at] = UInt8(48 + v / 10)
                b[at + 1] = UInt8(48 + v % 10)
            }
            put(0, d.year / 100)
            put(2, d.year % 100)
            b[4] = 45
            put(5, d.month)
            b[7] = 45
            put(8, d.day)
            b[10] = 84
            put(11, s / 3600)
            b[13] = 58
            put(14, s % 3600 / 60)
            b[16] = 58
            put(17, s % 60)
            b[19] = offset.seconds < 0 ? 45 : 43
            put(20, o / 3600)
            b[22] = 58
            put(23, o % 3600 / 60)
            return 25
        }
    }

    public var description: String { iso }

    /// `20261123-205453`: names of side copies, sortable and free of `:`.
    public var compactStamp: String {
        let s = secondOfDay
        let d = day
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : String(v) }
        return "\(d.year)\(two(d.month))\(two(d.day))-\(two(s / 3600))\(two(s % 3600 / 60))\(two(s % 60))"
    }

    /// `2026-11-23 20:54`, for tables and slips.
    public var short: String { String(iso.prefix(16)).replacingFirst("T", with: " ") }

    /// Parses `YYYY-MM-DDTHH:MM[:SS][.fff](Z|±HH:MM)`; a missing offset takes `defaultOffset`.
    /// A bare date means its midnight.
    public init?(parsing text: String, defaultOffset: UTCOffset) {
        guard text.utf8.count <= 64 else { return nil }
        var text = text
        guard let parsed = text.withUTF8({ Instant.parse($0, defaultOffset: defaultOffset) }) else { return nil }
        self = parsed
    }

    /// On the bytes, without intermediate strings: documents hold hundreds of thousands.
    static func parse(_ u: UnsafeBufferPointer<UInt8>, defaultOffset: UTCOffset) -> Instant? {
        guard u.count >= 10, let d = Day.parse(UnsafeBufferPointer(rebasing: u[0..<10])) else { return nil }
        if u.count == 10 { return Instant.startOf(d, offset: defaultOffset) }
        func two(_ at: Int) -> Int? {
            guard at + 1 < u.count, u[at] >= 48, u[at] <= 57, u[at + 1] >= 48, u[at + 1] <= 57 else { return nil }
            return Int(u[at] - 48) * 10 + Int(u[at + 1] - 48)
        }
        guard u.count >= 16, u[10] == 84 || u[10] == 116 || u[10] == 32, u[13] == 58,
            let h = two(11), let mi = two(14), h < 24, mi < 60
        else { return nil }
        var i = 16
        var sec = 0
        if i < u.count, u[i] == 58 {
            guard let s = two(i + 1), s < 60 else { return nil }
            sec = s
            i += 3
            if i < u.count, u[i] == 46 {
                i += 1
                while i < u.count, u[i] >= 48 && u[i] <= 57 { i += 1 }
            }
        }
        let offset: UTCOffset
        if i == u.count {
            offset = defaultOffset
        } else {
            let rest = u.count - i
            if rest == 1, u[i] == 90 || u[i] == 122 {
                offset = .utc
            } else {
                guard rest == 6 || rest == 5, u[i] == 43 || u[i] == 45, let oh = two(i + 1), oh <= 18 else {
                    return nil
                }
                let om: Int?
                if rest == 6 { om = u[i + 3] == 58 ? two(i + 4) : nil } else { om = two(i + 3) }
                guard let om, om < 60, let o = UTCOffset(seconds: (u[i] == 45 ? -1 : 1) * (oh * 3600 + om * 60)) else {
                    return nil
                }
                offset = o
            }
        }
        let local = Int64(d.ordinal) * 86_400 + Int64(h * 3600 + mi * 60 + sec)
        return Instant(epochSeconds: local - Int64(offset.seconds), offset: offset)
    }
}

func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}
func floorMod(_ a: Int64, _ b: Int64) -> Int64 { a - floorDiv(a, b) * b }

extension String {
    func replacingFirst(_ target: Character, with replacement: String) -> String {
        guard let i = firstIndex(of: target) else { return self }
        return String(self[..<i]) + replacement + String(self[index(after: i)...])
    }
}
