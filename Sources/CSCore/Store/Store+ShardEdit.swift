extension Store {
    /// One shard's pending line changes, grouped for a one-pass rewrite.
    struct ShardEdit {
        var kind: String
        var shards: Int
        var key: String
        var changes: [String: [UInt8]?] = [:]
        var order: [String] = []
        /// Every line is new to the data directory: the shard can be appended to.
        var allNew = true
        /// New lines staged on disk by a bulk change (`Transaction+Spill`), written before
        /// the ones in `changes`.
        var staged: String?

        /// The lines written, in order, each ending in a newline (removals have nothing to add).
        func newLines() -> [UInt8] {
            var bytes = [UInt8]()
            for id in order {
                guard let line = changes[id] ?? nil else { continue }
                bytes.append(contentsOf: line)
                bytes.append(10)
            }
            return bytes
        }

        /// Takes the staged lines into `changes` (before the pending ones, which came later and
        /// win): when a staged record was written again, or the shard must be rewritten.
        mutating func unstage(_ spill: SpillArea?, path: String) throws(StoreError) {
            guard staged != nil, let spill else { return }
            staged = nil
            var merged = [String: [UInt8]?]()
            var mergedOrder = [String]()
            for (id, line) in try spill.lines(path) where merged.updateValue(line, forKey: id) == nil {
                mergedOrder.append(id)
            }
            for id in order {
                if merged.updateValue(changes[id] ?? nil, forKey: id) == nil { mergedOrder.append(id) }
            }
            changes = merged
            order = mergedOrder
        }
    }

    /// The shards a change touches, each with its edit, in the order the change first touched
    /// them (the order they are written and logged in).
    struct ShardEdits {
        var all: [(path: String, edit: ShardEdit)] = []
        private var place: [String: Int] = [:]

        var isEmpty: Bool { all.isEmpty }

        /// Where `path`'s edit is in `all`, made by `make` the first time; the caller edits
        /// `all[i].edit` in place (a copy per line was quadratic in a 100k-row import).
        mutating func index(of path: String, orMake make: () -> ShardEdit) -> Int {
            if let i = place[path] { return i }
            place[path] = all.count
            all.append((path, make()))
            return all.count - 1
        }

        /// In path order: a staged change's lines are read a bucket of neighbouring shards at a
        /// time.
        mutating func sortByPath() {
            all.sort { $0.path < $1.path }
            place = [:]
            for (i, e) in all.enumerated() { place[e.path] = i }
        }
    }
}
