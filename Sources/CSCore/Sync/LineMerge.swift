/// The three-way merge of one shard (JSON Lines, a document per line keyed by `id`) that git
/// asks `cs sync merge-file` for: ancestor, ours, theirs in; one merged shard and the field
/// conflicts out. It never fails and never drops a line: a record either side added is kept, a
/// field only one side changed takes that side's value, a field both changed takes the value
/// with the later `updatedAt` and the other is returned as a `FieldConflict` to be recorded.
/// A line that does not parse is kept as it is (the doctor names it afterwards).
public struct LineMerge: Sendable {
    public let rule: MergeRule
    public let kind: String

    public init(kind: String, rule: MergeRule) {
        self.kind = kind
        self.rule = rule
    }

    /// One side's shard, by id, in its line order.
    struct Side {
        var order: [String] = []
        var lines: [String: [UInt8]] = [:]
        var objects: [String: JSONObject] = [:]
        /// Lines without an id (damaged): kept verbatim.
        var loose: [[UInt8]] = []

        init(_ bytes: [UInt8]) {
            for range in Shards.lines(bytes) {
                let line = Array(bytes[range])
                let text = String(decoding: line, as: UTF8.self)
                guard case .object(let o)? = try? JSONParser.parse(text), let id = o["id"]?.string else {
                    loose.append(line)
                    continue
                }
                if lines[id] == nil { order.append(id) }
                lines[id] = line
                objects[id] = o
            }
        }
    }

    public struct Result: Sendable {
        public var bytes: [UInt8]
        public var conflicts: [FieldConflict]
    }

    public func merge(base: [UInt8], ours: [UInt8], theirs: [UInt8]) -> Result {
        let o = Side(base)
        let a = Side(ours)
        let b = Side(theirs)
        var out = [UInt8]()
        var conflicts = [FieldConflict]()
        func emit(_ line: [UInt8]) {
            out.append(contentsOf: line)
            out.append(10)
        }
        var order = a.order
        var known = Set(order)
        for id in b.order where known.insert(id).inserted { order.append(id) }
        for id in order {
            switch (a.lines[id], b.lines[id]) {
            case (let x?, let y?):
                if x == y || rule.appendOnly {
                    emit(x)
                    continue
                }
                // Both sides hold the line, so both hold its object (read together with it).
                guard let ours = a.objects[id], let theirs = b.objects[id] else {
                    emit(x)
                    continue
                }
                let merged = mergeRecord(id: id, base: o.objects[id], ours: ours, theirs: theirs)
                conflicts += merged.conflicts
                emit(merged.line ?? x)
            case (let x?, nil):
                // Theirs removed it: honoured only when ours did not change it since the ancestor.
                if o.lines[id] == nil || o.lines[id] != x { emit(x) }
            case (nil, let y?):
                if o.lines[id] == nil || o.lines[id] != y { emit(y) }
            case (nil, nil):
                break
            }
        }
        var seen = Set<[UInt8]>()
        for line in a.loose + b.loose where seen.insert(line).inserted { emit(line) }
        return Result(bytes: out, conflicts: conflicts)
    }

    /// A month of the journal: both sides' lines, each once (ours first, then theirs' new ones),
    /// so a desk's own journal only ever grows at its end.
    static func unionOfLines(_ ours: [UInt8], _ theirs: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        var seen = Set<ArraySlice<UInt8>>()
        for bytes in [ours, theirs] {
            for range in Shards.lines(bytes) where seen.insert(bytes[range]).inserted {
                out.append(contentsOf: bytes[range])
                out.append(10)
            }
        }
        return out
    }

    /// A file that is one document (config.json), merged key by key.
    func mergeDocument(base: [UInt8], ours: [UInt8], theirs: [UInt8]) -> Result {
        func object(_ bytes: [UInt8]) -> JSONObject? {
            (try? JSONParser.parse(String(decoding: bytes, as: UTF8.self)))?.object
        }
        guard let a = object(ours), let b = object(theirs) else { return Result(bytes: ours, conflicts: []) }
        let merged = mergeRecord(id: kind, base: object(base), ours: a, theirs: b)
        return Result(bytes: (merged.line ?? ours) + [10], conflicts: merged.conflicts)
    }

