/// Reads a file the clerk names (an import), refusing anything larger than `limit` bytes.
public enum StoreFileReader {
    public static func read(_ path: String, limit: Int) throws(StoreError) -> [UInt8]? {
        guard FileSystem.exists(path), !FileSystem.isDirectory(path) else { return nil }
        guard let bytes = try FileSystem.read(path) else { return nil }
        guard bytes.count <= limit else {
            throw StoreError.io(path: path, operation: "read", reason: "larger than \(limit >> 20) MB")
        }
        return bytes
    }
}
