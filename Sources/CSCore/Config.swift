/// The venue's settings, validated against `ConfigSetting.all`. Every figure the rules use comes
/// from here so a venue changes its scheme with `cs config set`, not a new build.
public struct Config: Sendable, Equatable {
    public private(set) var values: [String: String]

    public init() {
        values = Dictionary(uniqueKeysWithValues: ConfigSetting.all.map { ($0.name, $0.defaultValue) })
    }

    /// Defaults with a chosen shard count (`cs init --shards`).
    public init(shards: String) {
        self.init()
        let key = ConfigKey<String>.shards.setting
        if key.normalize(shards) != nil { values[key.name] = shards }
    }

    /// A setting's text as stored (validated when set), for `config show` and comparisons.
    public func text(_ setting: ConfigSetting) -> String { values[setting.name] ?? setting.defaultValue }

    /// A key's value, read by the typed key its desk declares: a mistyped key, or a key read
    /// as another type than it holds, does not compile.
    public func string(_ key: ConfigKey<String>) -> String { text(key.setting) }
    public func int(_ key: ConfigKey<Int>) -> Int { Int(text(key.setting)) ?? 0 }
    public func money(_ key: ConfigKey<Money>) -> Money { Money(parsing: text(key.setting)) ?? .zero }
    public func rate(_ key: ConfigKey<Rate>) -> Rate { Rate(parsing: text(key.setting)) ?? .one }
    /// A clock-time key (`HH:MM`) as seconds after midnight; nil if it does not read.
    public func secondsAfterMidnight(_ key: ConfigKey<String>) -> Int? {
        let parts = string(key).split(separator: ":").compactMap { Int($0) }
        return parts.count == 2 ? parts[0] * 3600 + parts[1] * 60 : nil
    }
    public func words(_ key: ConfigKey<[String]>) -> [String] {
        text(key.setting).split(separator: ",").map(String.init)
    }

    /// A key named by a clerk (`cs config get`): nil when there is no such key.
    public func string(named name: String) -> String? { ConfigSetting.named(name).map(text) }

    public var deskID: String { string(.deskID) }
    public var shards: Int { Int(string(.shards)) ?? 256 }
    public var offset: UTCOffset { UTCOffset(parsing: string(.timezone)) ?? .utc }

    /// Sets a key after validating it; the error says what is accepted.
    public mutating func set(_ name: String, _ text: String) throws(ConfigError) {
        guard let key = ConfigSetting.named(name) else {
            throw ConfigError.unknownKey(name, suggestion: Suggest.closest(to: name, in: ConfigSetting.all.map(\.name)))
        }
        guard let v = key.normalize(text) else {
            throw ConfigError.invalidValue(key: name, value: text, accepted: key.accepted)
        }
        if name == ConfigKey<String>.shards.name && v != self.text(key) { throw ConfigError.fixedAtInit(name) }
        values[name] = v
    }

    public var json: JSONObject {
        var o = JSONObject()
        o.add("schema", 1)
        for k in ConfigSetting.all {
            let v = text(k)
            if case .integer = k.kind { o.add(k.name, Int64(v)) } else { o.add(k.name, v) }
        }
        return o
    }

    /// Reads `config.json`; keys it lacks take their defaults (so a newer cs reads an older
    /// file), a bad value is reported with the key.
    /// `shared`: only what config.json says (what a synced desk writes back), without this
    /// desk's own `desk.json`.
    public static func load(from store: Store, shared: Bool = false) throws(StoreError) -> Config {
        guard let bytes = try FileSystem.read(store.configPath) else {
            throw StoreError.notInitialized(path: store.root)
        }
        let o = try store.parseObject(bytes, 0..<bytes.count, path: store.configPath, line: 0)
        var c = Config()
        for (k, v) in o.pairs where k != "schema" {
            guard let key = ConfigSetting.named(k) else { continue }
            let text: String
            switch v {
            case .string(let s): text = s
            case .int(let i): text = String(i)
            default: throw StoreError.corrupt(path: store.configPath, line: 0, reason: "\(k): expected \(key.accepted)")
            }
            guard let n = key.normalize(text) else {
                throw StoreError.corrupt(path: store.configPath, line: 0, reason: "\(k): expected \(key.accepted)")
            }
            c.values[k] = n
        }
        // A synced data directory keeps its desk id out of the shared config.json (`cs sync`):
        // one remote, one config, a desk id per desk.
        if !shared, let bytes = try FileSystem.read(store.deskPath) {
            let o = try store.parseObject(bytes, 0..<bytes.count, path: store.deskPath, line: 0)
            let key = ConfigKey<String>.deskID.setting
            guard let id = o[key.name]?.string, let n = key.normalize(id) else {
                throw StoreError.corrupt(path: store.deskPath, line: 0, reason: "\(key.name): expected \(key.accepted)")
            }
            c.values[key.name] = n
        }
        return c
    }
}

public enum ConfigError: Failure, Equatable {
    case unknownKey(String, suggestion: String?)
    case invalidValue(key: String, value: String, accepted: String)
    case fixedAtInit(String)
    /// A synced desk's id is registered in the shared store; its records carry it.
    case deskRegistered(String)

    public var status: ExitStatus {
        if case .deskRegistered = self { return .refused }
        return .usage
    }
    public var messageKey: MessageKey {
        switch self {
        case .unknownKey(_, let s): s == nil ? .config(.unknownKey) : .config(.unknownKeySuggest)
        case .invalidValue: .config(.invalidValue)
        case .fixedAtInit: .config(.fixedAtInit)
        case .deskRegistered: .config(.deskRegistered)
        }
    }
    public var messageArguments: [String] {
        switch self {
        case .unknownKey(let k, let s): [k] + (s.map { [$0] } ?? [])
        case .invalidValue(let k, let v, let a): [k, v, a]
        case .fixedAtInit(let k): [k]
        case .deskRegistered(let id): [id]
        }
    }
}

/// "Did you mean": the closest candidate by edit distance, if it is close enough to be a typo.
public enum Suggest {
    public static func closest(to word: String, in candidates: [String]) -> String? {
        // A typo is short; a pasted paragraph gets no suggestion (and costs nothing).
        guard word.count <= 64 else { return nil }
        var best: (String, Int)?
        for c in candidates {
            let d = distance(Array(word.lowercased()), Array(c.lowercased()))
            if best.map({ d < $0.1 }) ?? true { best = (c, d) }
        }
        guard let (c, d) = best, d <= max(2, word.count / 3) else { return nil }
        return c
    }

    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        for i in 1...a.count {
            var cur = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return prev[b.count]
    }
}
