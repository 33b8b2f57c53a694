/// What the birthday list needs of an active member, filed under the month of the birthday:
/// the 1st-of-month list reads one month's sixteen small shards instead of every member
/// (measured at 100k members: 50 ms for the scan, the target 30 ms).
///
/// Derived data: kept up to date by every change to a member's card, name, phone, birthday,
/// gender or status, checked by `cs doctor` and rebuilt by `cs doctor --repair`.
public struct BirthdayIndexEntry: Record, Equatable {
    public static let kind = "index-birthday"
    /// Shards per month: a month of a million members is ~83k entries, ~5k per shard.
    static let buckets = 16
    /// The sequence whose presence says the index was built (a data directory from before it
    /// existed is listed by scanning until `cs doctor --repair` builds it).
    public static let builtMarker = "birthday-index"

    public let id: String
    public let card: String
    public let name: String
    public let phone: String
    public let birthday: Day
    public let gender: Gender

    static func monthKey(_ month: Int) -> String { month < 10 ? "0\(month)" : "\(month)" }

    public init(member m: Member) {
        id = "\(BirthdayIndexEntry.monthKey(m.birthday.month)):\(m.card)"
        card = m.card
        name = m.name
        phone = m.phone
        birthday = m.birthday
        gender = m.gender
    }

    /// `MM-b`: the month and a bucket of the card, so one month is `buckets` shard keys.
    public static func shardKey(forID id: String) -> String {
        let month = id.prefix(2)
        let card = id.dropFirst(3)
        return "\(month)-\(Shards.hash(card.utf8) % UInt32(buckets))"
    }

    public init(document d: Document) throws(DocumentError) {
        id = try d.string("id")
        card = try d.string("card")
        name = try d.string("name")
        phone = try d.string("phone")
        birthday = try d.day("birthday")
        gender = try d.choice("gender", Gender.self)
    }

    public func write(into o: inout JSONObject) {
        o.add("card", card)
        o.add("name", name)
        o.add("phone", phone)
        o.add("birthday", birthday.iso)
        o.add("gender", gender.rawValue)
    }

    /// The entries of a month, or nil when the index has not been built in this directory.
    static func month(_ month: Int, store: Store) throws -> ScanResult<BirthdayIndexEntry>? {
        guard try store.get(Counter.self, id: builtMarker) != nil else { return nil }
        let mm = monthKey(month)
        // The month's buckets on every core (read under the one read lock `get` took).
        let buckets = ParallelShards.map(Array(0..<buckets)) { bucket in
            Result { () throws(StoreError) in
                try store.records(
                    BirthdayIndexEntry.self, shardKey: "\(mm)-\(bucket)", idPrefix: "\(mm):",
                    cache: nil
                ) { _ in true }
            }
        }
        var seen = Set<String>()
        var result = ScanResult<BirthdayIndexEntry>(records: [], problems: [])
        for bucket in buckets {
            let r = try bucket.get()
            result.problems += r.problems
            for e in r.records where seen.insert(e.id).inserted { result.records.append(e) }
        }
        return result
    }

    /// Rebuilds the index from the members and marks it built.
    @Sendable static func rebuild(_ txn: inout Transaction) throws -> Int {
        let count = try Member.birthdayIndex.rebuild(&txn)
        try txn.advanceSequence(builtMarker, to: 1)
        return count
    }

    /// Every active member has its entry, and no entry is stale.
    @Sendable static func consistency(_ store: Store) throws -> [DocumentProblem] {
        let path = "\(store.root)/\(kind)"
        guard try store.get(Counter.self, id: builtMarker) != nil else {
            return [DocumentProblem(path: path, line: 0, Fact(.birthday(.doctorIndexNotBuilt)))]
        }
        return try Member.birthdayIndex.problems(store)
    }
}

extension Store {
    /// Marks the birthday index as built: for a new data directory, which starts with none.
    public func markBirthdayIndexBuilt(clerk: String, clock: Clock) throws {
        try change(
            clerk: clerk, command: "init",
            clock: clock
        ) { txn in try txn.advanceSequence(BirthdayIndexEntry.builtMarker, to: 1) }
    }
}
