extension Store {
    /// Creates the data directory and a default `config.json`. Idempotent: an existing
    /// directory and config are left as they are. Returns whether anything was created.
    @discardableResult
    public func initialize(clock: Clock, clerk: String, config: Config = Config()) throws(StoreError) -> Bool {
        if isInitialized { return false }
        if FileSystem.exists(root) && !FileSystem.isDirectory(root) { throw StoreError.notADirectory(path: root) }
        try FileSystem.makeDirectory(root)
        try FileSystem.makeDirectory(journalDirectory)
        var out = [UInt8]()
        JSON.object(config.json).encode(into: &out)
        out.append(10)
        try FileSystem.writeAtomically(configPath, out, faults: faults)
        let entry = JournalEntry(
            at: clock.now, clerk: clerk, command: "init", kind: "file", id: "config.json",
            action: "init", before: nil, after: config.json,
            transaction: "init-\(clock.now.epochSeconds)")
        try appendJournal([entry])
        return true
    }

    /// Changes the config under the lock: it is re-read inside, so two clerks setting two keys
    /// at once both land. The journal line names the keys that changed.
    public func updateConfig(
        clerk: String, command: String, clock: Clock,
        _ mutate: (inout Config) throws -> Void
    ) throws {
        try change(clerk: clerk, command: command, clock: clock) { txn in
            let old = try Config.load(from: self)
            var new = old
            try mutate(&new)
            let changed = ConfigSetting.all.filter { old.text($0) != new.text($0) }
            guard !changed.isEmpty else { return }
            // A synced desk's id is registered in the shared store and is its own (desk.json).
            if FileSystem.exists(deskPath) {
                if changed.contains(where: { $0.name == ConfigKey<String>.deskID.name }) {
                    throw ConfigError.deskRegistered(old.deskID)
                }
                try new.set(ConfigKey<String>.deskID.name, try Config.load(from: self, shared: true).deskID)
            }
            txn.putFile(
                "config.json", new.json,
                changes: (
                    JSONObject(changed.map { ($0.name, .string(old.text($0))) }),
                    JSONObject(changed.map { ($0.name, .string(new.text($0))) })
                ),
                action: "set")
        }
    }
}
