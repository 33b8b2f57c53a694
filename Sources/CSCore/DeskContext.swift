/// What every desk works with, built once per command: the store, the config, "now" and who
/// is at the desk. Desks take this instead of each declaring the same four fields.
public struct DeskContext: Sendable {
    public let store: Store
    public let config: Config
    public let clock: Clock
    public let clerk: String

    public init(store: Store, config: Config, clock: Clock, clerk: String) {
        self.store = store
        self.config = config
        self.clock = clock
        self.clerk = clerk
    }

    /// Runs `body` under the lock as one journalled transaction named `command`.
    public func change<T>(_ command: String, _ body: (inout Transaction) throws -> T) throws -> T {
        try store.change(clerk: clerk, command: command, clock: clock, body)
    }
}

/// Reads records by id: the store (a reading command) or a transaction (under the lock, seeing
/// its own pending changes). Lookups written once work in both.
public protocol RecordReader {
    func get<R: Record>(_: R.Type, id: String) throws -> R?
}

extension Store: RecordReader {}
extension Transaction: RecordReader {}
