/// The monthly list, the coming days and the greeting run. Active members only: a suspended
/// or cancelled card gets no greeting and no gift.
public struct BirthdayDesk: DeskRules {
    public static let commandPrefix = "birthday"
    public let context: DeskContext

    public init(_ context: DeskContext) { self.context = context }

    var calendar: BirthdayCalendar { BirthdayCalendar(config: config) }

    func activeMembers(bornIn month: Int? = nil) throws -> ScanResult<Member> {
        let active = Array("active".utf8)
        let statusKey = LineFilter.needle("status")
        let birthdayKey = Array(",\"birthday\":\"".utf8)
        let mm = month.map { Array(($0 < 10 ? "0\($0)" : "\($0)").utf8) }
        var scan = try store.scan(Member.self) { line in
            // Only lines that can be active members born in the month get parsed.
            // The month first: it rejects eleven lines in twelve.
            if let mm, let at = LineFilter.find(line, birthdayKey) {
                let m = at + birthdayKey.count + 5
                if m + 1 < line.endIndex, line[m] != mm[0] || line[m + 1] != mm[1] { return false }
            }
            if let s = LineFilter.stringField(
                line,
                needle: statusKey),
                s.count != active.count || s.first != active[0]
                    || !s.elementsEqual(active)
            {
                return false
            }
            return true
        }
        scan.records = scan.records.filter { member in
            member.status == .active
                && (month.map { member.birthday.month == $0 } ?? true)
        }
        return scan
    }

    /// Members born in the month, by day then name. 29 February is listed in February every
    /// year.
    public func month(_ month: Month) throws -> (celebrations: [Celebration], problems: [DocumentProblem]) {
        let contacts: [BirthdayContact]
        let problems: [DocumentProblem]
        if let indexed = try BirthdayIndexEntry.month(month.month, store: store) {
            (contacts, problems) = try checked(indexed, month: month.month)
        } else {
            let scan = try activeMembers(bornIn: month.month)
            contacts = scan.records.map(BirthdayContact.init(member:))
            problems = scan.problems
        }
        let today = clock.today
        let list = contacts.map { m -> Celebration in
            let d = Day.clamped(year: month.year, month: m.birthday.month, day: m.birthday.day)
            return Celebration(member: m, date: d, inDays: d.ordinal - today.ordinal)
        }
        return (list.sorted { Celebration.byDateThenName($0, $1) }, problems)
    }

    /// The index's hits checked against their members, so a stale or damaged index never
    /// lists someone silently: a member whose line is damaged, who is gone, no longer active
    /// or born in another month is left out and reported (`--strict` makes that exit 3).
    func checked(
        _ indexed: ScanResult<BirthdayIndexEntry>,
        month: Int
    ) throws -> (contacts: [BirthdayContact], problems: [DocumentProblem]) {
        var entries = [String: BirthdayIndexEntry]()
        for e in indexed.records { entries[e.card] = e }
        let byCard = entries
        let members = try store.documents(Member.self, ids: byCard.keys) { d throws(DocumentError) -> Standing in
            let card = try d.string("id")
            guard let e = byCard[card] else { return .leftOut }
            return try BirthdayDesk.standing(of: d, against: e, month: month)
        }
        var problems = indexed.problems + members.problems
        var contacts = [BirthdayContact]()
        contacts.reserveCapacity(indexed.records.count)
        let path = "\(store.root)/\(BirthdayIndexEntry.kind)"
        for e in indexed.records {
            switch members.found[e.card] {
            case .current?:
                contacts.append(BirthdayContact(entry: e))
            case .differs(let contact)?:
                problems.append(DocumentProblem(path: path, line: 0, Fact(.doctor(.indexEntryStale), [e.id])))
                contacts.append(contact)
            case .leftOut?:
                problems.append(DocumentProblem(path: path, line: 0, Fact(.doctor(.indexEntryStale), [e.id])))
            case nil:
                if !members.problems.isEmpty { continue }  // its damaged line is already reported
                problems.append(DocumentProblem(path: path, line: 0, Fact(.doctor(.indexEntryStale), [e.id])))
            }
        }
        return (contacts, problems)
    }

    /// How a member's line stands against its index entry.
    enum Standing: Sendable {
        /// Active, born in the month, and every field the list shows as the entry has it.
        case current
        /// Listed, from the member, but the entry is stale.
        case differs(BirthdayContact)
        /// Not active or not born in the month: not listed.
        case leftOut
    }

    /// The fields the list shows and the status, compared as they are written, with nothing
    /// else of the member built (the list's cost was decoding 8k whole members for five
    /// fields). Any difference, or a field written with escapes, takes the whole member's
    /// decoding. Damage elsewhere in a line that still validates is left to `cs doctor`.
    static func standing(
        of d: Document, against e: BirthdayIndexEntry,
        month: Int
    ) throws(DocumentError) -> Standing {
        func same(_ key: String, _ value: String) -> Bool {
            guard case .bytes(let raw)? = d.raw(key), raw.count >= 2, raw.first == 34, raw.last == 34 else {
                return false
            }
            let inner = raw.dropFirst().dropLast()
            return !inner.contains(92) && inner.elementsEqual(value.utf8)
        }
        if e.birthday.month == month, same("status", MemberStatus.active.rawValue), same("name", e.name),
            same("phone", e.phone), same("birthday", e.birthday.iso), same("gender", e.gender.rawValue)
        {
            return .current
        }
        let m = try Member(document: d)
        guard m.status == .active, m.birthday.month == month else { return .leftOut }
        return BirthdayIndexEntry(member: m) == e ? .current : .differs(BirthdayContact(member: m))
    }

    /// Birthdays celebrated from today to `days` days ahead, across month and year ends.
    public func upcoming(days: Int) throws -> (celebrations: [Celebration], problems: [DocumentProblem]) {
        let scan = try activeMembers()
        let today = clock.today
        var out = [Celebration]()
        for m in scan.records {
            let d = calendar.next(m.birthday, onOrAfter: today)
            let n = d.ordinal - today.ordinal
            if n <= days { out.append(Celebration(member: BirthdayContact(member: m), date: d, inDays: n)) }
        }
        return (out.sorted { Celebration.byDateThenName($0, $1) }, scan.problems)
    }

    /// The members to greet today: their birthday is celebrated exactly `days` days from now.
    public func greetings(days: Int) throws -> (celebrations: [Celebration], problems: [DocumentProblem]) {
        let r = try upcoming(days: days)
        return (r.celebrations.filter { $0.inDays == days }, r.problems)
    }
}
