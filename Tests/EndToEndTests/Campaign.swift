import Foundation

/// The reliability campaign's knobs: a small size for CI, the full size with
/// `CS_CAMPAIGN=full swift test --filter Reliability`, and a seed (`CS_SEED`) so any failure
/// can be replayed exactly.
enum Campaign {
    static let full = ProcessInfo.processInfo.environment["CS_CAMPAIGN"] == "full"
    static let seed = UInt64(ProcessInfo.processInfo.environment["CS_SEED"] ?? "") ?? 20_261_123

    static func size(_ small: Int, _ large: Int) -> Int { full ? large : small }

    /// Figures for the closing note, printed where `swift test` output shows them.
    static func report(_ line: String) { print("campaign[seed \(seed)\(full ? ", full" : "")]: \(line)") }
}

/// SplitMix64: a tiny seeded generator, the same sequence on every machine.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
