import CSCore
import Foundation

/// The reliability campaign's knobs: a small size for CI, the full size with
/// `CS_CAMPAIGN=full swift test --filter Reliability`, and a seed (`CS_SEED`) so any failure
/// can be replayed exactly.
enum Campaign {
    static let full = ProcessInfo.processInfo.environment["CS_CAMPAIGN"] == "full"
    static let seed = UInt64(ProcessInfo.processInfo.environment["CS_SEED"] ?? "") ?? 20_261_123

    static func size(_ small: Int, _ large: Int) -> Int { full ? large : small }

    /// A kill campaign's desk checkpoints its redo log every few changes (a debug build's
    /// `CS_FAULT_CHECKPOINT_BYTES`), so that kills land in checkpoints as well as in commits.
    static func killing(_ cs: inout CS) {
        cs.environment["CS_LOCK_TIMEOUT"] = "60"
        cs.environment["CS_FAULT_CHECKPOINT_BYTES"] = "6000"
    }

    /// Figures for the closing note, printed where `swift test` output shows them.
    static func report(_ line: String) { print("campaign[seed \(seed)\(full ? ", full" : "")]: \(line)") }
}
