import CSCore

/// Typed option keys, read by value as swift-driver's `Option` constants are:
/// `try inv[MemberOption.amount]` is a `Money`, a required option is not optional, a choice
/// is its enum. Each is declared once; its `spec` feeds the parser, help, completion and the
/// man-page check.
public protocol OptionDeclaration: Sendable {
    var spec: OptionSpec { get }
}

extension OptionSpec: OptionDeclaration {
    public var spec: OptionSpec { self }
}

/// A value the parser can hand over typed.
public protocol ParsedRepresentable: Sendable {
    static func from(_ value: ParsedValue) -> Self?
}

extension String: ParsedRepresentable {
    public static func from(_ value: ParsedValue) -> String? {
        if case .text(let s) = value { return s }
        return nil
    }
}

extension Money: ParsedRepresentable {
    public static func from(_ value: ParsedValue) -> Money? {
        if case .money(let m) = value { return m }
        return nil
    }
}

extension Day: ParsedRepresentable {
    public static func from(_ value: ParsedValue) -> Day? {
        if case .day(let d) = value { return d }
        return nil
    }
}

extension Month: ParsedRepresentable {
    public static func from(_ value: ParsedValue) -> Month? {
        if case .month(let m) = value { return m }
        return nil
    }
}

extension Instant: ParsedRepresentable {
    public static func from(_ value: ParsedValue) -> Instant? {
        if case .instant(let t) = value { return t }
        return nil
    }
}

extension Int64: ParsedRepresentable {
    public static func from(_ value: ParsedValue) -> Int64? {
        if case .int(let v) = value { return v }
        return nil
    }
}

extension Int: ParsedRepresentable {
    public static func from(_ value: ParsedValue) -> Int? {
        if case .int(let v) = value { return Int(exactly: v) }
        return nil
    }
}

extension Rate: ParsedRepresentable {
    public static func from(_ value: ParsedValue) -> Rate? {
        if case .rate(let r) = value { return r }
        return nil
    }
}

/// An option that may be left out.
public struct Option<Value: Sendable>: OptionDeclaration {
    public let spec: OptionSpec
    let read: @Sendable (ParsedValue) -> Value?
}

/// An option the command cannot run without; the parser refuses a command line that lacks it.
public struct Required<Value: Sendable>: OptionDeclaration {
    public let spec: OptionSpec
    let read: @Sendable (ParsedValue) -> Value?
}

/// An option without a value.
public struct Flag: OptionDeclaration {
    public let spec: OptionSpec

    public init(_ name: String, short: Character? = nil, tableOnly: Bool = false, help: String, zh: String) {
        var spec = OptionSpec.flag(name, short: short, help: help, zh: zh)
        spec.tableOnly = tableOnly
        self.spec = spec
    }
}

/// What a command declares as a positional argument.
public protocol ArgumentDeclaration: Sendable {
    var argumentSpec: ArgumentSpec { get }
}

extension ArgumentSpec: ArgumentDeclaration {
    public var argumentSpec: ArgumentSpec { self }
}

/// A positional argument.
public struct Argument<Value: Sendable>: ArgumentDeclaration {
    public let spec: ArgumentSpec
    let read: @Sendable (ParsedValue) -> Value?
    public var argumentSpec: ArgumentSpec { spec }
}

extension Option where Value: ParsedRepresentable {
    public init(_ name: String, _ type: ValueType, valueName: String? = nil, help: String, zh: String) {
        spec = OptionSpec(name, type, valueName: valueName, help: help, zh: zh)
        read = Value.from
    }
}

extension Option where Value: CaseIterable & RawRepresentable, Value.RawValue == String {
    /// A choice among an enum's cases, handed over as the enum.
    public init(_ name: String, valueName: String? = nil, help: String, zh: String) {
        spec = OptionSpec(name, .choice(Value.allCases.map(\.rawValue)), valueName: valueName, help: help, zh: zh)
        read = { value in String.from(value).flatMap(Value.init(rawValue:)) }
    }
}

extension Option where Value: CaseIterable & Labelled {
    /// A choice that also takes its Chinese name (`--gender 男`, `--tier 金卡`).
    init(_ name: String, valueName: String? = nil, help: String, zh: String) {
        let cases = Array(Value.allCases)
        spec = OptionSpec(
            name, .choice(cases.map(\.rawValue) + cases.map(\.zh)), valueName: valueName, help: help,
            zh: zh)
        read = { value in
            guard let text = String.from(value) else { return nil }
            return Value(rawValue: text) ?? cases.first { $0.zh == text }
        }
    }
}

extension Required where Value: CaseIterable & Labelled {
    /// A required choice that also takes its Chinese name (`--to 保险柜`).
    init(_ name: String, valueName: String? = nil, help: String, zh: String) {
        let cases = Array(Value.allCases)
        spec = OptionSpec(
            name, .choice(cases.map(\.rawValue) + cases.map(\.zh)), required: true, valueName: valueName,
            help: help, zh: zh)
        read = { value in
            guard let text = String.from(value) else { return nil }
            return Value(rawValue: text) ?? cases.first { $0.zh == text }
        }
    }
}

extension Required where Value: ParsedRepresentable {
    public init(_ name: String, _ type: ValueType, valueName: String? = nil, help: String, zh: String) {
        spec = OptionSpec(name, type, required: true, valueName: valueName, help: help, zh: zh)
        read = Value.from
    }
}

extension Argument where Value: ParsedRepresentable {
    public init(
        _ name: String, _ type: ValueType = .text, required: Bool = true, help: String, zh: String,
        ids: RecordIds? = nil
    ) {
        spec = ArgumentSpec(name, type, required: required, help: help, zh: zh, ids: ids)
        read = Value.from
    }
}

extension Invocation {
    public subscript<V>(_ option: Option<V>) -> V? {
        values[option.spec.name]?.last.flatMap(option.read)
    }

    /// Present whenever the parser accepted the command line; a usage error otherwise (never
    /// a trap).
    public subscript<V>(_ option: Required<V>) -> V {
        get throws {
            guard let value = values[option.spec.name]?.last.flatMap(option.read) else {
                throw UsageError.missingOptions([option.spec.spelling], path: pathPrefix)
            }
            return value
        }
    }

    public subscript(_ flag: Flag) -> Bool { values[flag.spec.name] != nil }

    /// A required argument's value, or a usage error naming it.
    public subscript<V>(_ argument: Argument<V>) -> V {
        get throws {
            guard let value = optional(argument) else {
                throw UsageError.missingArgument(argument.spec.name, path: pathPrefix)
            }
            return value
        }
    }

    /// An optional argument's value.
    public func optional<V>(_ argument: Argument<V>) -> V? {
        guard let i = argumentNames.firstIndex(of: argument.spec.name), i < arguments.count else { return nil }
        return argument.read(arguments[i])
    }
}
