/// Who wrote a commit (issue 25): each desk signs its commits with an SSH key of its own, made
/// by `ssh-keygen` and kept in `.git` (0600, never committed), and publishes the public half in
/// the shared register. A desk takes a commit from the remote only when it is signed by a desk
/// it has admitted (`cs sync admit`, after comparing the key's fingerprint by phone); the keys it
/// trusts are its own list (`.git/cs-allowed-signers`), never the remote's.
extension Sync {
    var keyPath: String { "\(gitDirectory)/cs-desk-key" }
    var allowedSignersPath: String { "\(gitDirectory)/cs-allowed-signers" }
    /// The remote commit this desk's first signed sync found: the unsigned history before it
    /// (written before signing) is taken once, at the upgrade, and never again.
    var trustFromPath: String { "\(gitDirectory)/cs-trust-from" }

    /// Signing and verifying, on every git command line of a desk that has its key.
    var signing: [String] {
        guard FileSystem.exists(keyPath) else { return [] }
        return [
            "-c", "gpg.format=ssh", "-c", "user.signingKey=\(keyPath)", "-c", "commit.gpgSign=true",
            "-c", "gpg.ssh.allowedSignersFile=\(allowedSignersPath)",
        ]
    }

    /// Makes this desk's key unless it has one; returns the public key line.
    @discardableResult
    func ensureKey(desk id: String? = nil) throws -> String {
        if !FileSystem.exists(keyPath) {
            let made: Git.Output
            do {
                made = try Git.spawn([
                    "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "cs desk \(id ?? desk)",
                    "-f", keyPath,
                ])
            } catch { throw SyncError.keygenMissing }
            guard made.ok else { throw SyncError.gitFailed(step: "ssh-keygen", reason: Sync.lastLine(made)) }
        }
        let pub = try FileSystem.read(keyPath + ".pub") ?? []
        return String(decoding: pub, as: UTF8.self).trimmingSpaces
    }

    /// `SHA256:…`, as `ssh-keygen -l` shows it and a clerk reads it out on the phone.
    func fingerprint(_ key: String) throws -> String {
        let file = "\(gitDirectory)/cs-key-check.pub"
        try FileSystem.writeAtomically(file, Array((key + "\n").utf8))
        defer { try? FileSystem.remove(file) }
        let out = try Git.spawn(["ssh-keygen", "-l", "-f", file])
        return out.lines.first?.split(separator: " ").dropFirst().first.map(String.init) ?? ""
    }

    /// Adds a desk's key to the keys this desk trusts (once).
    func trust(desk id: String, key: String) throws {
        let parts = key.split(separator: " ")
        guard parts.count >= 2 else { return }
        let line = "desk-\(id) namespaces=\"git\" \(parts[0]) \(parts[1])\n"
        var bytes = try FileSystem.read(allowedSignersPath) ?? []
        guard !String(decoding: bytes, as: UTF8.self).contains(line) else { return }
        bytes += Array(line.utf8)
        try FileSystem.writeAtomically(allowedSignersPath, bytes)
    }

    /// The keys the register publishes at a revision: desk id and public key, in order.
    func publishedKeys(at revision: String) throws -> [(desk: String, key: String)] {
        let out = try git.run(["show", "\(revision):\(Sync.registry)"])
        guard out.ok else { return [] }
        return out.lines.compactMap { line in
            guard let o = (try? JSONParser.parse(line))?.object, let desk = o["desk"]?.string,
                let key = o["key"]?.string
            else { return nil }
            return (desk, key)
        }
    }

    /// Publishes this desk's key in the register (a line of its own: the register merges as a
    /// union by id), unless it is there.
    func publishKey(_ key: String, desk id: String? = nil) throws {
        let desk = id ?? self.desk
        let path = "\(store.root)/\(Sync.registry)"
        let existing = String(decoding: try FileSystem.read(path) ?? [], as: UTF8.self)
        guard !existing.contains(key) else { return }
        var line = JSONObject()
        line.add("id", "key-\(desk)-" + String(SHA256.hex(Array(key.utf8)).prefix(16)))
        line.add("schema", 1)
        line.add("desk", desk)
        line.add("key", key)
        line.add("publishedAt", context.clock.now.iso)
        line.add("updatedAt", context.clock.now.iso)
        var bytes = Array(existing.utf8)
        JSON.object(line).encode(into: &bytes)
        bytes.append(10)
        try FileSystem.writeAtomically(path, bytes)
    }

