extension Store {
    /// What `read` makes of the line of each id, shard by shard on every core (a month's
    /// birthdays touch every member shard). A check of a few fields reads only those: the
    /// line is validated and indexed, and no other field is built. A line that does not
    /// validate, or that `read` refuses, is a problem named by file and line, not an error.
    func documents<R: Record, T: Sendable>(
        _: R.Type, ids: some Sequence<String>,
        _ read: @escaping @Sendable (Document) throws(DocumentError) -> T
    )
        throws(StoreError) -> (found: [String: T], problems: [DocumentProblem])
    {
        try beginReading()
        var byShard = [String: Set<String>]()
        for id in ids {
            byShard[
                shardPath(kind: R.kind, shardCount: shardCount(R.self), key: R.shardKey(forID: id)),
                default: []
            ].insert(id)
        }
        let shards: [(path: String, wanted: Set<String>)] = byShard.map { ($0.key, $0.value) }
        // Most lines are not wanted: their id bytes are tested against a filter of the wanted
        // ids' hashes before any string is made of them (measured: 8% of the birthday list).
        var filter = KeyFilter(expected: byShard.values.reduce(0) { $0 + $1.count })
        for id in byShard.values.joined() { filter.insert(Int(Shards.hash(id.utf8))) }
        let wantedHashes = filter
        let results = ParallelShards.map(shards) { shard -> Result<([(String, T)], [DocumentProblem]), StoreError> in
            let (path, wanted) = shard
            var found = [(String, T)]()
            var problems = [DocumentProblem]()
            do throws(StoreError) {
                guard let bytes = try FileSystem.read(path) else { return .success(([], [])) }
                for (n, range) in Shards.lines(bytes).enumerated() {
                    guard let at = Shards.lineIDBytes(bytes, range),
                        wantedHashes.mayContain(Int(Shards.hash(bytes[at])))
                    else { continue }
                    let id = String(decoding: bytes[at], as: UTF8.self)
                    guard wanted.contains(id) else { continue }
                    do throws(DocumentError) {
                        let document: Document
                        do throws(JSONParser.Failure) { document = try Document(line: bytes[range]) } catch {
                            throw DocumentError(error.reason)
                        }
                        found.append((id, try read(document)))
                    } catch {
                        problems.append(DocumentProblem(path: path, line: n + 1, reason: error.reason))
                    }
                }
            } catch { return .failure(error) }
            return .success((found, problems))
        }
        var found = [String: T]()
        var problems = [DocumentProblem]()
        for r in results {
            switch r {
            case .success(let (records, shardProblems)):
                for (id, value) in records { found[id] = value }
                problems += shardProblems
            case .failure(let e): throw e
            }
        }
        return (found, problems)
    }

    /// When the stored line of `id` was last written (its `updatedAt`); nil when there is none
    /// or it cannot be read (a damaged line is refused elsewhere).
    func updatedAt<R: Record>(_: R.Type, id: String, cache: ShardCache?) throws(StoreError) -> Instant? {
        let path = shardPath(kind: R.kind, shardCount: shardCount(R.self), key: R.shardKey(forID: id))
        guard let bytes = try read(path, cache) else { return nil }
        let prefix = Shards.linePrefix(id: id)
        for range in Shards.lines(bytes) where Shards.hasPrefix(bytes, range, prefix) {
            guard let d = try? Document(line: bytes[range]) else { return nil }
            return try? d.instant("updatedAt")
        }
        return nil
    }
}
