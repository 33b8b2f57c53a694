/// The paths an honest desk's commit can hold, and nothing else: a peer's commit is checked
/// against them before a byte of it is written here, so a tree entry `.git/config`, `..`, a
/// symlink or a file cs never makes is refused instead of checked out (issue 25).
public struct SharedPaths: Sendable {
    /// What a shared path holds; it decides which checks its content passes.
    public enum Role: Sendable, Equatable {
        case config
        case registry
        /// `.gitattributes` and `.gitignore`: cs's own text, never a peer's.
        case owned
        case journal
        case shard(kind: String)
        case photo
    }

    /// Each shared kind's shard count (its fixed count, else the store's).
    let shardCounts: [String: Int]

    public init(kinds: [KindDescriptor], shards: Int) {
        var counts = [String: Int]()
        for kind in kinds where kind.merge.shared {
            counts[kind.name] = kind.lineCheck?.fixedShardCount ?? shards
        }
        shardCounts = counts
    }

    /// The role of `path` in a commit, or nil when no desk ever writes it.
    public func role(of path: String) -> Role? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 1 {
            switch path {
            case "config.json": return .config
            case Sync.registry: return .registry
            case ".gitattributes", ".gitignore": return .owned
            default: return nil
            }
        }
        guard parts.count == 2 else { return nil }
        let (dir, name) = (parts[0], parts[1])
        if dir == "journal" { return SharedPaths.isJournalName(name) ? .journal : nil }
        if dir == "photos" { return SharedPaths.isPhotoName(name) ? .photo : nil }
        guard let count = shardCounts[dir], SharedPaths.isShardName(name, count: count) else { return nil }
        return .shard(kind: dir)
    }

    /// The most bytes a file of the role may hold: a 60 MB shard is not a desk's work (20
    /// million records of a kind fill 32 MB shards at 256 a collection). A journal file is
    /// bounded by its lines alone: a month a desk kept before it synced, or a day of a
    /// million-member import, is hundreds of megabytes (the 100k bench month is 354 MB).
    public static func maxBytes(_ role: Role) -> Int {
        switch role {
        case .config, .owned: 64 << 10
        case .registry: 1 << 20
        case .photo: LostFoundDesk.photoMaxBytes
        case .shard: 32 << 20
        case .journal: 4 << 30
        }
    }

    /// `2026-11.jsonl` (a month, before the desk synced) or `2026-11-24.jsonl` (a day).
    static func isJournalName(_ name: String) -> Bool {
        guard name.hasSuffix(".jsonl") else { return false }
        let stem = Array(name.dropLast(6).utf8)
        let shape: [UInt8] = stem.count == 10 ? Array("dddd-dd-dd".utf8) : Array("dddd-dd".utf8)
        guard stem.count == shape.count else { return false }
        return zip(stem, shape).allSatisfy { c, s in s == UInt8(ascii: "d") ? (48...57).contains(c) : c == s }
    }

    /// `photos/<sha256>.<ext>`, as `keepPhoto` names them.
    static func isPhotoName(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].utf8.count == 64, (1...5).contains(parts[1].utf8.count) else { return false }
        let hex = parts[0].utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
        let ext = parts[1].utf8.allSatisfy { (48...57).contains($0) || (97...122).contains($0) }
        return hex && ext
    }

    /// A shard's file name for a collection of `count` shards, as `Shards.shardName` makes it.
    static func isShardName(_ name: String, count: Int) -> Bool {
        guard name.hasSuffix(".jsonl") else { return false }
        let stem = String(name.dropLast(6))
        let width = max(2, String(count - 1, radix: 16).count)
        guard stem.utf8.count == width, stem.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }),
            let n = Int(stem, radix: 16)
        else { return false }
        return n < count
    }
}
