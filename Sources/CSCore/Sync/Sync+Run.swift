/// `cs sync`: commit this desk's changes, fetch, merge with the cs driver, apply the merge as
/// one transaction, push; merge again when another desk pushed first. Offline, the changes are
/// committed locally and counted.
extension Sync {
    public struct Report: Sendable {
        /// Records the merges brought in or changed here.
        public var received = 0
        /// Journal entries of this desk the remote now has.
        public var sent = 0
        /// Journal entries waiting for the remote (offline).
        public var waiting = 0
        /// Why the remote could not be reached (git's last line); nil when it was.
        public var offline: String?
        /// Business conflicts this sync found, and how many are open now.
        public var found = 0
        public var open = 0
        /// Lines from the remote kept out of the shards, set aside in the quarantine.
        public var refused = 0
        /// The shared settings the remote changed: taken, or refused with the reason.
        public var settings = [ConfigScreen.Change]()
        /// Desks whose commits wait on the remote, not admitted here: nothing of the remote
        /// was taken and nothing sent.
        public var strangers = [Stranger]()

        mutating func add(_ applied: Applied) {
            received += applied.records
            found += applied.found
            refused += applied.refused.count
            settings += applied.settings
        }
    }

    public func run() throws -> Report {
        try requireSynced()
        return try withSyncLock { () throws -> Report in
            try requireOwnSettings()
            var report = Report()
            for attempt in 1...Sync.attempts {
                let fetch = try git.run(["fetch", "-q", "origin"])
                if let refused = Sync.fsckRefusal(fetch) { throw refused }
                if !fetch.ok { report.offline = Sync.lastLine(fetch) }
                try store.withLock(clerk: context.clerk, clock: context.clock) { () throws in
                    // git commits the files as they are on disk: the log's changes are in them, flushed.
                    try store.checkpoint()
                    try upgradeToSigning()
                    try writeOwnedFiles()
                    try commitLocal()
                    if report.offline == nil { try mergeRemote(&report) }
                }
                if report.offline != nil || !report.strangers.isEmpty { break }
                let outgoing = try journalEntries(from: Sync.remoteBranch, to: "HEAD")
                let push = try git.run(["push", "-q", "origin", Sync.branch])
                if push.ok {
                    report.sent += outgoing
                    break
                }
                let raced = ["rejected", "fetch first", "non-fast-forward"].contains { push.text.contains($0) }
                guard raced else {
                    report.offline = Sync.lastLine(push)
                    break
                }
                if attempt == Sync.attempts { throw SyncError.pushRaced(attempts: attempt) }
            }
            if report.offline != nil || !report.strangers.isEmpty {
                report.waiting = try journalEntries(from: Sync.remoteBranch, to: "HEAD")
            }
            report.open = try conflicts().filter(\.open).count
            return report
        }
    }

    /// A fetch git's object checks stopped (a tree entry `.git`, `..`, a bad mode): the object
    /// and git's reason, as a refusal rather than "offline" — the remote was reached, and
    /// holds what no desk writes.
    static func fsckRefusal(_ out: Git.Output) -> SyncError? {
        guard !out.ok, out.text.contains("fsck error") else { return nil }
        let line = out.lines.first { $0.hasPrefix("error: object ") } ?? ""
        let parts = line.dropFirst("error: object ".count).split(separator: ":", maxSplits: 1)
        let object = parts.first.map(String.init) ?? ""
        let reason = parts.count > 1 ? String(parts[1]).trimmingSpaces : Sync.lastLine(out)
        return SyncError.refused(commit: object, path: reason, problem: .path)
    }

    /// What git said went wrong: its `fatal:` line when it has one, else its last line.
    static func lastLine(_ out: Git.Output) -> String {
        if let fatal = out.lines.first(where: { $0.hasPrefix("fatal: ") }) { return String(fatal.dropFirst(7)) }
        return out.lines.last(where: { !$0.trimmingSpaces.isEmpty }) ?? "exit \(out.status)"
    }

    /// Commits whatever changed in the data directory since the last sync (under the lock: no
    /// change is half-written). The message names the desk, the clerk and the journal span.
    func commitLocal(_ what: String? = nil) throws {
        try git.must(["add", "-A"])
        guard try !git.run(["diff", "--cached", "--quiet"]).ok else { return }
        let added = try git.must(["diff", "--cached", "-U0", "--no-color", "--", "journal"]).lines
            .filter { $0.hasPrefix("+{") }
            .compactMap { (try? JSONParser.parse(String($0.dropFirst())))?.object?["at"]?.string }
            .sorted()
        var message = "desk \(desk) · clerk \(context.clerk) · "
        if let what {
            message += what
        } else if let first = added.first, let last = added.last {
            message += "\(added.count) journal entries, \(first) – \(last)"
        } else {
            message += "no journal entries"
        }
        try git.must(["commit", "-q", "--no-verify", "-m", message])
    }

    /// Journal lines in `to` that `from` lacks (all of them when `from` does not exist yet).
    func journalEntries(from: String, to: String) throws -> Int {
        // git's empty tree: everything in `to` is new.
        let empty = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"
        let base = try git.run(["rev-parse", "-q", "--verify", from]).ok ? from : empty
        var n = 0
        for line in try git.must(["diff", "--numstat", base, to, "--", "journal"]).lines {
            n += Int(line.split(separator: "\t").first ?? "") ?? 0
        }
        return n
    }

