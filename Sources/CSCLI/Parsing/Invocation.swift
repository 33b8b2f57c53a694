import CSCore

/// A parsed command line: which command, its typed option values and arguments.
public struct Invocation: Sendable {
    public var path: [String] = []
    public var globals = GlobalOptions()
    public var values: [String: [ParsedValue]] = [:]
    public var arguments: [ParsedValue] = []
    public var argumentNames: [String] = []

    public init() {}

    /// "member add " — for messages that point at `cs member add --help`.
    public var pathPrefix: String { path.isEmpty ? "" : path.joined(separator: " ") + " " }

    public func has(_ name: String) -> Bool { values[name] != nil }
    public func flag(_ name: String) -> Bool { values[name] != nil }

    public func text(_ name: String) -> String? {
        if case .text(let s)? = values[name]?.last { return s }
        return nil
    }

    public func texts(_ name: String) -> [String] {
        (values[name] ?? []).compactMap { if case .text(let s) = $0 { return s }; return nil }
    }

    public func money(_ name: String) -> Money? {
        if case .money(let m)? = values[name]?.last { return m }
        return nil
    }

    public func day(_ name: String) -> Day? {
        if case .day(let d)? = values[name]?.last { return d }
        return nil
    }

    public func month(_ name: String) -> Month? {
        if case .month(let m)? = values[name]?.last { return m }
        return nil
    }

    public func instant(_ name: String) -> Instant? {
        if case .instant(let t)? = values[name]?.last { return t }
        return nil
    }

    public func int(_ name: String) -> Int64? {
        if case .int(let v)? = values[name]?.last { return v }
        return nil
    }

    public func rate(_ name: String) -> Rate? {
        if case .rate(let r)? = values[name]?.last { return r }
        return nil
    }

    /// A positional argument by its declared name.
    public func argument(_ name: String) -> String? {
        guard let i = argumentNames.firstIndex(of: name), i < arguments.count else { return nil }
        switch arguments[i] {
        case .text(let s): return s
        case .int(let v): return String(v)
        default: return nil
        }
    }

    public func argumentValue(_ name: String) -> ParsedValue? {
        guard let i = argumentNames.firstIndex(of: name), i < arguments.count else { return nil }
        return arguments[i]
    }
}
