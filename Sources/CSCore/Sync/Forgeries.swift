/// Lines written in another desk's name (issue 25): a line in desk 01's id space (`L01-7`,
/// `<account>.01-5`), or a journal or register line naming desk 01, is taken only from a commit
/// desk 01 signed, and no other desk's commit removes or rewrites such a line of an append-only
/// kind. Judged from each incoming commit's own diff — for a merge commit its combined diff,
/// what it holds that no parent had — so a tampered merge is judged as the desk that signed it,
/// the equivalent of recomputing it.
public struct Forgeries: Sendable, Equatable {
    /// What a commit of another desk did to one file: the keys (a record's id; a journal or
    /// register line's text) it added or rewrote, and those it removed, each with that desk.
    public struct InFile: Sendable, Equatable {
        public var added = [String: String]()
        public var removed = [String: String]()
    }

    public var files = [String: InFile]()

    public init() {}

    public subscript(path: String) -> InFile? { files[path] }

    public var isEmpty: Bool { files.isEmpty }

    /// One commit's diff of one file, as `git log -c -p -U0` shows it.
    struct Change {
        var added = [ArraySlice<UInt8>]()
        var removed = [ArraySlice<UInt8>]()
        /// Lines the commit's tree holds (added, or kept from some parent).
        var kept = [ArraySlice<UInt8>]()
    }

    /// Reads the commits' patches: `\u{1}<commit>` starts a commit, `diff --git a/P b/P` or
    /// `diff --combined P` a file, `@@…@@` (one `@` more than the commit has parents) a hunk.
    static func changes(_ out: [UInt8]) -> [(commit: String, path: String, change: Change)] {
        var result = [(commit: String, path: String, change: Change)]()
        var commit = ""
        var path = ""
        var parents = 0
        var change = Change()
        func flush() {
            if !path.isEmpty, !change.added.isEmpty || !change.removed.isEmpty {
                result.append((commit, path, change))
            }
            change = Change()
        }
        for range in Shards.lines(out) {
            let line = out[range]
            guard let first = line.first else { continue }
            if first == 1 {
                flush()
                path = ""
                commit = String(decoding: line.dropFirst(), as: UTF8.self).trimmingSpaces
                continue
            }
            let text = String(decoding: line.prefix(300), as: UTF8.self)
            if text.hasPrefix("diff --") {
                flush()
                parents = 0
                path = Forgeries.path(ofHeader: text)
                continue
            }
            if first == UInt8(ascii: "@") {
                parents = line.prefix { $0 == UInt8(ascii: "@") }.count - 1
                continue
            }
            guard parents > 0, line.count > parents else { continue }
            let marks = line.prefix(parents)
            let body = line.dropFirst(parents)
            if marks.contains(UInt8(ascii: "-")) {
                change.removed.append(body)
            } else {
                change.kept.append(body)
                if marks.allSatisfy({ $0 == UInt8(ascii: "+") }) { change.added.append(body) }
            }
        }
        flush()
        return result
    }

    /// The path a diff header names (cs's paths hold no space or quote: the gate saw to it).
    static func path(ofHeader text: String) -> String {
        let git = "diff --git a/"
        if text.hasPrefix(git) {
            // "P b/P": the same path twice (no rename is followed).
            let rest = text.dropFirst(git.count)
            return String(rest.prefix((rest.count - 3) / 2))
        }
        for prefix in ["diff --combined ", "diff --cc "] where text.hasPrefix(prefix) {
            return String(text.dropFirst(prefix.count))
        }
        return ""
    }
}

