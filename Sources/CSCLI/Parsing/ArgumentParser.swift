import CSCore

/// The hand-written parser: one pass over the words, looking each option up in the chosen
/// command's table and then in the global table. Global options may come anywhere;
/// `--opt=value` and `--opt value` both work; `--` ends options; numeric options take a negative
/// number as their next word. Every required option that is missing is reported at once.
public struct ArgumentParser: Sendable {
    public let root: CommandSpec
    public let clock: Clock

    public init(root: CommandSpec, clock: Clock) {
        self.root = root
        self.clock = clock
    }

    public struct Parsed: Sendable {
        public var invocation: Invocation
        public var command: CommandSpec
    }

    /// Three phases: walk the words (subcommands, options, arguments as typed), check what the
    /// command needs, then bind its arguments.
    public func parse(_ words: [String]) throws(UsageError) -> Parsed {
        var walk = Walk(root: root, words: words, clock: clock)
        try walk.run()
        // Help wins over every other complaint: a clerk asking for help gets it.
        if walk.inv.globals.help || walk.inv.globals.version {
            return Parsed(invocation: walk.inv, command: walk.command)
        }
        if let pending = walk.pendingError { throw pending }
        try check(walk.inv, walk.command)
        var inv = walk.inv
        try bind(walk.rawArguments, of: walk.command, into: &inv)
        return Parsed(invocation: inv, command: walk.command)
    }

    /// What the chosen command needs, before anything runs.
    func check(_ inv: Invocation, _ command: CommandSpec) throws(UsageError) {
        // An option that only means something on the table (a slip for the printer) is refused
        // with --json/--csv before anything runs, never ignored.
        if inv.globals.format != .table,
            let printed = command.options.first(where: { $0.tableOnly && inv.values[$0.name] != nil })
        {
            throw .conflict(printed.spelling, "--" + inv.globals.format.rawValue)
        }
        if command.action == nil && command.hasSubcommands {
            throw .missingSubcommand(path: inv.pathPrefix, choices: command.subcommandNames)
        }
        let missing = command.options.filter { $0.required && inv.values[$0.name] == nil }.map(\.spelling)
        if !missing.isEmpty { throw .missingOptions(missing, path: inv.pathPrefix) }
    }

    /// The positional words as the command's arguments, each parsed as its type.
    func bind(_ raw: [String], of command: CommandSpec, into inv: inout Invocation) throws(UsageError) {
        for (n, word) in raw.enumerated() {
            guard n < command.arguments.count else { throw .unexpectedArgument(word, path: inv.pathPrefix) }
            let spec = command.arguments[n]
            guard let v = spec.value.parse(word, clock: clock) else {
                throw .invalidValue(spec.name, value: word, accepted: spec.value.acceptedText)
            }
            inv.arguments.append(v)
            inv.argumentNames.append(spec.name)
        }
        if let firstMissing = command.arguments.dropFirst(raw.count).first(where: \.required) {
            throw .missingArgument(firstMissing.name, path: inv.pathPrefix)
        }
    }

    /// One pass over the words. An unknown command or option is kept, not thrown, so that a
    /// `--help` later on the line still gets help.
    struct Walk {
        let words: [String]
        let clock: Clock
        var command: CommandSpec
        var inv = Invocation()
        var rawArguments: [String] = []
        var onlyArguments = false
        var i = 0
        var pendingError: UsageError?

        init(root: CommandSpec, words: [String], clock: Clock) {
            self.words = words
            self.clock = clock
            self.command = root
        }

        mutating func run() throws(UsageError) {
            while i < words.count {
                let word = words[i]
                i += 1
                if onlyArguments || word == "-" || !word.hasPrefix("-")
                    || ArgumentParser.isNegativeNumber(word, command: command, argumentCount: rawArguments.count)
                {
                    positional(word)
                } else if word == "--" {
                    onlyArguments = true
                } else if let found = try option(word) {
                    let spec = found.spec
                    let value = try value(of: spec, inline: found.inline, spelled: found.spelled)
                    if found.global {
                        inv.globals.apply(spec.name, value)
                    } else {
                        if inv.values[spec.name] != nil && !spec.repeatable { throw .repeatedOption(found.spelled) }
                        inv.values[spec.name, default: []].append(value)
                    }
                }
            }
        }

