import CSCore

/// One run of `cs`: parse, dispatch, render. Returns what to print and the exit status instead
/// of printing, so the whole CLI can be tested in-process; `main.swift` does the printing.
public struct Runner: Sendable {
    public static let version = "cs 0.1.0"

    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    public init() {}

    /// The commands that work on a data directory whose config.json cannot be read.
    static let runsWithDamagedConfig: Set<String> = ["doctor", "backup", "restore"]

    // Long: the whole run in its order: language, completion, parse, help, context, reparse, act, render.
    /// `stdout`, when given, receives streamed output (exports) as it is produced; otherwise
    /// everything is collected in the result (tests).
    public func run(
        _ arguments: [String], environment env: [String: String], prompter: Prompter = .none,
        stdout: (@Sendable ([UInt8]) throws -> Void)? = nil
    ) -> Result {
        // The language must be known before anything can go wrong.
        let language = Runner.language(arguments, environment: env)
        let catalog = Catalog(language)
        // `cs` alone is someone asking what cs does: the overview, not an error.
        if arguments.isEmpty { return help(for: [], language: language) }
        // What the shells' completion scripts ask: never an error, never a wait.
        if arguments.first == "__complete" {
            let words = Array(arguments.dropFirst())
            let reply = Completion.reply(words, tree: CommandTree.root) { ids in
                Runner.completionIds(ids, words: words, environment: env)
            }
            return Result(status: 0, stdout: Completion.output(reply), stderr: "")
        }
        func fail(_ f: any Failure) -> Result {
            Result(status: f.status.rawValue, stdout: "", stderr: "cs: " + catalog.text(f) + "\n")
        }

        // The clock needs the config, which needs the data directory, which a global option may
        // name: parse with a provisional clock first, for structure and globals.
        let provisional = Clock(now: Instant(epochSeconds: 0, offset: .utc))
        let tree = CommandTree.root
        let structure: ArgumentParser.Parsed
        do { structure = try ArgumentParser(root: tree, clock: provisional).parse(arguments) } catch {
            return fail(error)
        }
        let globals = structure.invocation.globals
        if globals.version { return Result(status: 0, stdout: Runner.version + "\n", stderr: "") }
        if globals.help || structure.invocation.path.first == "help" && structure.command.name == "help" {
            let target = globals.help ? structure.invocation.path : helpTarget(structure.invocation)
            return help(for: target, language: language)
        }
        if structure.invocation.path.first == "completion" {
            return Result(
                status: 0,
                stdout: Completion.script(
                    shell: structure.invocation.optional(HousekeepingOption.shell)
                        ?? "bash"), stderr: "")
        }

        do {
            let context = try Context(
                environment: env, globals: globals, language: globals.language ?? language,
                prompter: prompter)
            // Whatever happens, the reading lock goes before anything is printed: a reader
            // blocked on a slow pipe must not hold up the desk.
            defer { context.store.readView?.end() }
            // Reparse with the real clock so `today` means the desk's today.
            let parsed = try ArgumentParser(root: tree, clock: context.clock).parse(arguments)
            guard let action = parsed.command.action else {
                return help(for: parsed.invocation.path, language: language)
            }
            // A damaged config.json stops every command that depends on it (rates, desk id,
            // shard count, time zone); only the commands that examine or replace it go on.
            if let problem = context.configProblem,
                !Runner.runsWithDamagedConfig.contains(parsed.invocation.path.first ?? "")
            {
                throw problem
            }
            // A change journalled as "unknown" is said on stderr, not left for the log to reveal.
            let unknown = context.clerk == Context.unknownClerk && context.store.isInitialized
            let journalled = unknown ? context.store.journalBytes(at: context.clock.now) : 0
            let output = try action(parsed.invocation, context)
            var result = try render(output, context: context, sink: stdout)
            if unknown && context.store.journalBytes(at: context.clock.now) != journalled {
                result.stderr += "cs: " + catalog.text(.housekeeping(.clerkUnknown)) + "\n"
            }
            return result
        } catch let f as any Failure {
            return fail(f)
        } catch {
            return Result(
                status: ExitStatus.dataDirectory.rawValue, stdout: "",
                stderr: "cs: " + catalog.text(.store(.internalError), ["\(error)"]) + "\n")
        }
    }

    /// `--lang`, else the environment: known before the arguments are parsed, so that even a
    /// parse error is in the clerk's language.
    public static func language(_ arguments: [String], environment env: [String: String]) -> Language {
        var language = Language.from(environment: env)
        if let i = arguments.firstIndex(where: { $0 == "--lang" || $0.hasPrefix("--lang=") }) {
            let v =
                arguments[i] == "--lang"
                ? (i + 1 < arguments.count ? arguments[i + 1] : "") : String(arguments[i].dropFirst(7))
            if let l = Language(rawValue: v) { language = l }
        }
        return language
    }

