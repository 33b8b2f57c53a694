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

    public init(at: Instant, clerk: String, command: String, kind: String, id: String, action: String,
                before: JSONObject?, after: JSONObject?, transaction: String, undoes: String? = nil) {
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

    func journalPath(for instant: Instant) -> String { "\(journalDirectory)/\(Month(instant.day).iso).jsonl" }

    /// Every journal entry, oldest first; months before `since` are skipped unread.
    public func readJournal(since: Day? = nil) throws(StoreError) -> JournalReading {
        try beginReading()
        var reading = JournalReading(entries: [], problems: [])
        for name in FileSystem.list(journalDirectory) where name.hasSuffix(".jsonl") && !name.hasPrefix(".") {
            if let since, String(name.prefix(7)) < Month(since).iso { continue }
            let path = "\(journalDirectory)/\(name)"
            guard let bytes = try FileSystem.read(path) else { continue }
            for (n, range) in Shards.lines(bytes).enumerated() {
                do {
                    let value = try bytes.withUnsafeBufferPointer { b throws(JSONParser.Failure) in
                        try JSONParser.parse(UnsafeBufferPointer(rebasing: b[range]))
                    }
                    guard let o = value.object else { throw DocumentError("not an object") }
                    reading.entries.append(try JournalEntry(json: o))
                } catch let e as JSONParser.Failure {
                    reading.problems.append(DocumentProblem(path: path, line: n + 1, reason: e.reason))
                } catch let e as DocumentError {
                    reading.problems.append(DocumentProblem(path: path, line: n + 1, reason: e.reason))
                } catch {
                    reading.problems.append(DocumentProblem(path: path, line: n + 1, reason: "\(error)"))
                }
            }
        }
        return reading
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
