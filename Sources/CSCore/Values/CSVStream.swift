#if canImport(Glibc)
    import Glibc
    private let systemClose = Glibc.close
#elseif canImport(Darwin)
    import Darwin
    private let systemClose = Darwin.close
#endif

/// Where an import's CSV comes from: a file the clerk named (read a megabyte at a time, so a
/// file of a million rows is never held whole) or bytes already in memory (tests, a pipe).
public enum CSVInput: Sendable {
    case file(String)
    case bytes([UInt8])

    /// The file the clerk named: a regular file is read as the import goes (twice: checked,
    /// then written); anything else (a pipe, `/dev/stdin`) can be read only once, so it is
    /// read whole first, up to `limit` bytes. Nil when it cannot be read.
    public static func named(_ path: String, limit: Int) throws(StoreError) -> CSVInput? {
        var st = stat()
        guard stat(path, &st) == 0, st.st_mode & S_IFMT != S_IFDIR else { return nil }
        guard st.st_mode & S_IFMT == S_IFREG else {
            return try StoreFileReader.read(path, limit: limit).map(CSVInput.bytes)
        }
        return access(path, R_OK) == 0 ? .file(path) : nil
    }
}

/// The rows of a CSV file one at a time, as `CSVReader.parse` would give them all at once: a
/// record ends at a line break outside quotes, so each is parsed on its own. Also keeps a
/// fingerprint of every byte read, so a second pass can tell the file was changed under it.
public struct CSVStream {
    private let input: CSVInput
    private var fd: Int32 = -1
    private var offset = 0
    private var buffer: [UInt8] = []
    private var start = 0
    private var scanned = 0
    private var inQuotes = false
    private var line = 1
    private var atEnd = false
    private var ready: [CSVReader.Row] = []
    private var readyIndex = 0
    /// Bytes read so far and their FNV-1a hash.
    public private(set) var bytesRead: Int64 = 0
    public private(set) var fingerprint: UInt64 = 0xcbf2_9ce4_8422_2325

    public init(_ input: CSVInput) throws(StoreError) {
        self.input = input
        if case .file(let path) = input {
            fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw FileSystem.ioError(path, "open") }
        }
    }

    /// Lets go of the file (a stream is read once; call when done with it).
    public mutating func close() {
        if fd >= 0 { _ = systemClose(fd) }
        fd = -1
    }

    /// The next row, or nil at the end of the file.
    public mutating func next() throws -> CSVReader.Row? {
        while readyIndex >= ready.count {
            guard let record = try nextRecord() else { return nil }
            ready = try CSVReader.parse(record.bytes, firstLine: record.line)
            readyIndex = 0
        }
        defer { readyIndex += 1 }
        return ready[readyIndex]
    }

    /// The bytes of the next record (without its line break) and the line it starts on.
    private mutating func nextRecord() throws -> (bytes: ArraySlice<UInt8>, line: Int)? {
        while true {
            while scanned < buffer.count {
                let c = buffer[scanned]
                scanned += 1
                if c == 0x22 { inQuotes.toggle() }
                if c == 0x0A && !inQuotes {
                    let record = buffer[start..<scanned - 1]
                    let first = line
                    line += 1 + record.lazy.filter { $0 == 0x0A }.count
                    start = scanned
                    return (record, first)
                }
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let record = buffer[start...]
                start = buffer.count
                return (record, line)
            }
            try fill()
        }
    }

    /// Reads the next chunk, keeping the unfinished record at the front of the buffer.
    private mutating func fill() throws {
        if start > 0 {
            buffer.removeFirst(start)
            scanned -= start
            start = 0
        }
        var chunk: [UInt8]
        switch input {
        case .bytes(let all):
            chunk = Array(all[offset..<min(all.count, offset + (1 << 20))])
        case .file(let path):
            chunk = [UInt8](repeating: 0, count: 1 << 20)
            let n = chunk.withUnsafeMutableBytes { SystemCall.read(fd, into: $0) }
            if n < 0 { throw FileSystem.ioError(path, "read") }
            chunk.removeLast(chunk.count - n)
        }
        offset += chunk.count
        if chunk.isEmpty {
            atEnd = true
            return
        }
        // A byte-order mark (Excel's "CSV UTF-8") is not part of the first field.
        if bytesRead == 0 && chunk.starts(with: [0xEF, 0xBB, 0xBF]) {
            buffer.append(contentsOf: chunk.dropFirst(3))
        } else {
            buffer.append(contentsOf: chunk)
        }
        for b in chunk {
            fingerprint = (fingerprint ^ UInt64(b)) &* 0x100_0000_01b3
        }
        bytesRead += Int64(chunk.count)
    }
}