    /// The one line `main` prints when standard output cannot be written.
    public static func outputFailure(
        _ reason: String, arguments: [String],
        environment env: [String: String]
    ) -> String {
        let failure = OutputError(path: nil, reason: reason)
        return "cs: " + Catalog(language(arguments, environment: env)).text(failure) + "\n"
    }

    /// `cs help member earn` and `cs help "member earn"` both mean member earn.
    func helpTarget(_ inv: Invocation) -> [String] {
        inv.arguments.flatMap { v -> [String] in
            if case .text(let s) = v { return s.split(separator: " ").map(String.init) }
            return []
        }
    }

    func help(for path: [String], language: Language) -> Result {
        var spec = CommandTree.root
        var walked: [String] = []
        for word in path where word != "help" || !walked.isEmpty {
            guard let sub = spec.subcommand(word) else {
                let e = UsageError.unknownCommand(
                    word, path: walked.isEmpty ? "" : walked.joined(separator: " ") + " ",
                    suggestion: Suggest.closest(
                        to: word,
                        in: spec.subcommandNames))
                return Result(status: 2, stdout: "", stderr: "cs: " + Catalog(language).text(e) + "\n")
            }
            spec = sub
            walked.append(word)
        }
        return Result(status: 0, stdout: HelpText.render(spec, path: walked, language: language), stderr: "")
    }

    // Long: one case per kind of output, each a few lines.
    func render(
        _ output: CommandOutput, context: Context,
        sink: (@Sendable ([UInt8]) throws -> Void)?
    ) throws -> Result {
        let g = context.globals
        if let field = g.field { return try Runner.only(field, of: output) }
        try Runner.checkQuiet(g, output)
        let renderer = Renderer(
            format: g.format, header: !g.noHeader, excel: g.excel,
            color: g.format == .table
                && Terminal.useColor(
                    g.color,
                    environment: context.environment),
            width: g.format == .table ? Terminal.width(environment: context.environment) : nil,
            language: context.language)
        switch output {
        case .table(let t):
            let partial = Runner.partial(t, context)
            return Result(status: partial.status ?? 0, stdout: renderer.render(t), stderr: partial.warning)
        case .record(let t): return Result(status: 0, stdout: renderer.renderRecord(t), stderr: "")
        case .detail(let t, let lines):
            guard g.format == .table else { return Result(status: 0, stdout: renderer.renderRecord(t), stderr: "") }
            // The nested documents are what the lines beneath say.
            let documents = Set(
                t.columns.indices.filter { t.rows.first?[$0].isDocument ?? false }.map { t.columns[$0].key })
            let shown = t.without { documents.contains($0.key) }
            let trailer = lines.isEmpty ? "" : "\n" + lines.map { $0 + "\n" }.joined()
            return Result(status: 0, stdout: renderer.renderRecord(shown) + trailer, stderr: "")
        case .created(let id, let message, let record):
            if g.quiet { return Result(status: 0, stdout: id + "\n", stderr: "") }
            if g.format != .table, let record {
                return Result(status: 0, stdout: renderer.renderRecord(record), stderr: "")
            }
            if g.format != .table {
                return Result(
                    status: 0, stdout: JSON.object(JSONObject([("id", .string(id))])).encoded + "\n",
                    stderr: "")
            }
            return Result(status: 0, stdout: message + "\n", stderr: "")
        case .rows(let columns, let produce):
            // Streamed rows are for machines: CSV unless another format was asked for.
            var streaming = renderer
            if g.format == .table {
                streaming = Renderer(format: .csv, header: !g.noHeader, excel: g.excel, language: context.language)
            }
            var out = RowStream(renderer: streaming, columns: columns)
            var collected = [UInt8]()
            let flush = { (bytes: [UInt8]) throws in if let sink { try sink(bytes) } else { collected += bytes } }
            try produce { try out.add($0, flush: flush) }
            try out.finish(flush: flush)
            return Result(status: 0, stdout: String(decoding: collected, as: UTF8.self), stderr: "")
        case .text(let s): return Result(status: 0, stdout: s, stderr: "")
        case .report(let s, let status):
            // A confirmation for people (`wrote 18 members to …`): -q keeps cron mail empty.
            return Result(status: status.rawValue, stdout: g.quiet ? "" : s, stderr: "")
        case .summary(let text, let data, let record, let status, let quiet):
            if g.quiet, let quiet { return Result(status: status.rawValue, stdout: quiet, stderr: "") }
            let out = g.format == .table ? text : record ? renderer.renderRecord(data) : renderer.render(data)
            let partial = Runner.partial(data, context)
            return Result(status: partial.status ?? status.rawValue, stdout: out, stderr: partial.warning)
        case .nothing: return Result(status: 0, stdout: "", stderr: "")
        }
    }
}

