/// What an account's ledger adds up to, kept beside the ledger so that an earn, a redemption or
/// `member show` reads one short document instead of decoding years of history (issue 16: the
/// cost per member stays flat). Derived: `doctor` checks it against the ledger and `doctor
/// --repair` rebuilds it; an account without one is summed from its ledger.
///
/// `through` is the order key (time, then the desk's sequence) of the newest entry it includes:
/// a new entry after it moves the summary on by that entry alone; one dated before it (a
/// back-dated import, an undo) makes the writer sum the whole ledger again.
public struct AccountSummary: Record, Equatable {
    public static let kind = "accounts"
    public let id: String
    public let account: Account
    public let throughAt: Instant
    public let throughID: String
    public let entries: Int64

    public init(account id: String, _ account: Account, through last: LedgerEntry, entries: Int) {
        self.id = id
        self.account = account
        throughAt = last.at
        throughID = last.id
        self.entries = Int64(entries)
    }

    /// Whether `entry` sorts after every entry this summary includes.
    func precedes(_ entry: LedgerEntry) -> Bool {
        if throughAt != entry.at { return throughAt < entry.at }
        return Account.sequence(throughID) < Account.sequence(entry.id)
    }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        guard case .array(let list)? = d.value("lots") else { throw DocumentError("field lots is missing") }
        var lots: [(points: Int64, expiresOn: Day?)] = []
        for item in list {
            guard case .array(let pair) = item, pair.count == 2, let points = pair[0].int else {
                throw DocumentError("field lots holds something other than [points, expiry]")
            }
            var expiry: Day?
            if let text = pair[1].string {
                guard let day = Day(iso: text) else { throw DocumentError("field lots holds a bad expiry \(text)") }
                expiry = day
            }
            lots.append((points, expiry))
        }
        account = Account(
            points: try d.int("points"), balance: try d.money("balance"),
            totalSpend: try d.money("totalSpend"), lots: lots, debt: try d.int("debt"))
        throughAt = try d.instant("throughAt")
        throughID = try d.string("throughID")
        entries = try d.int("entries")
    }

    public func write(into fields: inout JSONObject) {
        fields.add("points", account.points)
        fields.add("balance", account.balance.fen)
        fields.add("totalSpend", account.totalSpend.fen)
        fields.add("debt", account.debt)
        let lots = account.lots.map { lot in
            JSON.array([.int(lot.points), lot.expiresOn.map { .string($0.iso) } ?? .null])
        }
        fields.add("lots", .array(lots))
        fields.add("throughAt", throughAt.iso)
        fields.add("throughID", throughID)
        fields.add("entries", entries)
    }
}
