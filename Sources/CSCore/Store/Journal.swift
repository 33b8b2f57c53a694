/// One line of the append-only journal: who changed what, when, and the whole document before
/// and after (nil: did not exist / was removed). The journal is never rewritten; it is split by
/// month so `cs log --since` and archiving touch only the months they need. Because it holds
/// whole documents, `cs undo` can put a record back exactly as it was; `cs log` masks the ID
/// numbers in them unless `--reveal`.
public struct JournalEntry: Sendable, Equatable {
    public var at: Instant
    public var clerk: String
    public var command: String
    public var kind: String
    public var id: String
    public var action: String
    public var before: JSONObject?
    public var after: JSONObject?
    public var transaction: String
    /// Set on the entries of an undo: the transaction it took back.
    public var undoes: String?
    /// The synced desk that wrote it (`desk.id`); nil on a desk that does not sync. A peer
    /// takes the line only from a commit that desk signed (issue 25).
    public var desk: String?

    public init(
        at: Instant, clerk: String, command: String, kind: String, id: String, action: String,
        before: JSONObject?, after: JSONObject?, transaction: String, undoes: String? = nil,
        desk: String? = nil
    ) {
        self.at = at
        self.clerk = clerk
        self.command = command
        self.kind = kind
        self.id = id
        self.action = action
        self.before = before
        self.after = after
        self.transaction = transaction
        self.undoes = undoes
        self.desk = desk
    }

    var json: JSONObject {
        var o = JSONObject()
        o.add("at", at.iso)
        o.add("clerk", clerk)
        o.add("command", command)
        o.add("kind", kind)
        o.add("id", id)
        o.add("action", action)
        o.add("before", before.map(JSON.object) ?? .null)
        o.add("after", after.map(JSON.object) ?? .null)
        o.add("txn", transaction)
        o.add("undoes", undoes)
        o.add("desk", desk)
        return o
    }

    init(json o: JSONObject) throws(DocumentError) {
        let d = Document(o)
        at = try d.instant("at")
        clerk = try d.string("clerk")
        command = try d.string("command")
        kind = try d.string("kind")
        id = try d.string("id")
        action = try d.string("action")
        before = JournalEntry.document(o["before"])
        after = JournalEntry.document(o["after"])
        transaction = try d.string("txn")
        undoes = try d.optionalString("undoes")
        desk = try d.optionalString("desk")
    }

    /// A document, or a summary line from a journal written before documents were kept (kept
    /// readable as `{"summary": …}`; such a change cannot be undone).
    static func document(_ value: JSON?) -> JSONObject? {
        switch value {
        case .object(let o): o
        case .string(let s): JSONObject([("summary", .string(s))])
        default: nil
        }
    }
}

/// The journal as read back, with any line that did not parse named by file and line.
public struct JournalReading: Sendable {
    public var entries: [JournalEntry]
    public var problems: [DocumentProblem]
}

/// A message as facts: which one, with which values. The CLI says it in the clerk's language.
public struct Fact: Sendable, Equatable {
    public let key: MessageKey
    public let arguments: [String]

    public init(_ key: MessageKey, _ arguments: [String] = []) {
        self.key = key
        self.arguments = arguments
    }
}

/// A document that could not be read, named so a person can find it. `reason` is a parser's
/// or decoder's own account of the bytes; the doctor's findings are `fact`s.
public struct DocumentProblem: Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let line: Int
    public let reason: String
    public let fact: Fact?

    public init(path: String, line: Int, _ fact: Fact) {
        self.path = path
        self.line = line
        self.fact = fact
        self.reason = fact.arguments.joined(separator: " ")
    }

    public init(path: String, line: Int, reason: String) {
        self.fact = nil
        self.path = path
        self.line = line
        self.reason = reason
    }
    public var description: String { line > 0 ? "\(path):\(line): \(reason)" : "\(path): \(reason)" }
}

extension Store {
    var journalDirectory: String { "\(root)/journal" }

    /// The size of the journal file a change at `instant` goes to: it only grows, so a command
    /// that changed something has grown it (how the CLI knows to warn about an unknown clerk).
    public func journalBytes(at instant: Instant) -> Int { FileSystem.size(journalPath(for: instant)) ?? 0 }

    func journalPath(for instant: Instant) -> String {
        "\(journalDirectory)/\(journalByDay ? instant.day.iso : Month(instant.day).iso).jsonl"
    }

