/// `cs sync init`: the data directory becomes a git working tree tracking the remote, and this
/// desk's id goes into the shared register.
extension Sync {
    public struct Joined: Sendable {
        public let desk: String
        public let remote: String
        /// This desk started the shared store (the remote was empty).
        public let created: Bool
        /// Whether the remote has this desk's registration yet (false: offline, the next
        /// `cs sync` sends it).
        public let pushed: Bool
        /// Lines of the shared store a local write would refuse, kept aside (not taken).
        public var refused = 0
    }

    public func initialize(remote: String, desk requested: String?) throws -> Joined {
        try store.requireInitialized()
        if isSynced {
            let url = try git.run(["remote", "get-url", "origin"])
            throw SyncError.alreadySynced(remote: url.ok ? url.lines.first ?? "" : "")
        }
        return try store.withLock(clerk: context.clerk, clock: context.clock) { () throws -> Joined in
            // Set aside until the join is whole: a refused one leaves the directory as it was.
            var created: [String] = [gitDirectory]
            try store.checkpoint()
            do {
                return try join(remote: remote, requested: requested, created: &created)
            } catch {
                for path in created { FileSystem.removeTree(path) }
                throw error
            }
        }
    }

    func join(remote: String, requested: String?, created: inout [String]) throws -> Joined {
        try git.must(["init", "-q", "--shared=0600", "-b", Sync.branch])
        let settings = [
            ("merge.cs.name", "cs records: union by id, three-way per field"),
            ("merge.cs.driver", "'\(executable)' sync merge-file %O %A %B %P"),
            ("user.name", "cs"), ("user.email", "cs@desk.invalid"), ("core.quotePath", "false"),
        ]
        for (key, value) in settings { try git.must(["config", key, value]) }
        try git.must(["remote", "add", "origin", remote])
        let fetch = try git.run(["fetch", "-q", "origin"])
        if let refused = Sync.fsckRefusal(fetch) { throw refused }
        guard fetch.ok else { throw SyncError.gitFailed(step: "fetch", reason: Sync.lastLine(fetch)) }
        let shared = try git.run(["rev-parse", "-q", "--verify", Sync.remoteBranch]).ok
        let taken = shared ? try registeredDesks(at: Sync.remoteBranch) : []
        let desk = requested ?? self.desk
        if taken.contains(desk) {
            let free = (1...99).map { $0 < 10 ? "0\($0)" : "\($0)" }.first { !taken.contains($0) } ?? ""
            throw SyncError.deskTaken(id: desk, free: free)
        }
        if shared {
            guard !holdsRecords() else { throw SyncError.bothHaveRecords(remote: remote) }
            // Every commit of the shared store passes the gate before it is checked out here.
            try checkIncoming(from: nil, to: Sync.remoteBranch)
            // This empty store takes the shared one's settings and records.
            try git.must(["checkout", "-q", "-f", "-B", Sync.branch, Sync.remoteBranch])
        }
        // What it took passes the checks a sync's lines pass before anything reads it.
        let refused = shared ? try screenCheckedOut() : []
        for name in [".gitignore", ".gitattributes", "desk.json"] where !FileSystem.exists("\(store.root)/\(name)") {
            created.append("\(store.root)/\(name)")
        }
        try writeOwnedFiles()
        var local = JSONObject()
        local.add(ConfigKey<String>.deskID.name, desk)
        var bytes = [UInt8]()
        JSON.object(local).encode(into: &bytes)
        try FileSystem.writeAtomically(store.deskPath, bytes + [10])
        try register(desk)
        // This desk's key: it signs every commit from the first; a joining desk trusts the
        // desks already in the register (it was given this remote to join), and the others
        // trust it once they admit it.
        let key = try ensureKey(desk: desk)
        try trust(desk: desk, key: key)
        try publishKey(key, desk: desk)
        if shared {
            for published in try publishedKeys(at: Sync.remoteBranch) {
                try trust(desk: published.desk, key: published.key)
            }
            let at = try git.must(["rev-parse", Sync.remoteBranch]).lines.first ?? ""
            try FileSystem.writeAtomically(trustFromPath, Array((at + "\n").utf8))
        }
        if shared { try rebuildLocal(desk: desk, refused: refused) }
        try git.must(["add", "-A"])
        try git.must(["commit", "-q", "-m", "desk \(desk) joins (clerk \(context.clerk))"])
        let pushed = try git.run(["push", "-q", "-u", "origin", Sync.branch]).ok
        var joined = Joined(desk: desk, remote: remote, created: !shared, pushed: pushed)
        joined.refused = refused.count
        return joined
    }

    /// Adds this desk's line to the shared register (merged as a union by id).
    func register(_ desk: String) throws {
        let path = "\(store.root)/\(Sync.registry)"
        var line = JSONObject()
        line.add("id", desk)
        line.add("schema", 1)
        line.add("clerk", context.clerk)
        line.add("joinedAt", context.clock.now.iso)
        line.add("updatedAt", context.clock.now.iso)
        var bytes = try FileSystem.read(path) ?? []
        JSON.object(line).encode(into: &bytes)
        bytes.append(10)
        try FileSystem.writeAtomically(path, bytes)
    }

    /// The indexes, summaries and counters a joining desk builds from the shared records.
    func rebuildLocal(desk: String, refused: [IncomingScreen.Refused]) throws {
        // The shared config.json, just checked out, says how many shards the records use.
        var shared = store
        shared.shards = try Config.load(from: store).shards
        shared.journalByDay = true
        shared.desk = desk
        try shared.inTransaction(clerk: context.clerk, command: "sync init", clock: context.clock) { txn in
            for kind in kinds {
                if let rebuild = kind.rebuild { _ = try rebuild(&txn) }
            }
            for r in refused { txn.putQuietly(refusedConflict(r, foundBy: desk)) }
        }
        try keepAside(refused, foundBy: desk)
    }

    /// The shared store as checked out at a join, screened line by line as a sync screens a
    /// peer's lines: what fails is taken out of its file and kept aside in the quarantine.
    func screenCheckedOut() throws -> [IncomingScreen.Refused] {
        // The shard count is the shared config's, just checked out.
        let shards = try Config.load(from: store).shards
        let roles = SharedPaths(kinds: kinds, shards: shards)
        var paths = FileSystem.list("\(store.root)/journal").map { "journal/\($0)" } + [Sync.registry]
        for kind in kinds where kind.merge.shared {
            paths += FileSystem.list("\(store.root)/\(kind.name)").map { "\(kind.name)/\($0)" }
        }
        var refused = [IncomingScreen.Refused]()
        for rel in paths {
            guard let bytes = try FileSystem.read("\(store.root)/\(rel)") else { continue }
            let screened: IncomingScreen.Result
            switch roles.role(of: rel) {
            case .journal?, .registry?:
                screened = IncomingScreen.lines(bytes, old: [], path: rel)
            case .shard(let name)?:
                guard let check = kinds.first(where: { $0.name == name })?.lineCheck else { continue }
                screened = IncomingScreen.shard(bytes, old: [], path: rel, check: check, shards: shards)
            default: continue
            }
            guard !screened.refused.isEmpty else { continue }
            refused += screened.refused
            try FileSystem.writeAtomically("\(store.root)/\(rel)", screened.bytes)
        }
        return refused
    }
}