        /// A subcommand while the command has them and no argument came yet; else an argument.
        mutating func positional(_ word: String) {
            guard !onlyArguments, rawArguments.isEmpty, command.hasSubcommands else {
                rawArguments.append(word)
                return
            }
            guard let sub = command.subcommand(word) else {
                if pendingError == nil {
                    let suggestion = Suggest.closest(to: word, in: command.subcommandNames)
                    pendingError = .unknownCommand(word, path: inv.pathPrefix, suggestion: suggestion)
                }
                return
            }
            command = sub
            inv.path.append(word)
        }

        /// `--name`, `--name=value` or `-x`, looked up in the command's table, then the global
        /// one; nil (and the error kept) when neither has it.
        mutating func option(_ word: String) throws(UsageError)
            -> (spec: OptionSpec, global: Bool, inline: String?, spelled: String)?
        {
            guard word.hasPrefix("--") else {
                let letters = Array(word.dropFirst())
                guard letters.count == 1,
                    let found = command.option(short: letters[0]).map({ ($0, false) })
                        ?? GlobalOptions.specs.first(where: { $0.short == letters[0] }).map({ ($0, true) })
                else {
                    if pendingError == nil {
                        pendingError = .unknownOption(word, path: inv.pathPrefix, suggestion: nil)
                    }
                    return nil
                }
                return (found.0, found.1, nil, word)
            }
            var name = String(word.dropFirst(2))
            var inline: String?
            if let eq = name.firstIndex(of: "=") {
                inline = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            let spelled = "--\(name)"
            if let r = command.renamed.first(where: { $0.old == name }) {
                throw .renamed(spelled, use: r.new, path: inv.pathPrefix)
            }
            if let o = command.option(name) { return (o, false, inline, spelled) }
            if let o = GlobalOptions.specs.first(where: { $0.name == name }) { return (o, true, inline, spelled) }
            if pendingError == nil {
                let names = (command.options + GlobalOptions.specs).map(\.spelling)
                pendingError = .unknownOption(
                    spelled, path: inv.pathPrefix,
                    suggestion: Suggest.closest(to: spelled, in: names))
            }
            return nil
        }

        /// The option's value: inline, else the next word (a negative number where the type
        /// takes one); a flag takes none.
        mutating func value(of spec: OptionSpec, inline: String?, spelled: String) throws(UsageError)
            -> ParsedValue
        {
            guard let type = spec.value else {
                guard inline == nil else { throw .flagTakesNoValue(spelled) }
                return .flag
            }
            let raw: String
            if let inline {
                raw = inline
            } else {
                guard i < words.count, !words[i].hasPrefix("-") || words[i] == "-" || type.takesNegative(words[i])
                else {
                    throw .missingValue(spelled, accepted: type.acceptedText)
                }
                raw = words[i]
                i += 1
            }
            guard let v = type.parse(raw, clock: clock) else {
                throw .invalidValue(spelled, value: raw, accepted: type.acceptedText)
            }
            // A required text is something: blank, it would record a bag of nothing or hand an
            // enquiry to no one. (An optional one may be emptied: `member edit --note ""`.)
            if spec.required, case .text(let text) = v, text.allSatisfy(\.isWhitespace) {
                throw .invalidValue(spelled, value: raw, accepted: ValueType.nonBlank)
            }
            return v
        }
    }

    /// `-50` is a value, not an option, where the command expects a number next.
    static func isNegativeNumber(_ word: String, command: CommandSpec, argumentCount: Int) -> Bool {
        guard word.count > 1, word.dropFirst().allSatisfy({ $0.isNumber || $0 == "." }) else { return false }
        guard argumentCount < command.arguments.count else { return false }
        return command.arguments[argumentCount].value.takesNegative(word)
    }
}
