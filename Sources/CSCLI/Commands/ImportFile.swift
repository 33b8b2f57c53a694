import CSCore

/// Reads an input file given on the command line; nil when it cannot be read.
enum ImportFile {
    static let maxBytes = 512 << 20
    static let readableCSV = Text(en: "a readable CSV file", zh: "可读取的 CSV 文件")

    static func input(_ path: String) throws -> CSVInput? {
        guard !path.isEmpty else { return nil }
        return try CSVInput.named(path, limit: maxBytes)
    }

    static func read(_ path: String) throws -> [UInt8]? {
        guard !path.isEmpty else { return nil }
        return try? StoreFileReader.read(path, limit: maxBytes)
    }
}
