import CSCore

/// Everything a command needs from the outside world, built once in `Runner` from the
/// environment and the global options and passed down: no command reads the process
/// environment or the system clock itself.
public struct Context: Sendable {
    public let environment: [String: String]
    public let globals: GlobalOptions
    public let store: Store
    public let clock: Clock
    public let clerk: String
    public let language: Language
    /// The config as read at start-up (defaults when the directory is not set up yet). Read
    /// through `requireConfig()`: a damaged config.json must stop a command, never be
    /// replaced by defaults (another points rate, another desk id minting cards).
    private let config: Config
    /// Why config.json could not be read, if it could not: commands that need it say so
    /// rather than run on defaults.
    let configProblem: StoreError?

    /// How a confirmation is asked (a terminal) or not (a script, a test).
    let prompter: Prompter
    public var catalog: Catalog { Catalog(language) }

    init(
        environment env: [String: String], globals: GlobalOptions, language: Language,
        prompter: Prompter = .none
    ) throws {
        self.environment = env
        self.prompter = prompter
        self.globals = globals
        self.language = language
        let root = Context.dataDirectory(globals: globals, environment: env)
        var store = Store(root: root)
        var config = Config()
        var problem: StoreError?
        // A change killed half-way is rolled back before config.json is even looked at.
        do { try store.settle() } catch { problem = error }
        if problem == nil && store.isInitialized {
            do { config = try Config.load(from: store) } catch { problem = error }
        }
        self.config = config
        self.configProblem = problem
        store.lockTimeoutMilliseconds = config.int(.lockTimeoutSeconds) * 1000
        store.shards = config.shards
        store.journalByDay = store.isSyncedDesk
        store.desk = store.isSyncedDesk ? config.deskID : nil
        if let t = env["CS_LOCK_TIMEOUT"], let s = Double(t), s >= 0, s <= 3600 {
            store.lockTimeoutMilliseconds = Int(s * 1000)
        }
        store.faults = FaultPlan(
            failWritesMatching: env["CS_FAULT_WRITE"],
            holdLockMilliseconds: env["CS_FAULT_HOLD_LOCK_MS"].flatMap { Int($0) } ?? 0)
        #if DEBUG
            // The kill campaign stages a small import as a large one would (`Transaction+Spill`).
            if let bytes = env["CS_FAULT_SPILL_BYTES"].flatMap({ Int($0) }), bytes > 0 { store.spillBytes = bytes }
            // The kill campaign checkpoints every few changes, so that kills land in checkpoints too.
            if let bytes = env["CS_FAULT_CHECKPOINT_BYTES"].flatMap({ Int($0) }), bytes > 0 {
                store.checkpointBytes = bytes
            }
        #endif
        // Reads take the shared commit lock: no reader sees a change half-applied.
        store.readView = ReadView(timeoutMilliseconds: store.lockTimeoutMilliseconds)
        self.store = store
        self.clerk = Context.clerk(globals: globals, environment: env)
        if let fixed = env["CS_NOW"], !fixed.isEmpty {
            guard let now = Instant(parsing: fixed, defaultOffset: config.offset),
                let clock = Clock(fixed: now, deskOffset: config.offset)
            else {
                let years = "\(Clock.validYears.lowerBound)–\(Clock.validYears.upperBound)"
                throw UsageError.invalidValue(
                    "CS_NOW", value: fixed,
                    accepted: Text(
                        en: ValueType.instant.accepted + ", in the years " + years,
                        zh: ValueType.instant.acceptedText.zh + ",年份在 " + years))
            }
            self.clock = clock
        } else {
            self.clock = Clock.system(offset: config.offset)
        }
    }

    /// `--data-dir`, else `CS_DATA_DIR`, else `$XDG_DATA_HOME/cs`, else `~/.local/share/cs`.
    static func dataDirectory(globals: GlobalOptions, environment env: [String: String]) -> String {
        if let d = globals.dataDirectory, !d.isEmpty { return d }
        if let d = env["CS_DATA_DIR"], !d.isEmpty { return d }
        if let x = env["XDG_DATA_HOME"], !x.isEmpty { return x + "/cs" }
        return (env["HOME"] ?? ".") + "/.local/share/cs"
    }

    static func clerk(globals: GlobalOptions, environment env: [String: String]) -> String {
        for c in [globals.clerk, env["CS_CLERK"], env["USER"], env["LOGNAME"]] {
            if let c, !c.isEmpty { return String(c.prefix(64)) }
        }
        return unknownClerk
    }

    /// Who a change is journalled as when neither `--clerk`, `CS_CLERK` nor a login name says.
    static let unknownClerk = "unknown"

    /// The config read at start-up, or the reason it could not be read.
    public func requireConfig() throws -> Config {
        if let configProblem { throw configProblem }
        return config
    }

    /// What a desk works with: refused when the data directory is not set up or its config
    /// cannot be read.
    public func desk() throws -> DeskContext {
        try store.requireInitialized()
        return DeskContext(store: store, config: try requireConfig(), clock: clock, clerk: clerk)
    }

    /// The config as it is now (re-read: another clerk may have changed it).
    public func currentConfig() throws -> Config { try Config.load(from: store) }
}
