/// What a merge brings from the remote, screened line by line before it is applied: a line
/// an honest desk could not have written (not its kind's record, a control character, too
/// big, in the wrong shard, an id twice) is kept out of the shard — the record stays as this
/// desk had it — and set aside in the quarantine, named by its problem.
public struct IncomingScreen: Sendable {
    public struct Refused: Sendable, Equatable {
        public let path: String
        public let id: String?
        public let problem: IncomingProblem
        public let line: [UInt8]
        /// The desk whose commit wrote the line in another desk's name (`forged`).
        public let sender: String?

        public init(path: String, id: String?, problem: IncomingProblem, line: [UInt8], sender: String? = nil) {
            self.path = path
            self.id = id
            self.problem = problem
            self.line = line
            self.sender = sender
        }
    }

    /// The bytes to apply and what was kept out of them.
    public struct Result: Sendable {
        public var bytes: [UInt8]
        public var refused: [Refused] = []
    }

    // Long: one pass over a peer's shard, each refusal next to the check that makes it.
    /// A shard of a shared kind: lines already here as they are pass unchecked (most of a
    /// shard, and all of it but the tail of a ledger that only grew).
    /// `forged`: what the incoming commits wrote in another desk's name in this file.
    public static func shard(
        _ new: [UInt8], old: [UInt8], path: String, check: LineCheck, shards: Int,
        forged: Forgeries.InFile? = nil
    ) -> Result {
        let file = String(path.split(separator: "/").last ?? "")
        let forged = forged ?? Forgeries.InFile()
        var before = [String: Range<Int>]()
        var tailOnly = false
        if new.count > old.count, Shards.same(new[0..<old.count], old[...]) {
            tailOnly = true
        } else {
            for range in Shards.lines(old) {
                if let id = MergedChanges.id(old[range]) { before[id] = range }
            }
        }
        var out = Result(bytes: [])
        var seen = Set<String>()
        var kept = [Range<Int>]()
        var substitutes = [Int: Range<Int>]()
        for range in Shards.lines(new) {
            if tailOnly && range.upperBound <= old.count {
                kept.append(range)
                if let id = MergedChanges.id(new[range]) { seen.insert(id) }
                continue
            }
            let line = new[range]
            let id = MergedChanges.id(line)
            if let id, let was = before[id], Shards.same(old[was], line), seen.insert(id).inserted {
                kept.append(range)
                continue
            }
            if let id, let sender = forged.added[id] {
                out.refused.append(Refused(path: path, id: id, problem: .forged, line: Array(line), sender: sender))
                if let was = before[id], seen.insert(id).inserted {
                    substitutes[kept.count] = was
                    kept.append(was)
                }
                continue
            }
            switch check.check(line, file: file, shards: shards) {
            case .success(let id) where seen.insert(id).inserted:
                kept.append(range)
            case .success(let id):
                out.refused.append(Refused(path: path, id: id, problem: .duplicate, line: Array(line)))
            case .failure(let problem):
                out.refused.append(Refused(path: path, id: id, problem: problem, line: Array(line)))
                // The record stays as this desk had it.
                if let id, let was = before[id], seen.insert(id).inserted {
                    substitutes[kept.count] = was
                    kept.append(was)
                }
            }
        }
        // A line of this desk's another desk's commit removed or rewrote in a third desk's name
        // stays as this desk has it.
        for (id, sender) in forged.removed.sorted(by: { $0.key < $1.key }) where !seen.contains(id) {
            guard let was = before[id] else { continue }
            out.refused.append(Refused(path: path, id: id, problem: .forged, line: Array(old[was]), sender: sender))
            substitutes[kept.count] = was
            kept.append(was)
            seen.insert(id)
        }
        guard !out.refused.isEmpty else { return Result(bytes: new) }
        for (n, range) in kept.enumerated() {
            out.bytes.append(contentsOf: substitutes[n] != nil ? old[range] : new[range])
            out.bytes.append(10)
        }
        return out
    }

    /// The journal and the desk register: append-only JSON lines; a new line must be a JSON
    /// object with nothing a terminal would obey, and not written in another desk's name.
    public static func lines(_ new: [UInt8], old: [UInt8], path: String, forged: Forgeries.InFile? = nil) -> Result {
        var known = Set<ArraySlice<UInt8>>()
        let tail = new.count > old.count && Shards.same(new[0..<old.count], old[...])
        if !tail { for range in Shards.lines(old) { known.insert(old[range]) } }
        var out = Result(bytes: [])
        var kept = [ArraySlice<UInt8>]()
        for range in Shards.lines(new) {
            let line = new[range]
            if (tail && range.upperBound <= old.count) || known.contains(line) {
                kept.append(line)
                continue
            }
            if let sender = forged?.added[String(decoding: line, as: UTF8.self)] {
                out.refused.append(
                    Refused(
                        path: path, id: MergedChanges.id(line), problem: .forged, line: Array(line),
                        sender: sender))
            } else if let problem = LineCheck.common(line) ?? objectProblem(line) {
                out.refused.append(Refused(path: path, id: MergedChanges.id(line), problem: problem, line: Array(line)))
            } else {
                kept.append(line)
            }
        }
        // A line of this desk's another desk's commit removed in a third desk's name stays.
        if let removed = forged?.removed, !removed.isEmpty, !tail {
            let present = Set(Shards.lines(new).map { new[$0] })
            for range in Shards.lines(old) where !present.contains(old[range]) {
                guard let sender = removed[String(decoding: old[range], as: UTF8.self)] else { continue }
                out.refused.append(
                    Refused(
                        path: path, id: MergedChanges.id(old[range]), problem: .forged,
                        line: Array(old[range]), sender: sender))
                kept.append(old[range])
            }
        }
        guard !out.refused.isEmpty else { return Result(bytes: new) }
        for line in kept {
            out.bytes.append(contentsOf: line)
            out.bytes.append(10)
        }
        return out
    }

    static func objectProblem(_ line: ArraySlice<UInt8>) -> IncomingProblem? {
        guard case .object? = try? JSONParser.parse(String(decoding: line, as: UTF8.self)) else { return .notJSON }
        return nil
    }

    /// A photo is named by its content: bytes that do not hash to the name are not a photo.
    public static func photo(_ bytes: [UInt8], path: String) -> Refused? {
        let name = path.split(separator: "/").last.map(String.init) ?? ""
        guard name.hasPrefix(SHA256.hex(bytes) + ".") else {
            return Refused(path: path, id: name, problem: .photo, line: [])
        }
        return nil
    }
}