    /// Merges the fetched remote into this desk's last commit in the merge tree, applies the
    /// result to the data directory in one transaction, then moves the branch to it.
    func mergeRemote(_ report: inout Report) throws {
        guard try git.run(["rev-parse", "-q", "--verify", Sync.remoteBranch]).ok,
            try !git.run(["merge-base", "--is-ancestor", Sync.remoteBranch, "HEAD"]).ok
        else { return }
        let local = try git.must(["rev-parse", "HEAD"]).lines.first ?? "HEAD"
        // Who wrote them, then what they hold: before a byte of them is read into the data
        // directory or a merge.
        let signed = try signatures(from: local, to: Sync.remoteBranch)
        report.strangers = try strangers(signed, at: Sync.remoteBranch)
        guard report.strangers.isEmpty else { return }
        try checkIncoming(from: local, to: Sync.remoteBranch)
        // Then whose name its lines are written in.
        var signers = [String: String]()
        for s in signed { signers[s.commit] = s.desk }
        let origin = try incomingOrigin(from: local, to: Sync.remoteBranch, signers: signers)
        // Nothing here the remote lacks: its files are taken as they are, read from git's
        // objects, with no merge to compute.
        if try git.run(["merge-base", "--is-ancestor", "HEAD", Sync.remoteBranch]).ok {
            let remote = try git.must(["rev-parse", Sync.remoteBranch]).lines.first ?? ""
            let blobs = try changedBlobs(from: local, to: remote)
            var byPath = [String: [UInt8]]()
            for blob in blobs { byPath[blob.path] = blob.bytes }
            let applied = try apply(blobs.map(\.path), from: origin) { byPath[$0] }
            report.add(applied)
            try git.must(["reset", "-q", remote])
            try commitLocal("settles the merge (figures summed again, conflicts recorded)")
            return
        }
        try prepareMergeTree(at: local)
        try? FileSystem.remove(conflictLog)
        var tree = Git(directory: mergeTree, settings: signing)
        tree.environment["CS_SYNC_CONFLICTS"] = conflictLog
        let message = "desk \(desk) merges the remote"
        let merge = try tree.run(mergeDriverSettings + ["merge", "-q", "--no-edit", "-m", message, Sync.remoteBranch])
        guard merge.ok else {
            _ = try? tree.run(["merge", "--abort"])
            throw SyncError.gitFailed(step: "merge", reason: Sync.lastLine(merge))
        }
        let merged = try tree.must(["rev-parse", "HEAD"]).lines.first ?? ""
        let paths = try git.must(["diff", "--name-only", "-z", local, merged]).text
            .split(separator: "\u{0}").map(String.init).filter { !$0.isEmpty }
        let worktree = mergeTree
        let applied = try apply(paths, from: origin) { rel in try FileSystem.read("\(worktree)/\(rel)") }
        report.add(applied)
        // The branch and the index move to the merge; the working tree already holds it.
        try git.must(["reset", "-q", merged])
        try commitLocal("settles the merge (figures summed again, conflicts recorded)")
    }

    /// The files that differ between two commits, with their new bytes (nil: removed), read
    /// from git's objects in one `cat-file --batch`.
    func changedBlobs(from old: String, to new: String) throws -> [(path: String, bytes: [UInt8]?)] {
        var entries = [(path: String, blob: String?)]()
        let raw = try git.must(["diff", "--raw", "-z", "--no-abbrev", "--no-renames", old, new]).text
        var fields = raw.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)[...]
        while let meta = fields.popFirst(), meta.hasPrefix(":"), let path = fields.popFirst() {
            let parts = meta.split(separator: " ")
            let blob = parts.count >= 4 ? String(parts[3]) : ""
            entries.append((path, blob.allSatisfy { $0 == "0" } ? nil : blob))
        }
        let list = "\(gitDirectory)/cs-batch"
        try FileSystem.writeAtomically(list, Array(entries.compactMap(\.blob).map { $0 + "\n" }.joined().utf8))
        defer { try? FileSystem.remove(list) }
        let out = try git.must(["cat-file", "--batch"], input: list)
        var bytes = out.bytes[...]
        var found = [String: [UInt8]]()
        // Each object: "<sha> blob <size>\n<content>\n".
        while let newline = bytes.firstIndex(of: 10) {
            let header = String(decoding: bytes[bytes.startIndex..<newline], as: UTF8.self).split(separator: " ")
            guard header.count == 3, let size = Int(header[2]) else { break }
            let start = newline + 1
            guard start + size <= bytes.endIndex else { break }
            found[String(header[0])] = Array(bytes[start..<(start + size)])
            bytes = bytes[min(start + size + 1, bytes.endIndex)...]
        }
        return entries.map { entry in (entry.path, entry.blob.flatMap { found[$0] }) }
    }

    /// The merge tree, checked out at this desk's commit, with nothing left of an earlier merge.
    func prepareMergeTree(at commit: String) throws {
        let tree = Git(directory: mergeTree)
        if FileSystem.isDirectory(mergeTree) && FileSystem.exists("\(mergeTree)/.git") {
            _ = try? tree.run(["merge", "--abort"])
            try tree.must(["reset", "-q", "--hard", commit])
            try tree.must(["clean", "-q", "-f", "-d"])
        } else {
            FileSystem.removeTree(mergeTree)
            _ = try? git.run(["worktree", "prune"])
            try git.must(["worktree", "add", "-q", "-f", "--detach", mergeTree, commit])
        }
    }
}
