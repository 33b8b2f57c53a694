extension Sequence where Element: Record {
    /// A register's order: by `key` (a day, a time), then by the number in the id (`F01-10`
    /// after `F01-9`), each computed once per record rather than at every comparison — parsing
    /// ids in the comparator was most of `followup due`'s time over 650 open calls.
    public func inRegisterOrder<T: Comparable>(by key: (Element) -> T) -> [Element] {
        map { (key($0), registerNumber($0.id), $0) }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
            .map(\.2)
    }
}

/// The number after the last dash of an id (`F01-1234` → 1234; 0 when there is none), read off
/// its bytes without splitting the string.
func registerNumber(_ id: String) -> Int {
    var n = 0
    var scale = 1
    for b in id.utf8.reversed() {
        if b == UInt8(ascii: "-") { return n }
        guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9"), scale < 1_000_000_000_000 else { return 0 }
        n += Int(b - UInt8(ascii: "0")) * scale
        scale *= 10
    }
    return 0
}
