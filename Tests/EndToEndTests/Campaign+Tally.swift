import CSCore
import XCTest

/// One command of a kill campaign: what ran, the record it should leave (a key in the record,
/// nil when it creates none), and how it ended (nil: SIGKILLed).
struct CampaignOutcome {
    let args: [String]
    let key: String?
    let status: Int32?
}

extension Campaign {
    /// Each acknowledged command's record is present exactly once, each refused one's absent, a
    /// killed one's either: `count` says how many records carry a key. Returns (lost, doubled).
    static func tally(_ outcomes: [CampaignOutcome], count: (String) -> Int) -> (lost: Int, doubled: Int) {
        var lost = 0
        var doubled = 0
        for o in outcomes {
            XCTAssertTrue(o.status == nil || o.status == 0 || o.status == 1, "\(o.args) exited \(o.status!)")
            guard let key = o.key else { continue }
            let n = count(key)
            if n > 1 { doubled += 1 }
            if o.status == 0 && n != 1 { lost += 1 }
            if o.status == 1 && n != 0 { XCTFail("\(o.args) was refused but is present") }
        }
        return (lost, doubled)
    }
}

extension ReliabilityTests {
    /// Runs `total` commands in waves of 8 at once, about half of each wave SIGKILLed at a random
    /// moment; `command(n, made, rng)` makes the n-th, `made` being how many ran before its wave.
    func killCampaign(
        _ cs: CS, total: Int, rng: inout SeededRandom,
        _ command: (_ n: Int, _ made: Int, inout SeededRandom) -> (args: [String], key: String?)
    ) throws -> (outcomes: [CampaignOutcome], killed: Int) {
        var outcomes = [CampaignOutcome]()
        var killed = 0
        var i = 0
        while i < total {
            var wave = [(args: [String], key: String?)]()
            for k in 0..<8 { wave.append(command(i + k, i, &rng)) }
            let statuses = try killWave(cs, wave.map(\.args), rng: &rng)
            killed += statuses.filter { $0 == nil }.count
            outcomes += zip(wave, statuses).map { CampaignOutcome(args: $0.args, key: $0.key, status: $1) }
            i += 8
        }
        return (outcomes, killed)
    }
}
