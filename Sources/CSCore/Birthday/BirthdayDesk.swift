/// The monthly list, the coming days and the greeting run. Active members only: a suspended
/// or cancelled card gets no greeting and no gift.
public struct BirthdayDesk: Sendable {
    public let store: Store
    public let config: Config
    public let clock: Clock

    public init(_ context: DeskContext) {
        store = context.store
        config = context.config
        clock = context.clock
    }

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
            if let s = LineFilter.stringField(line,
                                              needle: statusKey), s.count != active.count || s.first != active[0]
                                                  || !s.elementsEqual(active) {
                return false
            }
            return true
        }
        scan.records = scan.records.filter { member in member.status == .active
            && (month.map { member.birthday.month == $0 } ?? true) }
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
            let d = Day(year: month.year, month: m.birthday.month, day: min(m.birthday.day,
                                                                            Day.daysIn(month: month.month,
                                                                                year: month.year)))!
            return Celebration(member: m, date: d, inDays: d.ordinal - today.ordinal)
        }
        return (list.sorted { Celebration.byDateThenName($0, $1) }, problems)
    }

    /// The index's hits checked against their members, so a stale or damaged index never
    /// lists someone silently: a member whose line is damaged, who is gone, no longer active
    /// or born in another month is left out and reported (`--strict` makes that exit 3).
    func checked(_ indexed: ScanResult<BirthdayIndexEntry>,
                 month: Int) throws -> (contacts: [BirthdayContact], problems: [DocumentProblem]) {
        let members = try store.records(Member.self, ids: indexed.records.map(\.card))
        var problems = indexed.problems + members.problems
        var contacts = [BirthdayContact]()
        contacts.reserveCapacity(indexed.records.count)
        let path = "\(store.root)/\(BirthdayIndexEntry.kind)"
        for e in indexed.records {
            guard let m = members.found[e.card] else {
                if !members.problems.isEmpty { continue }   // its damaged line is already reported
                problems.append(DocumentProblem(path: path, line: 0, Fact(.doctor(.indexEntryStale), [e.id])))
                continue
            }
            guard m.status == .active, m.birthday.month == month else {
                problems.append(DocumentProblem(path: path, line: 0, Fact(.doctor(.indexEntryStale), [e.id])))
                continue
            }
            if BirthdayIndexEntry(member: m) != e {
                problems.append(DocumentProblem(path: path, line: 0, Fact(.doctor(.indexEntryStale), [e.id])))
            }
            contacts.append(BirthdayContact(member: m))
        }
        return (contacts, problems)
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