    /// A desk not yet admitted here whose commits wait on the remote.
    public struct Stranger: Sendable, Equatable {
        /// The desk the register says the key is (empty: a key no desk published).
        public let desk: String
        public let fingerprint: String
    }

    /// An incoming commit's signature as git verified it against this desk's own list.
    struct Signature {
        let commit: String
        /// git's `%G?`: `G` a good signature by a key this desk trusts.
        let status: String
        let fingerprint: String
        /// The desk the trusted key is (`desk-02` in the allowed-signers list → `02`).
        let desk: String
    }

    /// The commits `local..remote` after the unsigned history taken at the upgrade, with
    /// their signatures.
    func signatures(from local: String, to remote: String) throws -> [Signature] {
        var range = ["\(local)..\(remote)"]
        if let from = try trustedFrom() { range.append("^\(from)") }
        return try git.must(["log", "--format=%H%x1f%G?%x1f%GF%x1f%GS"] + range).lines.compactMap { line in
            let parts = line.split(separator: "\u{1f}", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 4 else { return nil }
            let desk = parts[3].hasPrefix("desk-") ? String(parts[3].dropFirst(5)) : ""
            return Signature(commit: parts[0], status: parts[1], fingerprint: parts[2], desk: desk)
        }
    }

    /// The incoming commits no admitted desk signed, by signer; empty when every one is signed
    /// by a desk this desk trusts (or is unsigned history from before the upgrade).
    func strangers(_ signatures: [Signature], at remote: String) throws -> [Stranger] {
        var unknown = [String]()
        for s in signatures where s.status != "G" && !unknown.contains(s.fingerprint) {
            unknown.append(s.fingerprint)
        }
        guard !unknown.isEmpty else { return [] }
        var byFingerprint = [String: String]()
        for (id, key) in try publishedKeys(at: remote) { byFingerprint[try fingerprint(key)] = id }
        return unknown.map { Stranger(desk: byFingerprint[$0] ?? "", fingerprint: $0) }
    }

    /// `cs sync admit NN`: the keys desk NN published, with their fingerprints; with the
    /// fingerprint a clerk read out on the phone, that key is trusted from now on.
    public func admit(desk id: String, fingerprint confirmed: String?) throws -> [String] {
        try requireSynced()
        return try withSyncLock { () throws -> [String] in
            _ = try git.run(["fetch", "-q", "origin"])
            var keys = try publishedKeys(at: Sync.remoteBranch).filter { $0.desk == id }
            keys += try publishedKeys(at: "HEAD").filter { k in k.desk == id && !keys.contains { $0.key == k.key } }
            guard !keys.isEmpty else { throw SyncError.noKey(desk: id) }
            let prints = try keys.map { try fingerprint($0.key) }
            guard let confirmed else { throw SyncError.confirmFingerprint(desk: id, fingerprints: prints) }
            guard let n = prints.firstIndex(of: confirmed) else {
                throw SyncError.fingerprintMismatch(desk: id, fingerprints: prints)
            }
            try trust(desk: id, key: keys[n].key)
            return [prints[n]]
        }
    }

    /// `cs sync revoke NN`: desk NN's keys are no longer trusted here (a stolen desk PC); its
    /// commits from now on are not taken.
    public func revoke(desk id: String) throws -> Int {
        try requireSynced()
        return try withSyncLock { () throws -> Int in
            let lines = String(decoding: try FileSystem.read(allowedSignersPath) ?? [], as: UTF8.self)
                .split(separator: "\n").map(String.init)
            let kept = lines.filter { !$0.hasPrefix("desk-\(id) ") }
            guard kept.count < lines.count else { throw SyncError.notTrusted(desk: id) }
            try FileSystem.writeAtomically(allowedSignersPath, Array(kept.map { $0 + "\n" }.joined().utf8))
            return lines.count - kept.count
        }
    }

    /// A synced desk from before signing: its key is made and published, it trusts itself, and
    /// the remote's history as it stands now is taken as written before signing.
    func upgradeToSigning() throws {
        guard !FileSystem.exists(keyPath) else { return }
        let key = try ensureKey()
        try trust(desk: desk, key: key)
        try publishKey(key)
        let remote = try git.run(["rev-parse", "-q", "--verify", Sync.remoteBranch])
        let head = try git.must(["rev-parse", "HEAD"]).lines.first ?? ""
        let from = remote.ok ? (remote.lines.first ?? head) : head
        try FileSystem.writeAtomically(trustFromPath, Array((from + "\n").utf8))
    }
}
