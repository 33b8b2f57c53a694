/// What an account's ledger adds up to. Points are earned in lots that expire a year later;
/// anything that takes points away takes them from the oldest lot first, and a shortfall (a
/// refund after the points were spent) is a debt the next points pay off first.
public struct Account: Sendable, Equatable {
    public private(set) var points: Int64 = 0
    public private(set) var balance: Money = .zero
    public private(set) var totalSpend: Money = .zero
    /// Unspent earned points by expiry day, oldest first.
    public private(set) var lots: [(points: Int64, expiresOn: Day?)] = []
    public private(set) var debt: Int64 = 0

    public static func == (a: Account, b: Account) -> Bool {
        a.points == b.points && a.balance == b.balance && a.totalSpend == b.totalSpend && a.debt == b.debt
            && a.lots.count == b.lots.count
            && zip(
                a.lots,
                b.lots
            ).allSatisfy {
                $0.points == $1.points
                    && $0.expiresOn == $1.expiresOn
            }
    }

    public init(entries: [LedgerEntry]) {
        for e in entries.sorted(by: Account.order) { apply(e) }
    }

    /// An account as its summary stored it (`AccountSummary`).
    init(points: Int64, balance: Money, totalSpend: Money, lots: [(points: Int64, expiresOn: Day?)], debt: Int64) {
        self.points = points
        self.balance = balance
        self.totalSpend = totalSpend
        self.lots = lots
        self.debt = debt
    }

    /// A lot after the last; one with the same expiry joins it. Lots that expire the same day
    /// are never told apart (taken oldest or newest first, the points and the day are the
    /// same), so a summary holds at most one lot a day however long the history.
    mutating func addLot(_ points: Int64, _ expiresOn: Day?) {
        if let last = lots.indices.last, lots[last].expiresOn == expiresOn {
            lots[last].points += points
        } else {
            lots.append((points, expiresOn))
        }
    }

    /// Time order, then the order the desk wrote them in.
    public static func order(_ a: LedgerEntry, _ b: LedgerEntry) -> Bool {
        if a.at != b.at { return a.at < b.at }
        return sequence(a.id) < sequence(b.id)
    }

    static func sequence(_ id: String) -> (String, Int) {
        guard let dash = id.lastIndex(of: "-") else { return (id, 0) }
        return (String(id[..<dash]), Int(id[id.index(after: dash)...]) ?? 0)
    }

    public mutating func apply(_ e: LedgerEntry) {
        points += e.points
        balance += e.balanceChange
        totalSpend += e.spendChange
        if e.undoes != nil {
            // An undo gives back what the entry took as a lot of its own (its expiry set when it
            // was written), or takes back what it gave from the newest lots.
            if e.points > 0 { addLot(e.points, e.expiresOn) } else if e.points < 0 { takeNewest(-e.points) }
        } else if e.kind == .expire {
            take(-e.points, expiringBy: e.at.day)
        } else if e.points > 0 {
            var p = e.points
            let paid = min(debt, p)
            debt -= paid
            p -= paid
            if p > 0 { addLot(p, e.expiresOn) }
        } else if e.points < 0 {
            take(-e.points, expiringBy: nil)
        }
    }

    /// Takes points from the oldest lots (only those expired by `day` when it is given).
    mutating func take(_ n: Int64, expiringBy day: Day?) {
        var left = n
        var i = 0
        while left > 0 && i < lots.count {
            if let day, let exp = lots[i].expiresOn, exp > day {
                i += 1
                continue
            }
            if day != nil && lots[i].expiresOn == nil {
                i += 1
                continue
            }
            let t = min(left, lots[i].points)
            lots[i].points -= t
            left -= t
            if lots[i].points == 0 { lots.remove(at: i) } else { i += 1 }
        }
        if left > 0 && day == nil { debt += left }
    }

    /// Takes points from the newest lots first: what an undone earn gave is the newest lot.
    mutating func takeNewest(_ n: Int64) {
        var left = n
        while left > 0, let last = lots.indices.last {
            let t = min(left, lots[last].points)
            lots[last].points -= t
            left -= t
            if lots[last].points == 0 { lots.removeLast() }
        }
        debt += left
    }

    /// Points whose lots have passed their expiry by `day` but have no expire entry yet.
    public func expiredUnrecorded(asOf day: Day) -> Int64 {
        lots.filter { $0.expiresOn.map { $0 <= day } ?? false }.reduce(0) { $0 + $1.points }
    }

    /// The points a member can use on `day`: net of everything expired, recorded or not.
    public func available(asOf day: Day) -> Int64 { points - expiredUnrecorded(asOf: day) }
}
