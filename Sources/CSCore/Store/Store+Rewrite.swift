/// A shard rewritten line by line: the one pass every commit and rollback makes over a shard.
extension Store {
    /// A shard's bytes as this transaction read them, else from disk without keeping them.
    func peek(_ path: String, _ cache: ShardCache?) throws(StoreError) -> [UInt8]? {
        if let hit = cache?.files[path] { return hit }
        return try FileSystem.read(path)
    }

    /// Where each line of the shard that `changes` replaces or removes is, each checked to
    /// parse (a damaged line is never replaced); the first line of an id, as `rewrite` takes.
    func replacedLines(
        shard old: [UInt8], path: String,
        changes: [String: [UInt8]?]
    ) throws(StoreError) -> [String: Range<Int>] {
        var replaced = [String: Range<Int>]()
        for (n, range) in Shards.lines(old).enumerated() {
            if let id = Shards.lineID(old, range), changes[id] != nil, replaced[id] == nil {
                _ = try parseObject(old, range, path: path, line: n + 1)
                replaced[id] = range
            }
        }
        return replaced
    }

    /// The shard with the given lines replaced (or removed, for nil), and new ids appended in
    /// `order`; one pass over the old lines. Returns the old text of every line replaced. Lines
    /// that do not parse are kept byte for byte (nothing is ever thrown away); replacing one is
    /// refused unless rolling back.
    func rewrite(
        shard old: [UInt8], path: String, changes: [String: [UInt8]?], order: [String],
        keepingDamaged: Bool = false
    ) throws(StoreError) -> (bytes: [UInt8], replaced: [String: [UInt8]]) {
        var out = [UInt8]()
        out.reserveCapacity(old.count + changes.count * 400)
        var replaced = [String: [UInt8]]()
        for (n, range) in Shards.lines(old).enumerated() {
            if let id = Shards.lineID(old, range), let change = changes[id], replaced[id] == nil {
                if !keepingDamaged { _ = try parseObject(old, range, path: path, line: n + 1) }
                replaced[id] = Array(old[range])
                if let line = change {
                    out.append(contentsOf: line)
                    out.append(10)
                }
            } else {
                out.append(contentsOf: old[range])
                out.append(10)
            }
        }
        for id in order where replaced[id] == nil {
            if let line = changes[id] ?? nil {
                out.append(contentsOf: line)
                out.append(10)
            }
        }
        return (out, replaced)
    }
}
