/// The week's work as the journal saw it (the VIP director's 每周工作总结): how many changes each
/// command made and by whom, across every desk — a new desk is in it by journaling its
/// changes, with nothing to register. A change `cs undo` took back counts as not done.
public struct WorkSummary: Sendable {
    public struct Line: Sendable, Equatable {
        /// The command as journalled (`member add`, `birthday gift prepare`).
        public let command: String
        /// Changes made (transactions), net of those taken back.
        public let changes: Int
        /// The clerks who made them, by name.
        public let clerks: [String]
    }

    public let from: Day
    public let through: Day
    public let lines: [Line]
    /// Changes `cs undo` took back within the week.
    public let undone: Int
    public let problems: [DocumentProblem]

    /// The Monday-to-Sunday week holding `day`.
    public static func week(of day: Day) -> (from: Day, through: Day) {
        let monday = day.adding(days: -((day.weekday + 6) % 7))
        return (monday, monday.adding(days: 6))
    }

    public init(from: Day, through: Day, store: Store) throws {
        self.from = from
        self.through = through
        let reading = try store.readJournal(since: from)
        problems = reading.problems
        // One change is one transaction, whatever number of records it wrote.
        var commandOf = [String: (command: String, clerk: String)]()
        var order = [String]()
        var takenBack = Set<String>()
        for e in reading.entries where e.at.day >= from && e.at.day <= through {
            if let undone = e.undoes {
                takenBack.insert(undone)
                continue
            }
            if commandOf[e.transaction] == nil {
                commandOf[e.transaction] = (e.command, e.clerk)
                order.append(e.transaction)
            }
        }
        var counts = [String: Int]()
        var clerks = [String: Set<String>]()
        for t in order where !takenBack.contains(t) {
            guard let c = commandOf[t] else { continue }
            counts[c.command, default: 0] += 1
            clerks[c.command, default: []].insert(c.clerk)
        }
        lines = counts.keys.sorted().map {
            Line(command: $0, changes: counts[$0] ?? 0, clerks: (clerks[$0] ?? []).sorted())
        }
        undone = takenBack.filter { commandOf[$0] != nil }.count
    }
}
