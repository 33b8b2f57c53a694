/// What the doctor, export and backup need to know about each kind of record, so a new desk
/// joins them by adding one descriptor here rather than touching each of them.
public struct KindDescriptor: Sendable {
    public let name: String
    /// Reads every document of the kind; returns the ids found and every problem by file.
    public let examine: @Sendable (Store) throws -> KindExamination
    /// Cross-record checks (ledger equals balance, index entries point at records…).
    public let consistency: @Sendable (Store) throws -> [DocumentProblem]
    /// Rebuilds the kind's derived files (indexes) from its documents; returns how many entries.
    public let rebuild: (@Sendable (inout Transaction) throws -> Int)?
    /// How two desks' versions of its shards merge (`cs sync`); local kinds are not shared.
    public let merge: MergeRule
    /// How a line of the kind that came from a peer desk is checked before it is merged; every
    /// shared kind has one (a test checks).
    public let lineCheck: LineCheck?

    /// After a merge brings records of the kind in, their indexes follow them. Derived from the
    /// record type (`Indexed`), never listed by hand: a desk cannot forget it.
    let reindexMerged: (@Sendable (MergedChanges, inout Transaction) throws -> Void)?

    /// A kind of record: its name, examination and merge reindexing come from the type.
    public init<R: Record>(
        _: R.Type, merge: MergeRule, lineCheck: LineCheck? = nil,
        consistency: @escaping @Sendable (Store) throws -> [DocumentProblem] = { _ in [] },
        rebuild: (@Sendable (inout Transaction) throws -> Int)? = nil
    ) {
        self.name = R.kind
        self.merge = merge
        self.lineCheck = lineCheck
        self.examine = { store in try store.examine(R.self) }
        self.consistency = consistency
        self.rebuild = rebuild
        self.reindexMerged = KindDescriptor.reindexing(R.self)
    }

    /// The standard examination: every line parses and decodes, sits in the shard its id
    /// hashes to, and no id appears twice.
    public static func documents<R: Record>(_: R.Type, merge: MergeRule) -> KindDescriptor {
        KindDescriptor(R.self, merge: merge, lineCheck: .of(R.self))
    }

    static func reindexing<R: Record>(_: R.Type)
        -> (@Sendable (MergedChanges, inout Transaction) throws -> Void)?
    {
        guard let indexed = R.self as? any Indexed.Type else { return nil }
        return { merged, txn in try reindex(indexed, merged, &txn) }
    }

    static func reindex<I: Indexed>(_: I.Type, _ merged: MergedChanges, _ txn: inout Transaction) throws {
        for (before, after) in merged.records(I.self) where before != nil || after != nil {
            try I.updateIndexes(before: before, after: after, in: &txn)
        }
    }
}

public struct KindExamination: Sendable {
    public var count: Int
    public var problems: [DocumentProblem]
}

extension Store {
    public func examine<R: Record>(_: R.Type) throws(StoreError) -> KindExamination {
        let dir = collectionDirectory(R.kind)
        var seen = Set<String>()
        var exam = KindExamination(count: 0, problems: [])
        for name in FileSystem.list(dir) where name.hasSuffix(".jsonl") && !name.hasPrefix(".") {
            let path = "\(dir)/\(name)"
            let read: [UInt8]?
            do throws(StoreError) { read = try FileSystem.read(path) } catch {
                guard case .io(_, _, let why) = error else { throw error }
                exam.problems.append(DocumentProblem(path: path, line: 0, reason: why))
                continue
            }
            guard let bytes = read else { continue }
            if let last = bytes.last, last != 10 {
                exam.problems.append(DocumentProblem(path: path, line: 0, Fact(.doctor(.noFinalNewline))))
            }
            for (n, range) in Shards.lines(bytes).enumerated() {
                do {
                    let r = try decode(R.self, bytes, range, path: path, line: n + 1)
                    exam.count += 1
                    if !seen.insert(r.id).inserted {
                        exam.problems.append(DocumentProblem(path: path, line: n + 1, Fact(.doctor(.idTwice), [r.id])))
                    }
                    let home = Shards.shardName(id: R.shardKey(forID: r.id), shardCount: shardCount(R.self))
                    if home != name {
                        exam.problems.append(
                            DocumentProblem(
                                path: path, line: n + 1,
                                Fact(.doctor(.wrongShard), [r.id, home])))
                    }
                } catch {
                    if case .corrupt(let p, let l, let why) = error {
                        exam.problems.append(
                            DocumentProblem(
                                path: p,
                                line: l, reason: why))
                    } else {
                        throw error
                    }
                }
            }
        }
        return exam
    }
}
