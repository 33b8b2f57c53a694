/// The sqlite3 side's tables, one per export, columns in the export's order (loaded with
/// `.import --csv`), and the indexes a careful sqlite3 user would add for the same queries.
extension Benchmark {
    static let schema = """
        CREATE TABLE members(card TEXT PRIMARY KEY, name TEXT, phone TEXT, birthday TEXT, gender TEXT, kind TEXT,
                             tier TEXT, status TEXT,
          points INTEGER, balance TEXT, totalSpend TEXT, joinedAt TEXT, replacedBy TEXT, idNumber TEXT, address TEXT,
          email TEXT, note TEXT, account TEXT, replaces TEXT, statusReason TEXT);
        CREATE TABLE ledger(id TEXT PRIMARY KEY, card TEXT, kind TEXT, points INTEGER, amount TEXT,
                            receipt TEXT UNIQUE, clerk TEXT, at TEXT);
        CREATE TABLE lostfound(id TEXT PRIMARY KEY, item TEXT, color TEXT, place TEXT, foundAt TEXT, valuable TEXT,
                               status TEXT, custody TEXT, description TEXT, handedInBy TEXT, supervisor TEXT,
                               registeredAt TEXT, registeredBy TEXT, photo TEXT, claimedAt TEXT, claimant TEXT,
                               claimantPhone TEXT, claimantIdNumber TEXT, described TEXT, claimSupervisor TEXT,
                               disposedAt TEXT, disposedHow TEXT, disposedBy TEXT, disposalNote TEXT, moves TEXT);
        CREATE TABLE invoices(id TEXT PRIMARY KEY, code TEXT, number TEXT, kind TEXT, status TEXT, receipt TEXT UNIQUE,
                              amount TEXT, room TEXT, issuedAt TEXT, issuedBy TEXT, title TEXT, taxId TEXT,
                              voidedAt TEXT, voidedBy TEXT, voidReason TEXT, redLetterOf TEXT, redLetterReason TEXT,
                              redLetter TEXT);
        CREATE TABLE complaints(id TEXT PRIMARY KEY, status TEXT, receivedAt TEXT, due TEXT, customer TEXT, phone TEXT,
                                staff TEXT, room TEXT, channel TEXT, category TEXT, severity TEXT, matter TEXT,
                                resolvedAt TEXT, onTime TEXT, satisfaction INTEGER, card TEXT, receivedBy TEXT,
                                escalatedTo TEXT, resolution TEXT, hoursTaken TEXT, promiseHours INTEGER,
                                pausedAt TEXT, pausedMinutes INTEGER, followedUpAt TEXT, timeline TEXT);
        CREATE TABLE loans(id TEXT PRIMARY KEY, item TEXT, asset TEXT, borrower TEXT, phone TEXT, deposit TEXT,
                           depositIdNumber TEXT, lentAt TEXT, due TEXT, status TEXT, lentBy TEXT, closedAt TEXT,
                           closedBy TEXT, returned TEXT, kept TEXT, damage TEXT, writeOffReason TEXT, supervisor TEXT);
        CREATE TABLE bags(id TEXT PRIMARY KEY, tag TEXT, what TEXT, seal TEXT, phone TEXT, name TEXT, inAt TEXT,
                          status TEXT, inBy TEXT, closedAt TEXT, closedBy TEXT, lostItem TEXT);
        CREATE TABLE followups(id TEXT PRIMARY KEY, due TEXT, source TEXT, name TEXT, phone TEXT, ward TEXT,
                               tries INTEGER, status TEXT, satisfaction INTEGER, card TEXT, staff TEXT, reason TEXT,
                               discharged TEXT, createdAt TEXT, createdBy TEXT, scores TEXT, comment TEXT,
                               closedAt TEXT, complaint TEXT, calls TEXT);
        CREATE TABLE enquiries(id TEXT PRIMARY KEY, takenAt TEXT, channel TEXT, topic TEXT, name TEXT, phone TEXT,
                               text TEXT, owner TEXT, status TEXT, takenBy TEXT, answer TEXT, answeredAt TEXT,
                               answeredBy TEXT, handovers TEXT);
        """

    static let indexes = """
        CREATE INDEX members_phone ON members(phone);
        CREATE INDEX members_birth_month ON members(substr(birthday, 6, 2), substr(birthday, 9, 2), name);
        CREATE INDEX lostfound_status ON lostfound(status);
        CREATE INDEX invoices_day ON invoices(substr(issuedAt, 1, 10));
        CREATE INDEX complaints_month ON complaints(substr(receivedAt, 1, 7));
        CREATE INDEX complaints_status ON complaints(status);
        CREATE INDEX loans_status ON loans(status);
        CREATE INDEX loans_lent ON loans(lentAt);
        CREATE INDEX loans_closed ON loans(closedAt);
        CREATE INDEX bags_kept ON bags(status, tag);
        CREATE INDEX followups_open ON followups(status, due);
        CREATE INDEX followups_phone ON followups(phone, status);
        CREATE INDEX followups_closed ON followups(substr(closedAt, 1, 7));
        CREATE INDEX enquiries_status ON enquiries(status);
        """
}
