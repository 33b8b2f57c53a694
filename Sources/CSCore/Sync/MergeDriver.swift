/// `cs sync merge-file %O %A %B %P`: the merge driver git runs for every shard both sides
/// changed. Reads the three versions, writes the merge over ours (%A, as git expects) and adds
/// the field conflicts it resolved to the file the sync named (`CS_SYNC_CONFLICTS`). It never
/// reports a conflict to git: every case has a rule, and nothing is dropped.
public enum MergeDriver {
    public static func merge(
        base: String, ours: String, theirs: String, path: String, kinds: [KindDescriptor],
        conflictLog: String?
    ) throws {
        let o = try FileSystem.read(base) ?? []
        let a = try FileSystem.read(ours) ?? []
        let b = try FileSystem.read(theirs) ?? []
        let kind = String(path.split(separator: "/").first ?? "")
        let result: LineMerge.Result
        if kind == "journal" {
            result = LineMerge.Result(bytes: LineMerge.unionOfLines(a, b), conflicts: [])
        } else if !path.contains("/") && !path.hasSuffix(".jsonl") {
            // config.json: one document, merged key by key (no updatedAt: ours wins a clash).
            result = LineMerge(kind: path, rule: .fields()).mergeDocument(base: o, ours: a, theirs: b)
        } else {
            let rule = kinds.first { $0.name == kind }?.merge ?? .appendOnly
            result = LineMerge(kind: kind, rule: rule).merge(base: o, ours: a, theirs: b)
        }
        try FileSystem.writeAtomically(ours, result.bytes)
        guard let conflictLog, !result.conflicts.isEmpty else { return }
        var lines = [UInt8]()
        for c in result.conflicts {
            var obj = JSONObject()
            obj.add("kind", c.kind)
            obj.add("record", c.record)
            obj.add("field", c.field)
            obj.add("kept", c.kept)
            obj.add("other", c.other)
            if c.state { obj.add("state", true) }
            JSON.object(obj).encode(into: &lines)
            lines.append(10)
        }
        try FileSystem.append(conflictLog, lines)
    }
}