extension Sync {
    /// The lines the commits `local..remote` wrote in a desk's name other than the desk that
    /// signed them. `signers`: each commit's signing desk (commits of the unsigned history
    /// before the upgrade are not in it, and are taken as they are).
    func forgeries(from local: String, to remote: String, signers: [String: String]) throws -> Forgeries {
        var range = ["\(local)..\(remote)"]
        if let from = try trustedFrom() { range.append("^\(from)") }
        // Only kinds whose ids name a desk can be forged in one's name (members and invoices
        // are not read: a round's thousand member lines cost a diff for nothing).
        let claimed = kinds.filter { $0.merge.shared && $0.lineCheck?.idSpace != nil }.map(\.name)
        let out = try git.must(
            [
                "log", "--format=%x01%H", "-c", "-p", "-U0", "--no-color", "--no-renames",
                "--no-ext-diff", "--no-textconv",
            ] + range + ["--"] + claimed
                + ["journal", Sync.registry])
        var found = Forgeries()
        let roles = SharedPaths(kinds: kinds, shards: store.shards)
        for (commit, path, change) in Forgeries.changes(out.bytes) {
            guard let signer = signers[commit], let role = roles.role(of: path) else { continue }
            var file = found.files[path] ?? Forgeries.InFile()
            switch role {
            case .shard(let name):
                guard let kind = kinds.first(where: { $0.name == name }), let space = kind.lineCheck?.idSpace else {
                    continue
                }
                file.merge(
                    shardChange: change, signer: signer, claim: space.desk(of:),
                    appendOnly: kind.merge.appendOnly)
            case .journal, .registry:
                file.merge(lineChange: change, signer: signer) { line in
                    Sync.claim(ofLine: line, registry: role == .registry, kinds: kinds)
                }
            default: continue
            }
            if !file.added.isEmpty || !file.removed.isEmpty { found.files[path] = file }
        }
        return found
    }

    /// The desk a journal or register line names: its `desk`; a register line without one is
    /// a desk's own registration (its id); a journal line without one (written before desks
    /// signed) names the desk only of an append-only record it created (a ledger entry).
    static func claim(ofLine line: ArraySlice<UInt8>, registry: Bool, kinds: [KindDescriptor]) -> String? {
        guard let o = (try? JSONParser.parse(String(decoding: line, as: UTF8.self)))?.object else { return nil }
        if let desk = o["desk"]?.string { return desk }
        if registry { return o["id"]?.string }
        guard let kind = kinds.first(where: { $0.name == o["kind"]?.string }), kind.merge.appendOnly,
            let id = o["id"]?.string
        else { return nil }
        return kind.lineCheck?.idSpace?.desk(of: id)
    }

    /// The remote commit the upgrade to signing found (history before it is taken once).
    func trustedFrom() throws -> String? {
        guard let bytes = try FileSystem.read(trustFromPath) else { return nil }
        let from = String(decoding: bytes, as: UTF8.self).trimmingSpaces
        return from.isEmpty ? nil : from
    }
}

extension Forgeries.InFile {
    /// A record line: new in a desk's id space, or rewritten or removed there when its kind
    /// never changes a line once written, by another desk's commit.
    mutating func merge(
        shardChange change: Forgeries.Change, signer: String, claim: (String) -> String?,
        appendOnly: Bool
    ) {
        let before = Set(change.removed.compactMap { MergedChanges.id($0) })
        let after = Set(change.kept.compactMap { MergedChanges.id($0) })
        let moved = Set(change.removed)
        // A line the diff shows removed in one place and added in another only moved (a merge
        // keeps a shard's lines in its own order).
        for line in change.added where !moved.contains(line) {
            guard let id = MergedChanges.id(line), let desk = claim(id), desk != signer else { continue }
            // Another desk's record changed (a lost item claimed here): any desk may, unless the
            // kind's lines never change.
            if before.contains(id) && !appendOnly { continue }
            added[id] = signer
        }
        for id in before.subtracting(after) {
            guard let desk = claim(id), desk != signer else { continue }
            removed[id] = signer
        }
    }

    /// A journal or register line: append-only, each naming the desk that wrote it.
    mutating func merge(lineChange change: Forgeries.Change, signer: String, claim: (ArraySlice<UInt8>) -> String?) {
        let moved = Set(change.removed)
        for line in change.added where !moved.contains(line) {
            guard let desk = claim(line), desk != signer else { continue }
            added[String(decoding: line, as: UTF8.self)] = signer
        }
        let kept = Set(change.kept)
        for line in change.removed where !kept.contains(line) {
            guard let desk = claim(line), desk != signer else { continue }
            removed[String(decoding: line, as: UTF8.self)] = signer
        }
    }
}
