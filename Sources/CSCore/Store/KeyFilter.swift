/// A Bloom filter of record keys: which records a bulk change has staged on disk
/// (`Transaction+Spill`). A million-row import stages some six million records; a set of their
/// hashes took 50 MB, this takes 16 bits a key. A false "maybe" only costs a look in a staging
/// file, which then answers exactly; "no" is always right.
struct KeyFilter: Sendable {
    private var bits: [UInt64]
    private let mask: Int
    private static let probes = 6

    /// Sized for about `expected` keys (a power of two of bits, at least 16 a key).
    init(expected: Int) {
        var size = 1 << 16
        while size < expected * 16 { size <<= 1 }
        bits = [UInt64](repeating: 0, count: size / 64)
        mask = size - 1
    }

    mutating func insert(_ hash: Int) {
        let h1 = UInt64(bitPattern: Int64(hash))
        let h2 = (h1 &* 0x9E37_79B9_7F4A_7C15) | 1
        for i in 0..<UInt64(KeyFilter.probes) {
            let p = Int(truncatingIfNeeded: h1 &+ i &* h2) & mask
            bits[p >> 6] |= 1 << UInt64(p & 63)
        }
    }

    func mayContain(_ hash: Int) -> Bool {
        let h1 = UInt64(bitPattern: Int64(hash))
        let h2 = (h1 &* 0x9E37_79B9_7F4A_7C15) | 1
        for i in 0..<UInt64(KeyFilter.probes) {
            let p = Int(truncatingIfNeeded: h1 &+ i &* h2) & mask
            if bits[p >> 6] & (1 << UInt64(p & 63)) == 0 { return false }
        }
        return true
    }
}
