/// Why `cs sync` stopped; each names what to do next.
public enum SyncError: Failure, Equatable {
    /// No `git` on the PATH: only `cs sync` needs it.
    case gitMissing
    /// A git step failed: which, and git's own last line.
    case gitFailed(step: String, reason: String)
    case notSynced(root: String)
    case alreadySynced(remote: String)
    /// The remote already has a desk with this id; the lowest free one is suggested.
    case deskTaken(id: String, free: String)
    /// Both this data directory and the remote hold records: one must start from the other.
    case bothHaveRecords(remote: String)
    /// Other desks kept pushing first, attempt after attempt.
    case pushRaced(attempts: Int)
    /// A commit from the remote holds what no honest desk writes; nothing of it was taken.
    case refused(commit: String, path: String, problem: IncomingProblem)
    /// This desk's `.git/config` holds a setting cs never makes (one a peer's commit could
    /// have planted before issue 25): no sync until it is removed.
    case foreignSetting(key: String, root: String)
    /// No `ssh-keygen` on the PATH: a desk signs its commits with a key it makes.
    case keygenMissing
    /// `cs sync admit NN`: desk NN has published no key (it has not synced since joining).
    case noKey(desk: String)
    /// `cs sync revoke NN`: this desk trusts no key of desk NN (a typo, or revoked already).
    case notTrusted(desk: String)
    /// `cs sync admit NN` without `--fingerprint`: what to compare by phone.
    case confirmFingerprint(desk: String, fingerprints: [String])
    case fingerprintMismatch(desk: String, fingerprints: [String])

    public var status: ExitStatus {
        switch self {
        case .gitFailed, .pushRaced, .refused, .foreignSetting: .dataDirectory
        case .keygenMissing, .noKey, .notTrusted, .confirmFingerprint, .fingerprintMismatch: .refused
        case .gitMissing, .notSynced, .alreadySynced, .deskTaken, .bothHaveRecords: .refused
        }
    }

    public var messageKey: MessageKey {
        switch self {
        case .gitMissing: .sync(.gitMissing)
        case .gitFailed: .sync(.gitFailed)
        case .notSynced: .sync(.notSynced)
        case .alreadySynced: .sync(.alreadySynced)
        case .deskTaken: .sync(.deskTaken)
        case .bothHaveRecords: .sync(.bothHaveRecords)
        case .pushRaced: .sync(.pushRaced)
        case .refused: .sync(.refusedCommit)
        case .foreignSetting: .sync(.foreignSetting)
        case .keygenMissing: .sync(.keygenMissing)
        case .noKey: .sync(.noKey)
        case .notTrusted: .sync(.notTrusted)
        case .confirmFingerprint: .sync(.confirmFingerprint)
        case .fingerprintMismatch: .sync(.fingerprintMismatch)
        }
    }

    public var messageArguments: [String] {
        switch self {
        case .gitMissing: []
        case .gitFailed(let step, let reason): [step, reason]
        case .notSynced(let root): [root]
        case .alreadySynced(let remote): [remote]
        case .deskTaken(let id, let free): [id, free]
        case .bothHaveRecords(let remote): [remote]
        case .pushRaced(let n): [String(n)]
        case .refused(let commit, let path, let problem):
            [String(commit.prefix(12)), VisibleText.escaped(String(path.prefix(120))), problem.rawValue]
        case .foreignSetting(let key, let root): [key, root]
        case .keygenMissing: []
        case .noKey(let d), .notTrusted(let d): [d]
        case .confirmFingerprint(let d, let f), .fingerprintMismatch(let d, let f): [d, f.joined(separator: ", ")]
        }
    }
}

/// Messages of `cs sync`.
public enum SyncMessage: Sendable, Hashable, CaseIterable {
    case gitMissing, gitFailed, notSynced, alreadySynced, deskTaken, bothHaveRecords, pushRaced
    case refusedCommit, foreignSetting, quarantined, configChanged, configRefused, conflictRefused, conflictForged
    case conflictState
    case doctorConflict, doctorQuarantine
    case keygenMissing, noKey, notTrusted, confirmFingerprint, fingerprintMismatch, admitted, revoked, stranger
    case statusKey, unsigned
    case created, joined, synced, offline, upToDate, received, sent, conflictsOpen
    case statusDesk, statusRemote, statusAhead, statusBehind, statusWaiting, statusConflicts, statusFetched
    case noConflicts, conflictField
    case resolveHint
    case resolved, boardTitle
}
