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

    public func parse(_ words: [String]) throws(UsageError) -> Parsed {
        var inv = Invocation()
        var command = root
        var rawArguments: [String] = []
        var onlyArguments = false
        var i = 0
        var pendingError: UsageError?

        func lookup(_ name: String, in command: CommandSpec) -> (OptionSpec, global: Bool)? {
            if let o = command.option(name) { return (o, false) }
            if let o = GlobalOptions.specs.first(where: { $0.name == name }) { return (o, true) }
            return nil
        }

        while i < words.count {
            let word = words[i]
            i += 1
            if onlyArguments || word == "-" || !word.hasPrefix("-")
                || isNegativeNumber(
                    word, command: command,
                    argumentCount: rawArguments.count)
            {
                if !onlyArguments, rawArguments.isEmpty, command.hasSubcommands {
                    guard let sub = command.subcommand(word) else {
                        if pendingError == nil {
                            pendingError = .unknownCommand(
                                word, path: inv.pathPrefix,
                                suggestion: Suggest.closest(
                                    to: word,
                                    in: command.subcommandNames))
                        }
                        continue
                    }
                    command = sub
                    inv.path.append(word)
                    continue
                }
                rawArguments.append(word)
                continue
            }
            if word == "--" {
                onlyArguments = true
                continue
            }

            // Options: --name, --name=value, -x.
            let spec: OptionSpec
            let global: Bool
            var inline: String?
            let spelled: String
            if word.hasPrefix("--") {
                var name = String(word.dropFirst(2))
                if let eq = name.firstIndex(of: "=") {
                    inline = String(name[name.index(after: eq)...])
                    name = String(name[..<eq])
                }
                spelled = "--\(name)"
                if let r = command.renamed.first(where: { $0.old == name }) {
                    throw .renamed(spelled, use: r.new, path: inv.pathPrefix)
                }
                guard let found = lookup(name, in: command) else {
                    if pendingError == nil {
                        let names = (command.options + GlobalOptions.specs).map(\.spelling)
                        pendingError = .unknownOption(
                            spelled, path: inv.pathPrefix,
                            suggestion: Suggest.closest(to: spelled, in: names))
                    }
                    continue
                }
                (spec, global) = found
            } else {
                let letters = Array(word.dropFirst())
                guard letters.count == 1,
                    let found = command.option(short: letters[0]).map({ ($0, false) })
                        ?? GlobalOptions.specs.first(where: { $0.short == letters[0] }).map({ ($0, true) })
                else {
                    if pendingError == nil {
                        pendingError = .unknownOption(word, path: inv.pathPrefix, suggestion: nil)
                    }
                    continue
                }
                (spec, global) = found
                spelled = word
            }

            let value: ParsedValue
            if let type = spec.value {
                let raw: String
                if let inline {
                    raw = inline
                } else {
                    guard i < words.count,
                        !words[i].hasPrefix("-") || words[i] == "-"
                            || type.takesNegative(words[i])
                    else {
                        throw .missingValue(spelled, accepted: type.acceptedText)
                    }
                    raw = words[i]
                    i += 1
                }
                guard let v = type.parse(raw, clock: clock) else {
                    throw .invalidValue(spelled, value: raw, accepted: type.acceptedText)
                }
                value = v
            } else {
                guard inline == nil else { throw .flagTakesNoValue(spelled) }
                value = .flag
            }

            if global {
                inv.globals.apply(spec.name, value)
            } else {
                if inv.values[spec.name] != nil && !spec.repeatable { throw .repeatedOption(spelled) }
                inv.values[spec.name, default: []].append(value)
            }
        }

        // Help wins over every other complaint: a clerk asking for help gets it.
        if inv.globals.help || inv.globals.version { return Parsed(invocation: inv, command: command) }
        if let pendingError { throw pendingError }
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

        for (n, raw) in rawArguments.enumerated() {
            guard n < command.arguments.count else { throw .unexpectedArgument(raw, path: inv.pathPrefix) }
            let spec = command.arguments[n]
            guard let v = spec.value.parse(raw, clock: clock) else {
                throw .invalidValue(spec.name, value: raw, accepted: spec.value.acceptedText)
            }
            inv.arguments.append(v)
            inv.argumentNames.append(spec.name)
        }
        if let firstMissing = command.arguments.dropFirst(rawArguments.count).first(where: \.required) {
            throw .missingArgument(firstMissing.name, path: inv.pathPrefix)
        }
        return Parsed(invocation: inv, command: command)
    }

    /// `-50` is a value, not an option, where the command expects a number next.
    private func isNegativeNumber(_ word: String, command: CommandSpec, argumentCount: Int) -> Bool {
        guard word.count > 1, word.dropFirst().allSatisfy({ $0.isNumber || $0 == "." }) else { return false }
        guard argumentCount < command.arguments.count else { return false }
        return command.arguments[argumentCount].value.takesNegative(word)
    }
}
