/// The checks a record line from a peer desk passes before it is merged, as a local write's
/// line would: it decodes as its kind, it sits in the shard its id hashes to, it holds no
/// control character a terminal would obey, and it is no bigger than a desk writes.
public struct LineCheck: Sendable {
    /// The kind's fixed shard count (`Record.fixedShardCount`), else nil: the store's.
    public let fixedShardCount: Int?
    let decode: @Sendable (ArraySlice<UInt8>) -> Result<String, IncomingProblem>
    let home: @Sendable (String, Int) -> String
    /// How the kind's ids name their desk (`Record.idSpace`); nil when they do not.
    public let idSpace: DeskClaim?

    /// The longest line a desk writes is a complaint with its timeline, a few KB: 64 KB is
    /// room to spare, and a 1 MB text field is not a desk's.
    public static let maxLineBytes = 64 << 10

    public static func of<R: Record>(_: R.Type) -> LineCheck {
        LineCheck(
            fixedShardCount: R.fixedShardCount,
            decode: { line in
                guard let document = try? Document(line: line) else { return .failure(.notJSON) }
                guard let record = try? R(document: document) else { return .failure(.notRecord) }
                return .success(record.id)
            }, home: { id, shards in Shards.shardName(id: R.shardKey(forID: id), shardCount: shards) },
            idSpace: R.idSpace)
    }

    /// The id of a line fit to merge into shard `file` of a collection of `shards`, else why not.
    public func check(_ line: ArraySlice<UInt8>, file: String, shards: Int) -> Result<String, IncomingProblem> {
        if let problem = LineCheck.common(line) { return .failure(problem) }
        switch decode(line) {
        case .failure(let problem): return .failure(problem)
        case .success(let id):
            guard home(id, fixedShardCount ?? shards) == file else { return .failure(.wrongShard) }
            return .success(id)
        }
    }

    /// What every incoming line is checked for, whatever its kind (the journal's too).
    static func common(_ line: ArraySlice<UInt8>) -> IncomingProblem? {
        if line.count > maxLineBytes { return .tooLarge }
        if containsControl(line) { return .control }
        return nil
    }

    /// Whether the line holds a control character other than a line break or tab, written
    /// raw (DEL, a C1 control in UTF-8) or escaped (`\u001b`, `\b`, `\f`): the escape that
    /// reached a clerk's terminal through a CSV listing.
    static func containsControl(_ line: ArraySlice<UInt8>) -> Bool {
        var i = line.startIndex
        while i < line.endIndex {
            let c = line[i]
            if c < 0x20 || c == 0x7F { return true }
            if c == 0xC2, i + 1 < line.endIndex, (0x80...0x9F).contains(line[i + 1]) { return true }
            guard c == UInt8(ascii: "\\"), i + 1 < line.endIndex else {
                i += 1
                continue
            }
            let e = line[i + 1]
            if e == UInt8(ascii: "b") || e == UInt8(ascii: "f") { return true }
            if e == UInt8(ascii: "u"), i + 5 < line.endIndex,
                let v = UInt32(String(decoding: line[(i + 2)...(i + 5)], as: UTF8.self), radix: 16)
            {
                let layout: Set<UInt32> = [0x09, 0x0A, 0x0D]
                if (v < 0x20 && !layout.contains(v)) || (0x7F...0x9F).contains(v) { return true }
                i += 6
                continue
            }
            i += 2
        }
        return false
    }
}

/// Why something a peer desk sent was refused: a stable English code (JSON, CSV), put in
/// the clerk's words by the CLI.
public enum IncomingProblem: String, Error, Sendable, CaseIterable, Equatable {
    /// A path no desk writes (`.git/config`, `..`, an unknown file).
    case path
    /// A symlink, a gitlink (submodule) or an executable file in place of a data file.
    case mode
    /// `.gitattributes` or `.gitignore` other than cs's own text.
    case owned
    /// A file or line bigger than any desk writes.
    case tooLarge
    case notJSON
    /// JSON that does not decode as its kind's record (a missing field, a bad value).
    case notRecord
    case control
    /// A record in a shard its id does not hash to (under this desk's shard count).
    case wrongShard
    /// The same id twice in one shard.
    case duplicate
    /// A photo whose bytes do not hash to its name.
    case photo
    /// A shared config value outside what `cs config set` accepts.
    case configValue
    /// A config key that decides where records live (`store.shards`): never taken from a peer.
    case structural
    /// A line in another desk's id space (or journal), or such a line removed, by a commit that
    /// desk did not sign.
    case forged
}
