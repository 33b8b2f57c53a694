import CSCore

/// Bags for the left-luggage rows: as many as members over three years, all collected but the
/// last day's, a few of which were left.
extension Generator {
    mutating func bags(into txn: inout Transaction, count: Int) throws {
        var used = Set<Int>()
        for i in 0..<count {
            let secondsAgo = Int64(count - i) * Int64(3 * 365 * 86_400) / Int64(count) + Int64(rng.int(0...600))
            let inAt = now.adding(seconds: -secondsAgo)
            let tag = rng.int(1...50)
            var bag = Bag(
                id: "K01-\(i + 1)", tag: String(tag), what: ["行李箱", "背包", "纸袋", "雨伞"][rng.int(0...3)],
                seal: rng.int(0...3) == 0 ? "S\(i)" : nil, phone: Generator.phone(i), name: nil, inAt: inAt,
                inBy: "bench")
            if secondsAgo < 4 * 86_400 && !used.contains(tag) && rng.int(0...4) == 0 {
                used.insert(tag)
            } else {
                bag.status = .collected
                bag.closedAt = inAt.adding(seconds: Int64(rng.int(600...30_000)))
                bag.closedBy = "bench"
            }
            try txn.insert(bag, action: "in")
        }
        try txn.advanceSequence("bags", to: Int64(count))
    }
}
