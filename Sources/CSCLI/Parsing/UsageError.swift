import CSCore

/// A command line that cannot be run as typed (exit status 2). Each case carries the offending
/// word and the command path so the message can point at the right `--help`.
public enum UsageError: Failure, Equatable {
    case unknownCommand(String, path: String, suggestion: String?)
    case unknownOption(String, path: String, suggestion: String?)
    case missingValue(String, accepted: Text)
    case invalidValue(String, value: String, accepted: Text)
    case missingOptions([String], path: String)
    case unexpectedArgument(String, path: String)
    case missingArgument(String, path: String)
    case repeatedOption(String)
    case flagTakesNoValue(String)
    case missingSubcommand(path: String, choices: [String])
    case conflict(String, String)
    /// An option that only means something with another one (`--force` without `--out`).
    case requires(String, String)
    /// `member find` with nothing to find by.
    case findNeedsCriterion
    /// A spelling this command refuses, with the one that means what the user wanted.
    case renamed(String, use: String, path: String)
    /// `--field` names no field of what the command prints.
    case unknownField(String, fields: [String])
    /// `--field` on a command that prints no records.
    case fieldWithoutRecords
    /// `-q` on a command whose output is records.
    case quietOnRecords

    public var status: ExitStatus { .usage }

    public var messageKey: MessageKey {
        switch self {
        case .unknownCommand(_, _, let s): s == nil ? .usage(.unknownCommand) : .usage(.unknownCommandSuggest)
        case .unknownOption(_, _, let s): s == nil ? .usage(.unknownOption) : .usage(.unknownOptionSuggest)
        case .missingValue: .usage(.missingValue)
        case .invalidValue: .usage(.invalidValue)
        case .missingOptions: .usage(.missingOptions)
        case .unexpectedArgument: .usage(.unexpectedArgument)
        case .missingArgument: .usage(.missingArgument)
        case .repeatedOption: .usage(.repeatedOption)
        case .flagTakesNoValue: .usage(.flagTakesNoValue)
        case .missingSubcommand: .usage(.missingSubcommand)
        case .conflict: .usage(.conflict)
        case .unknownField: .usage(.unknownField)
        case .quietOnRecords: .usage(.quietOnRecords)
        case .fieldWithoutRecords: .usage(.fieldWithoutRecords)
        case .findNeedsCriterion: .usage(.findNeedsCriterion)
        case .requires: .usage(.requires)
        case .renamed: .usage(.renamed)
        }
    }

    /// `path` is the command words with a trailing space ("member add "), empty at the top.
    public var messageArguments: [String] {
        switch self {
        case .unknownCommand(let w, let p, let s), .unknownOption(let w, let p, let s): [w, p] + (s.map { [$0] } ?? [])
        case .missingValue(let o, let a): [o, a.en]
        case .invalidValue(let o, let v, let a): [o, String(v.prefix(80)), a.en]
        case .missingOptions(let names, let p): [names.joined(separator: ", "), p]
        case .unexpectedArgument(let w, let p): [String(w.prefix(80)), p]
        case .missingArgument(let n, let p): [n, p]
        case .repeatedOption(let o), .flagTakesNoValue(let o): [o]
        case .renamed(let o, let n, let p): [o, n, p]
        case .missingSubcommand(let p, let c): [p.trimmingSpaces, c.joined(separator: ", ")]
        case .conflict(let a, let b), .requires(let a, let b): [a, b]
        case .findNeedsCriterion, .fieldWithoutRecords, .quietOnRecords: []
        case .unknownField(let f, let all): [f, all.joined(separator: ", ")]
        }
    }
}

extension UsageError: LocalizedFailure {
    /// The arguments with what a value accepts said in the clerk's language.
    func messageArguments(in language: Language) -> [String] {
        switch self {
        case .missingValue(let o, let a): [o, a.in(language)]
        case .invalidValue(let o, let v, let a): [o, String(v.prefix(80)), a.in(language)]
        default: messageArguments
        }
    }
}
