/// Who wrote what the remote brings, as its signed commits tell: the lines written in another
/// desk's name, and the desk and clerk of the last change to the shared settings, shown
/// wherever a setting taken from a peer is ("member.pointsPerYuan 1 → 100, desk 02, clerk wang").
struct IncomingOrigin {
    var forged = Forgeries()
    var settingsDesk = ""
    var settingsClerk = ""
}

extension Sync {
    func incomingOrigin(from local: String, to remote: String, signers: [String: String]) throws -> IncomingOrigin {
        var origin = IncomingOrigin()
        origin.forged = try forgeries(from: local, to: remote, signers: signers)
        let last = try git.must(["log", "-1", "--format=%H%x1f%s", "\(local)..\(remote)", "--", "config.json"]).lines
        if let line = last.first {
            let parts = line.split(separator: "\u{1f}", maxSplits: 1, omittingEmptySubsequences: false)
            origin.settingsDesk = signers[String(parts[0])] ?? ""
            origin.settingsClerk = parts.count > 1 ? Sync.clerk(ofSubject: String(parts[1])) : ""
        }
        return origin
    }

    /// The clerk a commit's subject names (`desk 02 · clerk wang · …`, as `commitLocal`
    /// writes it), shown escaped: it is the peer's text.
    static func clerk(ofSubject subject: String) -> String {
        let parts = subject.split(separator: "·").map { String($0).trimmingSpaces }
        guard let named = parts.first(where: { $0.hasPrefix("clerk ") }) else { return "" }
        return VisibleText.escaped(String(named.dropFirst(6).prefix(40)))
    }

    /// The settings a sync took or refused, kept in this desk's `.git` for the board to show
    /// on the day.
    var settingsLogPath: String { "\(gitDirectory)/cs-settings.jsonl" }

    func noteSettings(_ changes: [ConfigScreen.Change]) throws {
        guard !changes.isEmpty else { return }
        var out = [UInt8]()
        for c in changes {
            var o = JSONObject()
            o.add("at", (c.at ?? context.clock.now).iso)
            o.add("key", c.key)
            o.add("before", c.before)
            o.add("after", c.after)
            o.add("problem", c.problem?.rawValue)
            o.add("desk", c.desk)
            o.add("clerk", c.clerk)
            JSON.object(o).encode(into: &out)
            out.append(10)
        }
        try FileSystem.append(settingsLogPath, out)
    }

    /// The settings syncs took or refused today (the desk's day).
    public func settingsToday() throws -> [ConfigScreen.Change] {
        guard let bytes = try FileSystem.read(settingsLogPath) else { return [] }
        var out = [ConfigScreen.Change]()
        for range in Shards.lines(bytes) {
            guard let o = (try? JSONParser.parse(String(decoding: bytes[range], as: UTF8.self)))?.object,
                let at = o["at"]?.string.flatMap({ Instant(parsing: $0, defaultOffset: context.clock.now.offset) }),
                at.day == context.clock.today,
                let key = o["key"]?.string
            else { continue }
            var c = ConfigScreen.Change(
                key: key, before: o["before"]?.string ?? "", after: o["after"]?.string ?? "",
                problem: o["problem"]?.string.flatMap(IncomingProblem.init(rawValue:)))
            c.desk = o["desk"]?.string ?? ""
            c.clerk = o["clerk"]?.string ?? ""
            c.at = at
            out.append(c)
        }
        return out
    }
}
