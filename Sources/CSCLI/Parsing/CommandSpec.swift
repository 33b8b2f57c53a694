import CSCore

/// One option as declared once and used for parsing, `--help`, completion and the man-page
/// check.
public struct OptionSpec: Sendable {
    public let name: String
    public let short: Character?
    /// nil for a flag.
    public let value: ValueType?
    public let required: Bool
    public let repeatable: Bool
    public let valueName: String
    public let help: String
    /// The help in Chinese (`--lang zh help`).
    public let helpZh: String?
    /// Means something only on the table (a printed slip): refused with --json/--csv.
    public var tableOnly = false

    public init(
        _ name: String, short: Character? = nil, _ value: ValueType? = nil, required: Bool = false,
        repeatable: Bool = false, valueName: String? = nil, help: String, zh: String? = nil
    ) {
        self.name = name
        self.short = short
        self.value = value
        self.required = required
        self.repeatable = repeatable
        self.help = help
        self.helpZh = zh
        self.valueName = valueName ?? name.uppercased().replacingAll("-", with: "_")
    }

    public static func flag(_ name: String, short: Character? = nil, help: String, zh: String? = nil) -> OptionSpec {
        OptionSpec(name, short: short, nil, help: help, zh: zh)
    }

    public func help(in language: Language) -> String { language == .zh ? helpZh ?? help : help }

    public var spelling: String { "--\(name)" }

    var synopsis: String {
        let body = value == nil ? spelling : "\(spelling) \(valueName)"
        return required ? body : "[\(body)]"
    }
}

public struct ArgumentSpec: Sendable {
    public let name: String
    public let value: ValueType
    public let required: Bool
    public let help: String
    public let helpZh: String?
    /// The records a clerk most likely means here, offered by completion (open complaints).
    public let ids: RecordIds?

    public init(
        _ name: String, _ value: ValueType = .text, required: Bool = true, help: String, zh: String? = nil,
        ids: RecordIds? = nil
    ) {
        self.name = name
        self.value = value
        self.required = required
        self.help = help
        self.helpZh = zh
        self.ids = ids
    }

    public func help(in language: Language) -> String { language == .zh ? helpZh ?? help : help }
}

/// What a command does with a parsed invocation.
public typealias CommandAction = @Sendable (Invocation, Context) throws -> CommandOutput

/// A command or command group, declared once: the parser, `--help`, `cs help`, completion
/// scripts and the man-page test all read this tree.
public struct CommandSpec: Sendable {
    public let name: String
    public let summary: String
    public let summaryZh: String
    public let options: [OptionSpec]
    public let arguments: [ArgumentSpec]
    /// Built when asked for: `cs member earn` builds the member group alone, not every desk's
    /// (building the whole tree was a tenth of an earn's time).
    let children: [Subcommand]
    public let details: String
    /// Spellings this command once took or a user may carry over from another command, each
    /// with the one to use: refused with that hint, never taken as a global option.
    public let renamed: [Renamed]
    /// Two or three command lines that end the command's help (a test parses each one).
    public let examples: [Example]
    public let action: CommandAction?

    public init(
        _ name: String, summary: String, zh: String, options: [any OptionDeclaration] = [],
        arguments: [any ArgumentDeclaration] = [], subcommands: [CommandSpec] = [], details: String = "",
        renamed: [Renamed] = [], examples: [Example] = [], action: CommandAction? = nil
    ) {
        self.init(
            name, summary: summary, zh: zh, options: options, arguments: arguments,
            children: subcommands.map(Subcommand.init), details: details, renamed: renamed,
            examples: examples, action: action)
    }

    public init(
        _ name: String, summary: String, zh: String, options: [any OptionDeclaration] = [],
        arguments: [any ArgumentDeclaration] = [], children: [Subcommand], details: String = "",
        renamed: [Renamed] = [], examples: [Example] = [], action: CommandAction? = nil
    ) {
        self.name = name
        self.summary = summary
        self.summaryZh = zh
        self.options = options.map(\.spec)
        self.arguments = arguments.map(\.argumentSpec)
        self.children = children
        self.details = details
        self.renamed = renamed
        self.examples = examples
        self.action = action
    }

    /// Every subcommand, built (help, completion, the man-page check).
    public var subcommands: [CommandSpec] { children.map { $0.build() } }
    public var subcommandNames: [String] { children.map(\.name) }
    public var hasSubcommands: Bool { !children.isEmpty }
    public func subcommand(_ word: String) -> CommandSpec? { children.first { $0.name == word }?.build() }
    public func option(_ name: String) -> OptionSpec? { options.first { $0.name == name } }
    public func option(short: Character) -> OptionSpec? { options.first { $0.short == short } }

    public func summary(in language: Language) -> String { language == .zh ? summaryZh : summary }
}

/// A subcommand by name, and how to build it: a desk's group is a static `let`, so building
/// it once is the lazy initialiser Swift gives every global.
public struct Subcommand: Sendable {
    public let name: String
    let build: @Sendable () -> CommandSpec

    public init(name: String, build: @escaping @Sendable () -> CommandSpec) {
        self.name = name
        self.build = build
    }

    init(_ spec: CommandSpec) {
        self.init(name: spec.name) { spec }
    }
}

/// An option spelling a command refuses with a hint: one name per meaning across the suite
/// (`--from FILE` reads a file, `--out FILE` writes one, `--by NAME` filters by clerk).
public struct Renamed: Sendable {
    public let old: String
    public let new: String

    public init(_ old: String, to new: String) {
        self.old = old
        self.new = new
    }
}

/// A command line shown at the end of a command's help, with what it does in both languages.
public struct Example: Sendable {
    public let line: String
    public let en: String
    public let zh: String

    public init(_ line: String, _ en: String, zh: String) {
        self.line = line
        self.en = en
        self.zh = zh
    }

    /// The words after `cs`, as the parser sees them (quotes group words; a redirection or
    /// pipe ends the command).
    public var words: [String] {
        var out = [String]()
        var current = ""
        var quote: Character?
        var inWord = false
        for c in line.dropFirst(3) {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if c == "'" || c == "\"" {
                quote = c
                inWord = true
            } else if c == " " {
                if inWord { out.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(c)
                inWord = true
            }
        }
        if inWord { out.append(current) }
        if let end = out.firstIndex(where: { $0.hasPrefix(">") || $0 == "|" || $0 == "&&" }) {
            return Array(out[..<end])
        }
        return out
    }
}
