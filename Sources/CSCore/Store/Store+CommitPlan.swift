#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a commit writes, and how a shard's changes become writes in place.
extension Store {
    /// What a commit writes, decided before anything is written: shards rewritten whole, lines
    /// appended, whole files replaced, and the undo record that takes them back.
    struct CommitPlan {
        var rewrites: [(path: String, edit: ShardEdit)] = []
        /// Shards whose lines are written in place (through the log only).
        var overwrites: [(path: String, edit: ShardEdit, writes: [(offset: Int, bytes: [UInt8])])] = []
        var appends: [(path: String, staged: String?, bytes: [UInt8])] = []
        var files: [(path: String, bytes: [UInt8])] = []
        var undo: UndoRecord

        /// The shards planned for writing in place are rewritten instead (an export pinned them).
        mutating func rewriteInstead() {
            rewrites += overwrites.map { ($0.path, $0.edit) }
            overwrites = []
            undo.overwritten = []
        }
    }

    /// The shard's changes as writes in place, when every one replaces a line by one of the
    /// same length (an earn's member and account lines, almost always): nothing moves, so the
    /// shard is not rewritten, renamed and its old copy freed — a third of an earn's commit.
    /// The log's record names the lines by id, so a replay sets them whatever a crash left of
    /// a write (a line's id, at its start, is the same in both texts).
    static func overwrites(_ edit: ShardEdit, of old: [String: Range<Int>]) -> [(offset: Int, bytes: [UInt8])]? {
        guard edit.staged == nil else { return nil }
        var writes = [(offset: Int, bytes: [UInt8])]()
        for id in edit.order {
            guard let line = edit.changes[id] ?? nil, let range = old[id], range.count == line.count else {
                return nil
            }
            writes.append((range.lowerBound, line))
        }
        return writes
    }

    /// The whole files a change replaces (a sync's merged shards, photos, config): a merged
    /// shard that only grew is appended to; any other keeps its old inode or bytes for undo.
    func planFiles(_ txn: Transaction, _ plan: inout CommitPlan) throws(StoreError) {
        for f in txn.files {
            let path = "\(root)/\(f.path)"
            guard txn.merged.contains(f.path) else {
                plan.undo.files.append((f.path, try FileSystem.read(path)))
                plan.files.append(f)
                continue
            }
            let rewritten = plan.rewrites.contains { $0.path == path }
            // A merged shard that only grew (ours first, theirs after) is appended to.
            if !rewritten, FileSystem.parentOf(path) != journalDirectory, path.hasSuffix(".jsonl"),
                let old = try FileSystem.read(path), old.last == 10, f.bytes.count > old.count,
                Shards.same(f.bytes[0..<old.count], old[...])
            {
                plan.appends.append((path, nil, Array(f.bytes[old.count...])))
                plan.undo.appended.append((path, Int64(old.count)))
                continue
            }
            if FileSystem.exists(path) {
                let keep = "\(root)/.tmp-\(getpid())-keep-\(plan.undo.kept.count)"
                try FileSystem.link(path, to: keep)
                plan.undo.kept.append((path, keep))
            } else {
                plan.undo.files.append((f.path, nil))
            }
            if !rewritten { plan.files.append(f) }
        }
    }
}
