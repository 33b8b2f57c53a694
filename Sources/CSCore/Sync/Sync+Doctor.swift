/// What `cs doctor` finds on a synced desk that is not damage: a receipt counted twice or a
/// phone on two members because two desks did it offline is the open sync conflict it is,
/// settled by the usual commands, not something `doctor --repair` could mend (issue 25).
extension Sync {
    public struct Diagnosis: Sendable {
        /// Problems no open conflict explains: damage.
        public var damage: [DocumentProblem] = []
        /// The open conflicts that explain the rest, each once.
        public var conflicts: [SyncConflict] = []
        /// Lines from the remote kept in this desk's quarantine.
        public var quarantined = 0

        /// Every problem as damage: what the doctor says where no sync can be asked (a config
        /// that does not load).
        public init(damage: [DocumentProblem]) { self.damage = damage }
    }

    public func diagnose(_ problems: [DocumentProblem]) throws -> Diagnosis {
        guard isSynced else { return Diagnosis(damage: problems) }
        var out = Diagnosis(damage: [])
        out.quarantined = Shards.lines(try FileSystem.read(quarantinePath) ?? []).count
        let open = try conflicts().filter(\.open).map(\.conflict)
        for p in problems {
            guard let c = open.first(where: { Sync.explains($0, p) }) else {
                out.damage.append(p)
                continue
            }
            if !out.conflicts.contains(c) { out.conflicts.append(c) }
        }
        return out
    }

    static func explains(_ c: SyncConflict, _ p: DocumentProblem) -> Bool {
        guard let fact = p.fact, let first = fact.arguments.first else { return false }
        switch (c.subject, fact.key) {
        case (.receipt, .member(.doctorReceiptTwice)):
            return c.key.split(separator: ":", maxSplits: 1).last.map(String.init) == first
        case (.phone, .doctor(.indexEntryStale)), (.phone, .doctor(.indexEntryMissing)):
            return p.path.hasSuffix("/\(PhoneIndexEntry.kind)") && first == c.key
        default:
            return false
        }
    }
}
