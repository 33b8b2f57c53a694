/// A shared `config.json` from the remote, taken key by key as `cs config set` would take it:
/// a value it refuses is refused here too (this desk keeps its own), a key that decides where
/// records live is never taken from a peer, and every change taken is reported, so a points
/// rate raised at one desk is seen at every desk that takes it.
public struct ConfigScreen: Sendable {
    /// One key the remote's config changed.
    public struct Change: Sendable, Equatable {
        public let key: String
        public let before: String
        public let after: String
        /// Why it was not taken; nil: taken.
        public let problem: IncomingProblem?
        /// The desk whose signed commit last changed `config.json` in what came in, and the
        /// clerk its commit names ("" when the history before signing changed it).
        public var desk = ""
        public var clerk = ""
        /// When this desk took or refused it.
        public var at: Instant?
    }

    /// Keys a peer never changes: the shard count says which file every record is in, and
    /// the desk id is this desk's own (`desk.json`).
    static let structural: Set<String> = [ConfigKey<String>.shards.name, ConfigKey<String>.deskID.name]

    public let config: Config
    public let changes: [Change]

    /// `local`: this desk's config as `config.json` holds it; `incoming`: the merge's bytes.
    public init(local: Config, incoming: [UInt8]) {
        var config = local
        var changes = [Change]()
        guard case .object(let o)? = try? JSONParser.parse(String(decoding: incoming, as: UTF8.self)) else {
            self.config = local
            self.changes = [Change(key: "config.json", before: "", after: "", problem: .notJSON)]
            return
        }
        for key in ConfigSetting.all {
            let text: String
            switch o[key.name] {
            case .string(let s)?: text = s
            case .int(let i)?: text = String(i)
            case nil: continue
            default: text = "?"
            }
            let before = local.text(key)
            let normalized = key.normalize(text)
            guard normalized != before else { continue }
            let shown = VisibleText.escaped(String(text.prefix(120)))
            if ConfigScreen.structural.contains(key.name) {
                changes.append(Change(key: key.name, before: before, after: shown, problem: .structural))
            } else if let value = normalized, (try? config.set(key.name, value)) != nil {
                changes.append(Change(key: key.name, before: before, after: value, problem: nil))
            } else {
                changes.append(Change(key: key.name, before: before, after: shown, problem: .configValue))
            }
        }
        self.config = config
        self.changes = changes
    }

    /// The config as this desk writes it back (and commits it: the remote's refused values
    /// are replaced by this desk's at the next push).
    public var bytes: [UInt8] {
        var out = [UInt8]()
        JSON.object(config.json).encode(into: &out)
        out.append(10)
        return out
    }
}