    /// Field by field against the ancestor (absent: every differing field changed on both).
    func mergeRecord(id: String, base: JSONObject?, ours: JSONObject, theirs: JSONObject)
        -> (line: [UInt8]?, conflicts: [FieldConflict])
    {
        let oursAt = ours["updatedAt"]?.string ?? ""
        let theirsAt = theirs["updatedAt"]?.string ?? ""
        let theirsLater = theirsAt > oursAt
        var keys = ours.keys
        for k in theirs.keys where !keys.contains(k) {
            // A field only theirs has goes before `updatedAt`, which stays last.
            if let last = keys.last, last == "updatedAt" { keys.insert(k, at: keys.count - 1) } else { keys.append(k) }
        }
        var merged = JSONObject()
        var conflicts = [FieldConflict]()
        // Did both desks change the state (a field of the group, each its own way)?
        let stateClash = rule.together.contains { key in
            let (x, y, z) = (ours[key], theirs[key], base?[key])
            return x != y && (base == nil || (x != z && y != z))
        }
        for key in keys {
            let x = ours[key]
            let y = theirs[key]
            let z = base?[key]
            let value: JSON?
            if stateClash && rule.together.contains(key) {
                value = theirsLater ? y : x
                let lost = theirsLater ? x : y
                if lost != value && lost != z {
                    conflicts.append(
                        conflict(
                            id: id, key: key, kept: value, other: lost, oursAt, theirsAt,
                            theirsLater))
                }
            } else if x == y {
                value = x
            } else if key == "updatedAt" {
                value = theirsLater ? y : x
            } else if base != nil && x == z {
                value = y
            } else if base != nil && y == z {
                value = x
            } else if rule.listFields.contains(key), case .array(let xs)? = x, case .array(let ys)? = y {
                value = .array(LineMerge.union(xs, ys, base: z?.array ?? []))
            } else {
                value = theirsLater ? y : x
                if !rule.derivedFields.contains(key) {
                    conflicts.append(
                        conflict(
                            id: id, key: key, kept: value, other: theirsLater ? x : y, oursAt,
                            theirsAt, theirsLater))
                }
            }
            if let value { merged[key] = value }
        }
        var line = [UInt8]()
        JSON.object(merged).encode(into: &line)
        return (line, conflicts)
    }

    /// Both sides' elements, each once, an element either side removed since the ancestor
    /// gone; in time order (`at`) when every element carries one, ours first otherwise.
    static func union(_ xs: [JSON], _ ys: [JSON], base: [JSON]) -> [JSON] {
        func key(_ j: JSON) -> [UInt8] {
            var out = [UInt8]()
            j.encode(into: &out)
            return out
        }
        let baseKeys = Set(base.map(key))
        let xKeys = Set(xs.map(key))
        let yKeys = Set(ys.map(key))
        var out = xs.filter { !baseKeys.contains(key($0)) || yKeys.contains(key($0)) }
        var have = Set(out.map(key))
        for y in ys where !have.contains(key(y)) && (!baseKeys.contains(key(y)) || xKeys.contains(key(y))) {
            have.insert(key(y))
            out.append(y)
        }
        let times = out.compactMap { $0.object?["at"]?.string }
        guard times.count == out.count else { return out }
        return out.enumerated().sorted { l, r in
            let a = times[l.offset]
            let b = times[r.offset]
            return a != b ? a < b : l.offset < r.offset
        }.map(\.element)
    }

    /// The value not kept, as a clerk may want it back; a masked field (an ID number) masked.
    func conflict(
        id: String, key: String, kept: JSON?, other: JSON?, _ oursAt: String, _ theirsAt: String,
        _ theirsLater: Bool
    ) -> FieldConflict {
        func shown(_ v: JSON?) -> String {
            let text = LineMerge.text(v)
            return rule.masked.contains(key) && !text.isEmpty ? IDNumber.masked(text) : text
        }
        return FieldConflict(
            kind: kind, record: id, field: key, kept: shown(kept), other: shown(other),
            keptAt: theirsLater ? theirsAt : oursAt, otherAt: theirsLater ? oursAt : theirsAt,
            state: rule.together.contains(key))
    }

    static func text(_ value: JSON?) -> String {
        guard let value else { return "" }
        if case .string(let s) = value { return s }
        var out = [UInt8]()
        value.encode(into: &out)
        return String(decoding: out, as: UTF8.self)
    }
}

/// The same field changed at two desks: the value kept (the later `updatedAt`) and the other
/// one, which a clerk may want back (`cs sync conflicts`).
public struct FieldConflict: Sendable, Equatable {
    public let kind: String
    public let record: String
    public let field: String
    public let kept: String
    public let other: String
    public let keptAt: String
    public let otherAt: String
    /// A field of the record's state (`MergeRule.together`): a business conflict.
    public var state = false
}