/// Renders rows as they are produced and hands the bytes on in 256 KB pieces.
struct RowStream {
    let renderer: Renderer
    let columns: [Column]
    var buffer: [UInt8] = []
    var count = 0

    init(renderer: Renderer, columns: [Column]) {
        self.renderer = renderer
        self.columns = columns
        buffer.reserveCapacity(1 << 18)
        buffer.append(contentsOf: renderer.streamHeader(columns).utf8)
    }

    /// A shard's rows are rendered in pieces on every core (the decoding cores wait while the
    /// rows are handed over), joined in order.
    mutating func add(_ rows: [[Cell]], flush: ([UInt8]) throws -> Void) throws {
        let base = count
        let renderer = self.renderer
        let columns = self.columns
        let pieces = ParallelShards.mapInPieces(rows, minimum: 256) { piece -> [UInt8] in
            var out = [UInt8]()
            for i in piece.indices {
                renderer.appendRow(columns, piece[i], index: base + i, to: &out)
            }
            return out
        }
        for piece in pieces {
            buffer.append(contentsOf: piece)
        }
        count += rows.count
        if buffer.count >= 1 << 18 {
            try flush(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }

    mutating func finish(flush: ([UInt8]) throws -> Void) throws {
        buffer.append(contentsOf: renderer.streamFooter(count: count).utf8)
        try flush(buffer)
        buffer.removeAll()
    }
}

extension Runner {
    /// `--field NAME`: the bare values of one field, one line per record; refused (not ignored)
    /// where a command prints no records.
    static func only(_ name: String, of output: CommandOutput) throws -> Result {
        let table: ResultTable
        switch output {
        case .table(let t), .record(let t), .detail(let t, _): table = t
        case .summary(_, let t, _, let status, _):
            return Result(status: status.rawValue, stdout: try values(name, of: t), stderr: "")
        case .created(let id, _, let record):
            guard let record else {
                guard name == "id" else { throw UsageError.unknownField(name, fields: ["id"]) }
                return Result(status: 0, stdout: id + "\n", stderr: "")
            }
            table = record
        case .rows(let columns, let produce):
            guard let i = columns.firstIndex(where: { $0.key == name }) else {
                throw UsageError.unknownField(name, fields: columns.map(\.key))
            }
            var out = ""
            try produce { rows in for row in rows where i < row.count { out += row[i].plain + "\n" } }
            return Result(status: 0, stdout: out, stderr: "")
        case .text, .report, .nothing:
            throw UsageError.fieldWithoutRecords
        }
        return Result(status: 0, stdout: try values(name, of: table), stderr: "")
    }

    static func values(_ name: String, of table: ResultTable) throws -> String {
        guard let i = table.columns.firstIndex(where: { $0.key == name }) else {
            throw UsageError.unknownField(name, fields: table.columns.map(\.key))
        }
        return table.rows.map { i < $0.count ? $0[i].plain + "\n" : "\n" }.joined()
    }
}

extension Runner {
    /// `-q` prints the id of what a command creates, or silences a confirmation; on a command
    /// that prints records it would drop them, so it is refused there (never ignored).
    static func checkQuiet(_ g: GlobalOptions, _ output: CommandOutput) throws {
        guard g.quiet else { return }
        switch output {
        case .summary(_, _, _, _, quiet: .some): return
        case .table, .record, .detail, .rows, .summary: throw UsageError.quietOnRecords
        case .created, .report, .text, .nothing: return
        }
    }
}

extension Runner {
    /// A listing that left damaged documents out says so on stderr; with `--strict` it also
    /// exits 3, so a cron job that drops stderr still sees a partial answer.
    static func partial(_ t: ResultTable, _ context: Context) -> (warning: String, status: Int32?) {
        guard let first = t.skipped.first else { return ("", nil) }
        let catalog = context.catalog
        let warning =
            "cs: " + catalog.text(.housekeeping(.listingSkipped), [String(t.skipped.count), catalog.text(first)])
        return (warning + "\n", context.globals.strict ? ExitStatus.dataDirectory.rawValue : nil)
    }
}
