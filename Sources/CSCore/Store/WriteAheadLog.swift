/// `cs.wal`, the redo log: what a change will do to the data directory, written and flushed
/// once before any shard is touched. Once a record's flush has returned the change is
/// committed; the shards are then brought up to date without a flush of their own, and
/// `Store.checkpoint` flushes them all at once when the log has grown (or before a bulk
/// change, a sync or a restore), then empties it.
///
/// The framing follows SQLite's WAL and PostgreSQL's XLOG in what decides that a record was
/// committed: a record counts only if it is whole and its checksum matches; the first one that
/// is not ends the log (a torn tail, cut at recovery). The first record of a log names the boot
/// of the machine that wrote it: after a restart, what was written since the last checkpoint
/// may not have reached the disk, and the log is replayed.
///
/// Every record is a redo that can be applied any number of times: a shard's lines are *set*
/// (replaced, added if absent, or removed) rather than appended at an offset, because a later
/// record in the same log may have rewritten the shard; a journal, which only grows between
/// checkpoints, is cut back to the record's offset and written again.
struct WriteAheadLog: Sendable {
    enum Operation: Sendable, Equatable {
        /// A shard's lines, by id, in order; nil removes the line. The path is relative.
        case shard(path: String, lines: [Line])
        /// Bytes appended to a journal file that held `offset` bytes before.
        case journal(path: String, offset: Int64, bytes: [UInt8])
        /// A whole file (such as `config.json`) replaced.
        case file(path: String, bytes: [UInt8])

        var path: String {
            switch self {
            case .shard(let p, _), .journal(let p, _, _), .file(let p, _): p
            }
        }
    }

    struct Line: Sendable, Equatable {
        var id: String
        var text: [UInt8]?
    }

    struct Record: Sendable, Equatable {
        var txn: String
        var operations: [Operation]
    }

    /// What a log holds: the boot named in its header, its whole records in order, and where
    /// the last of them ends (anything after is a torn tail).
    struct Contents: Sendable {
        var boot: String?
        var records: [Record] = []
        var validLength = 0
    }

    static let magic: [UInt8] = Array("CSW1".utf8)
    static let frameHeader = 16
    private static let headerTag: UInt8 = 72
    private static let recordTag: UInt8 = 84
    private static let shardTag: UInt8 = 83
    private static let journalTag: UInt8 = 74
    private static let fileTag: UInt8 = 70

    // MARK: writing

    /// The header that opens an empty log: the boot it was started in.
    static func header(boot: String) -> [UInt8] {
        var payload = [headerTag]
        put(Array(boot.utf8), into: &payload)
        return frame(payload)
    }

    static func encode(_ record: Record) -> [UInt8] {
        var payload = [recordTag]
        payload.reserveCapacity(4096)
        put(Array(record.txn.utf8), into: &payload)
        put(UInt64(record.operations.count), into: &payload)
        for op in record.operations {
            switch op {
            case .shard(let path, let lines):
                payload.append(shardTag)
                put(Array(path.utf8), into: &payload)
                put(UInt64(lines.count), into: &payload)
                for line in lines {
                    put(Array(line.id.utf8), into: &payload)
                    payload.append(line.text == nil ? 0 : 1)
                    if let text = line.text { put(text, into: &payload) }
                }
            case .journal(let path, let offset, let bytes):
                payload.append(journalTag)
                put(Array(path.utf8), into: &payload)
                put(UInt64(offset), into: &payload)
                put(bytes, into: &payload)
            case .file(let path, let bytes):
                payload.append(fileTag)
                put(Array(path.utf8), into: &payload)
                put(bytes, into: &payload)
            }
        }
        return frame(payload)
    }

    /// Magic, payload length, checksum, payload.
    static func frame(_ payload: [UInt8]) -> [UInt8] {
        var out = magic
        out.reserveCapacity(frameHeader + payload.count)
        put32(UInt32(payload.count), into: &out)
        put(checksum(payload[...]), into: &out)
        out += payload
        return out
    }

