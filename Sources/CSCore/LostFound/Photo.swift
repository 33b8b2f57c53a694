#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A photo of a found item, kept in the data directory by its content hash so the claimant
/// can be shown it and asked to pick theirs; the same photo twice is stored once.
public struct Photo: Sendable {
    public let bytes: [UInt8]
    /// The file name's extension, lowercased (`jpg`, `png`, …), or `bin`.
    public let fileExtension: String

    /// Reads a regular file of at most `LostFoundDesk.photoMaxBytes`.
    public static func load(_ path: String) throws -> Photo {
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, Int(st.st_size) <= LostFoundDesk.photoMaxBytes,
            st.st_size > 0, let bytes = try? StoreFileReader.read(path, limit: LostFoundDesk.photoMaxBytes)
        else {
            throw LostFoundError.badPhoto(path: path)
        }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let ext = name.contains(".") ? String(name.split(separator: ".").last ?? "").lowercased() : ""
        let plain = !ext.isEmpty && ext.count <= 5 && ext.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        return Photo(bytes: bytes, fileExtension: plain ? ext : "bin")
    }
}

extension LostFoundDesk {
    public static let photoMaxBytes = 10 << 20
}

extension Store {
    /// Writes the photo (atomically, 0600) under `photos/` unless it is there already; returns
    /// its path relative to the data directory.
    func keepPhoto(_ p: Photo) throws(StoreError) -> String {
        let relative = "photos/\(SHA256.hex(p.bytes)).\(p.fileExtension)"
        let path = "\(root)/\(relative)"
        if FileSystem.exists(path) { return relative }
        try FileSystem.makeDirectory("\(root)/photos")
        try FileSystem.writeAtomically(path, p.bytes)
        return relative
    }
}
