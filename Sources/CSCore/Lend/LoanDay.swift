/// The loans-by-day index: one small entry for each day a closed loan was out (its first to its
/// last), with the figures the day's deposit report adds up, so `lend report` reads one day's
/// entries and the loans still out instead of every loan ever made (100,000 loans: 271 ms, now
/// a shard). Loans still out are in the out-loans index. Derived (`doctor --repair` rebuilds it).
public struct LoanDay: Record, Equatable {
    public static let kind = "index-loans-day"
    /// A day's entries are one shard's lines: `2026-11-23:B01-7`.
    public static func shardKey(forID id: String) -> String { String(id.prefix(10)) }

    public let id: String
    public let lentAt: Instant
    public let closedAt: Instant
    public let deposit: Money?
    public let returned: Money?
    public let kept: Money?
    public let lost: Bool
    public let idHeld: Bool

    static func entries(_ l: Loan) -> [LoanDay] {
        guard l.status != .out, let closed = l.closedAt else { return [] }
        let first = l.lentAt.day
        let last = closed.day
        // Every day it was out, so any day's report sees it held (a loan is out hours, rarely days).
        return (0...max(last.ordinal - first.ordinal, 0)).map { d in
            LoanDay(
                id: "\(first.adding(days: d).iso):\(l.id)", lentAt: l.lentAt, closedAt: closed, deposit: l.deposit,
                returned: l.returned, kept: l.kept, lost: l.status == .lost, idHeld: l.depositIdNumber != nil)
        }
    }

    init(
        id: String, lentAt: Instant, closedAt: Instant, deposit: Money?, returned: Money?, kept: Money?, lost: Bool,
        idHeld: Bool
    ) {
        self.id = id
        self.lentAt = lentAt
        self.closedAt = closedAt
        self.deposit = deposit
        self.returned = returned
        self.kept = kept
        self.lost = lost
        self.idHeld = idHeld
    }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        lentAt = try d.instant("lentAt")
        closedAt = try d.instant("closedAt")
        deposit = try d.optionalInt("deposit").map { Money(fen: $0) }
        returned = try d.optionalInt("returned").map { Money(fen: $0) }
        kept = try d.optionalInt("kept").map { Money(fen: $0) }
        lost = try d.bool("lost")
        idHeld = try d.bool("idHeld")
    }

    public func write(into o: inout JSONObject) {
        o.add("lentAt", lentAt.iso)
        o.add("closedAt", closedAt.iso)
        o.add("deposit", deposit?.fen)
        o.add("returned", returned?.fen)
        o.add("kept", kept?.fen)
        o.add("lost", lost)
        o.add("idHeld", idHeld)
    }
}