    private static func put(_ value: UInt64, into out: inout [UInt8]) {
        for shift in stride(from: 0, to: 64, by: 8) { out.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    private static func put32(_ value: UInt32, into out: inout [UInt8]) {
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    private static func put(_ bytes: [UInt8], into out: inout [UInt8]) {
        put32(UInt32(bytes.count), into: &out)
        out += bytes
    }

    /// FNV-1a, 64 bits: enough to tell a torn or stale frame from a whole one.
    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            hash ^= UInt64(b)
            hash &*= 0x100_0000_01b3
        }
        return hash
    }

    // MARK: reading

    /// The whole records of a log. A frame that is short, has the wrong magic or the wrong
    /// checksum ends the log there (a torn write); a whole frame whose contents do not parse
    /// was not torn but changed, and is `Damage`.
    static func decode(_ bytes: [UInt8]) throws(Damage) -> Contents {
        var contents = Contents()
        var at = 0
        while bytes.count - at >= frameHeader, Array(bytes[at..<(at + 4)]) == magic {
            var reader = Reader(bytes: bytes, at: at + 4)
            guard let length = reader.u32(), let sum = reader.u64(),
                bytes.count - reader.at >= Int(length)
            else { break }
            let payload = bytes[reader.at..<(reader.at + Int(length))]
            guard checksum(payload) == sum else { break }
            var p = Reader(bytes: bytes, at: payload.startIndex, end: payload.endIndex)
            if at == 0 {
                guard p.byte() == headerTag, let boot = p.string() else { throw Damage("the log has no header") }
                contents.boot = boot
            } else {
                contents.records.append(try record(&p))
            }
            at = payload.endIndex
            contents.validLength = at
        }
        return contents
    }

    /// The boot a log's header names, read from the log's first bytes only (a check made by
    /// every command); nil when they hold no whole header.
    static func boot(ofHeader bytes: [UInt8]) -> String? {
        guard bytes.count >= frameHeader, Array(bytes[0..<4]) == magic else { return nil }
        var reader = Reader(bytes: bytes, at: 4)
        guard let length = reader.u32(), let sum = reader.u64(), bytes.count - reader.at >= Int(length) else {
            return nil
        }
        let payload = bytes[reader.at..<(reader.at + Int(length))]
        guard checksum(payload) == sum else { return nil }
        var p = Reader(bytes: bytes, at: payload.startIndex, end: payload.endIndex)
        guard p.byte() == headerTag else { return nil }
        return p.string()
    }

    private static func record(_ p: inout Reader) throws(Damage) -> Record {
        guard p.byte() == recordTag, let txn = p.string(), let count = p.count() else { throw Damage("a record") }
        var record = Record(txn: txn, operations: [])
        for _ in 0..<count {
            let tag = p.byte()
            guard let path = p.string() else { throw Damage("an operation's path") }
            switch tag {
            case shardTag:
                guard let n = p.count() else { throw Damage("a shard's lines") }
                var lines = [Line]()
                for _ in 0..<n {
                    guard let id = p.string(), let present = p.byte(), present <= 1 else {
                        throw Damage("a line of \(path)")
                    }
                    var text: [UInt8]?
                    if present == 1 {
                        guard let t = p.blob() else { throw Damage("a line of \(path)") }
                        text = t
                    }
                    lines.append(Line(id: id, text: text))
                }
                record.operations.append(.shard(path: path, lines: lines))
            case journalTag:
                guard let offset = p.u64(), offset < UInt64(Int64.max), let b = p.blob() else {
                    throw Damage("a journal append to \(path)")
                }
                record.operations.append(.journal(path: path, offset: Int64(offset), bytes: b))
            case fileTag:
                guard let b = p.blob() else { throw Damage("a file \(path)") }
                record.operations.append(.file(path: path, bytes: b))
            default:
                throw Damage("an operation of an unknown kind")
            }
        }
        guard p.at == p.end else { throw Damage("bytes after a record") }
        return record
    }

    /// A whole, checksummed frame that does not say what a log record says.
    struct Damage: Error, Sendable {
        let reason: String
        init(_ reason: String) { self.reason = reason }
    }

    /// Reads the little-endian fields of a frame, never past its end.
    private struct Reader {
        let bytes: [UInt8]
        var at: Int
        var end: Int

        init(bytes: [UInt8], at: Int, end: Int? = nil) {
            self.bytes = bytes
            self.at = at
            self.end = end ?? bytes.count
        }

        mutating func byte() -> UInt8? {
            guard at < end else { return nil }
            defer { at += 1 }
            return bytes[at]
        }

        mutating func u32() -> UInt32? { little(UInt32.self) }

        mutating func u64() -> UInt64? { little(UInt64.self) }

        /// A little-endian integer, never read past the end.
        mutating func little<T: FixedWidthInteger>(_: T.Type) -> T? {
            let size = MemoryLayout<T>.size
            guard end - at >= size else { return nil }
            var v: T = 0
            for i in 0..<size { v |= T(bytes[at + i]) << T(8 * i) }
            at += size
            return v
        }

        /// A count of items, each at least one byte: never more than the bytes left.
        mutating func count() -> Int? {
            guard let n = u64(), n <= UInt64(end - at) else { return nil }
            return Int(n)
        }

        mutating func blob() -> [UInt8]? {
            guard let n = u32(), end - at >= Int(n) else { return nil }
            defer { at += Int(n) }
            return Array(bytes[at..<(at + Int(n))])
        }

        mutating func string() -> String? {
            guard let b = blob() else { return nil }
            return String(validating: b, as: UTF8.self)
        }
    }
}
