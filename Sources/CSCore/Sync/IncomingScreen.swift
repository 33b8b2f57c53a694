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
    }

    /// The bytes to apply and what was kept out of them.
    public struct Result: Sendable {
        public var bytes: [UInt8]
        public var refused: [Refused] = []
    }

    /// A shard of a shared kind: lines already here as they are pass unchecked (most of a
    /// shard, and all of it but the tail of a ledger that only grew).
    public static func shard(_ new: [UInt8], old: [UInt8], path: String, check: LineCheck, shards: Int) -> Result {
        let file = String(path.split(separator: "/").last ?? "")
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
        guard !out.refused.isEmpty else { return Result(bytes: new) }
        for (n, range) in kept.enumerated() {
            out.bytes.append(contentsOf: substitutes[n] != nil ? old[range] : new[range])
            out.bytes.append(10)
        }
        return out
    }

    /// The journal and the desk register: append-only JSON lines; a new line must be a JSON
    /// object with nothing a terminal would obey.
    public static func lines(_ new: [UInt8], old: [UInt8], path: String) -> Result {
        var known = Set<ArraySlice<UInt8>>()
        let tail = new.count > old.count && Shards.same(new[0..<old.count], old[...])
        if !tail { for range in Shards.lines(old) { known.insert(old[range]) } }
        var out = Result(bytes: [])
        var kept = [Range<Int>]()
        for range in Shards.lines(new) {
            let line = new[range]
            if (tail && range.upperBound <= old.count) || known.contains(line) {
                kept.append(range)
                continue
            }
            if let problem = LineCheck.common(line) ?? objectProblem(line) {
                out.refused.append(Refused(path: path, id: MergedChanges.id(line), problem: problem, line: Array(line)))
            } else {
                kept.append(range)
            }
        }
        guard !out.refused.isEmpty else { return Result(bytes: new) }
        for range in kept {
            out.bytes.append(contentsOf: new[range])
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