    /// The journal's files, oldest first: a month's file (`2026-11.jsonl`, an unsynced desk)
    /// before the days of that month (`2026-11-24.jsonl`, once the desk syncs).
    func journalFiles() -> [String] {
        let names = FileSystem.list(journalDirectory).filter { $0.hasSuffix(".jsonl") && !$0.hasPrefix(".") }
        func key(_ name: String) -> String { name.count == 13 ? String(name.prefix(7)) + "-00" : name }
        return names.sorted { key($0) < key($1) }
    }

    /// Every journal entry, oldest first; months before `since` are skipped unread.
    public func readJournal(since: Day? = nil) throws(StoreError) -> JournalReading {
        try beginReading()
        var reading = JournalReading(entries: [], problems: [])
        for name in journalFiles() {
            if let since, String(name.prefix(7)) < Month(since).iso { continue }
            let path = "\(journalDirectory)/\(name)"
            guard let bytes = try FileSystem.read(path) else { continue }
            for (n, range) in Shards.lines(bytes).enumerated() {
                switch Store.journalEntry(bytes, range, path: path, line: n + 1) {
                case .entry(let entry): reading.entries.append(entry)
                case .problem(let problem): reading.problems.append(problem)
                }
            }
        }
        return reading
    }

    /// A journal line read back, or what is wrong with it.
    enum JournalLine {
        case entry(JournalEntry)
        case problem(DocumentProblem)
    }

    /// One journal line read back, or what is wrong with it.
    static func journalEntry(
        _ bytes: [UInt8], _ range: Range<Int>, path: String,
        line: Int
    ) -> JournalLine {
        do {
            let value = try bytes.withUnsafeBufferPointer { b throws(JSONParser.Failure) in
                try JSONParser.parse(UnsafeBufferPointer(rebasing: b[range]))
            }
            guard let o = value.object else { throw DocumentError("not an object") }
            return .entry(try JournalEntry(json: o))
        } catch let e as JSONParser.Failure {
            return .problem(DocumentProblem(path: path, line: line, reason: e.reason))
        } catch let e as DocumentError {
            return .problem(DocumentProblem(path: path, line: line, reason: e.reason))
        } catch {
            return .problem(DocumentProblem(path: path, line: line, reason: "\(error)"))
        }
    }

    /// What `doctor` needs of the journal: how many entries and which lines cannot be read.
    /// Each month is read and checked in pieces on every core and let go: the whole journal
    /// decoded at once (`readJournal`) was over a gigabyte for a year of a busy desk.
    public func checkJournal() throws(StoreError) -> (count: Int, problems: [DocumentProblem]) {
        try beginReading()
        var count = 0
        var problems = [DocumentProblem]()
        for name in journalFiles() {
            let path = "\(journalDirectory)/\(name)"
            guard let bytes = try FileSystem.read(path) else { continue }
            let lines = Array(Shards.lines(bytes).enumerated())
            let pieces = ParallelShards.mapInPieces(lines) { piece -> (Int, [DocumentProblem]) in
                var good = 0
                var bad = [DocumentProblem]()
                for (n, range) in piece {
                    switch Store.journalEntry(bytes, range, path: path, line: n + 1) {
                    case .entry: good += 1
                    case .problem(let problem): bad.append(problem)
                    }
                }
                return (good, bad)
            }
            for (good, bad) in pieces {
                count += good
                problems += bad
            }
        }
        return (count, problems)
    }

    /// Appends the entries with one write and an fsync (or the caller's batch flush).
    func appendJournal(_ entries: [JournalEntry], sync: Bool = true) throws(StoreError) {
        guard let first = entries.first else { return }
        var lines = [UInt8]()
        for e in entries {
            JSON.object(e.json).encode(into: &lines)
            lines.append(10)
        }
        try appendJournal(lines, at: first.at, sync: sync)
    }

    /// Appends encoded lines to the journal file of `at`'s month, after those a bulk change
    /// staged on disk (`staged`).
    func appendJournal(_ lines: [UInt8], at: Instant, staged: String? = nil, sync: Bool = true) throws(StoreError) {
        guard !lines.isEmpty || staged != nil else { return }
        try FileSystem.makeDirectory(journalDirectory)
        let path = journalPath(for: at)
        if faults.failWrite(path) { throw StoreError.io(path: path, operation: "write", reason: "injected fault") }
        try FileSystem.append(path, copying: staged, then: lines, sync: sync)
    }
}
