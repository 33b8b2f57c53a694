/// The one path confinement of the store: every path read from a file cs did not just write
/// (an undo record, the redo log, a backup's manifest) goes through it before it is touched.
/// A peer's commit passes a stricter list (`SharedPaths`): only the names a desk writes.
extension Store {
    /// `rel` as a path inside the root, or nil when it is absolute, empty, or has an empty,
    /// `.` or `..` component.
    func confined(relative rel: String) -> String? {
        guard !rel.isEmpty, !rel.hasPrefix("/") else { return nil }
        let parts = rel.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else { return nil }
        return "\(root)/\(rel)"
    }

    /// `path` if it is the root followed by safe components.
    func confined(absolute path: String) -> String? {
        guard path.hasPrefix(root + "/") else { return nil }
        return confined(relative: String(path.dropFirst(root.count + 1)))
    }
}
