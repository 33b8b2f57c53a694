extension Sequence where Element: Record {
    /// A register's order: by `key` (a day, a time), then by the number in the id (`F01-10`
    /// after `F01-9`), each computed once per record rather than at every comparison — parsing
    /// ids in the comparator was most of `followup due`'s time over 650 open calls.
    public func inRegisterOrder<T: Comparable>(by key: (Element) -> T) -> [Element] {
        map { (key($0), Int($0.id.split(separator: "-").last ?? "") ?? 0, $0) }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
            .map(\.2)
    }
}
