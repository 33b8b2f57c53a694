/// `cs sync status` and `cs sync conflicts`: what waits, what is open. No network: ahead and
/// behind are counted against the remote as last fetched.
extension Sync {
    public struct Status: Sendable {
        public let desk: String
        public let remote: String
        /// Commits here the remote lacks, and the remote's (as last fetched) not merged here.
        public let ahead: Int
        public let behind: Int
        /// Journal entries the remote lacks, committed or not.
        public let waiting: Int
        public let openConflicts: Int
        /// This desk's key, as another desk's clerk compares it on the phone (`cs sync admit`).
        public let fingerprint: String
        /// Desks whose fetched commits wait because they are not admitted here.
        public let strangers: [Stranger]
    }

    /// The desks whose commits, as last fetched, wait to be admitted here (no network): what
    /// the board shows without the rest of the status.
    public func waitingStrangers() throws -> [Stranger] {
        guard try git.run(["rev-parse", "-q", "--verify", Sync.remoteBranch]).ok else { return [] }
        return try strangers(try signatures(from: "HEAD", to: Sync.remoteBranch), at: Sync.remoteBranch)
    }

    /// The remote this desk syncs with.
    public func remoteURL() throws -> String {
        let url = try git.run(["remote", "get-url", "origin"])
        return url.ok ? url.lines.first ?? "" : ""
    }

    public func status() throws -> Status {
        try requireSynced()
        let url = try git.run(["remote", "get-url", "origin"])
        var ahead = 0
        var behind = 0
        if try git.run(["rev-parse", "-q", "--verify", Sync.remoteBranch]).ok {
            let counts = try git.must(["rev-list", "--left-right", "--count", "HEAD...\(Sync.remoteBranch)"])
            let parts = (counts.lines.first ?? "").split(whereSeparator: { $0 == "\t" || $0 == " " })
            ahead = Int(parts.first ?? "") ?? 0
            behind = Int(parts.dropFirst().first ?? "") ?? 0
        } else {
            ahead = Int(try git.must(["rev-list", "--count", "HEAD"]).lines.first ?? "") ?? 0
        }
        let committed = try journalEntries(from: Sync.remoteBranch, to: "HEAD")
        var uncommitted = 0
        for line in try git.must(["diff", "--numstat", "HEAD", "--", "journal"]).lines {
            uncommitted += Int(line.split(separator: "\t").first ?? "") ?? 0
        }
        for line in try git.must(["ls-files", "--others", "--exclude-standard", "--", "journal"]).lines {
            uncommitted += Shards.lines(try FileSystem.read("\(store.root)/\(line)") ?? []).count
        }
        let key = FileSystem.exists(keyPath) ? try fingerprint(try ensureKey()) : ""
        return Status(
            desk: desk, remote: url.lines.first ?? "", ahead: ahead, behind: behind,
            waiting: committed + uncommitted, openConflicts: try conflicts().filter(\.open).count,
            fingerprint: key, strangers: try waitingStrangers())
    }

    /// A recorded conflict and whether it still holds (a field conflict never "holds": the
    /// merge kept one value; it is listed so the other can be put back by hand).
    public struct Listing: Sendable {
        public let conflict: SyncConflict
        public let open: Bool
    }

    public func conflicts() throws -> [Listing] {
        try store.requireInitialized()
        let checks = Desk.all.compactMap(\.mergeChecks)
        return try store.scan(SyncConflict.self).records.sorted { $0.foundAt < $1.foundAt }.map { c in
            switch c.subject {
            case .field, .refused: Listing(conflict: c, open: false)
            case .state: Listing(conflict: c, open: try untouched(kind: c.recordKind, id: c.key, since: c.foundAt))
            default:
                Listing(
                    conflict: c,
                    open: try checks.first { $0.subjects.contains(c.subject) }?.stillHolds(context, c) ?? false)
            }
        }
    }
}

extension Sync {
    /// Whether a transaction's journal lines are in the history the desks share: sent to the
    /// remote, or received from it (a change committed offline and not yet sent is still this
    /// desk's alone). False off sync.
    public func shares(_ transaction: String) throws -> Bool {
        guard isSynced, try git.run(["rev-parse", "-q", "--verify", Sync.remoteBranch]).ok else { return false }
        let pattern = "\"txn\":\"\(transaction)\""
        return try git.run(["grep", "-q", "-F", pattern, Sync.remoteBranch, "--", "journal"]).ok
    }

    /// Whether no clerk has changed the record since the conflict about it was found: a state
    /// two desks set is settled by the next step a clerk takes on it (the merge itself keeps the
    /// later of the two sides' times, both before it was found).
    func untouched(kind: String, id: String, since: Instant) throws -> Bool {
        let path = "\(store.root)/\(kind)/\(Shards.shardName(id: id, shardCount: store.shards))"
        guard let bytes = try FileSystem.read(path) else { return false }
        let prefix = Shards.linePrefix(id: id)
        for range in Shards.lines(bytes) where bytes[range].starts(with: prefix) {
            guard let text = (try? Document(line: bytes[range]))?.updatedAt,
                let at = Instant(parsing: text, defaultOffset: .utc)
            else { return false }
            return at <= since
        }
        return false
    }
}

/// What every desk knows about the conflicts kind.
public enum SyncKinds {
    public static let all: [KindDescriptor] = [
        .documents(SyncConflict.self, merge: .appendOnly)
    ]
}
