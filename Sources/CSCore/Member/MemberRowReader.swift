/// The columns of a members file and how one of its rows becomes a member: one definition for
/// both passes of an import and for the ledger import.
struct MemberRowReader {
    /// Cards and phones taken so far (stored, and earlier rows of the file): a row repeating
    /// one is refused.
    struct Seen {
        var cards: Set<String>
        var phones: Set<String>
    }

    let columns: [String: Int]
    let headerCount: Int
    /// Free-text columns (an address typed with Alt+Enter) may hold line breaks and tabs.
    let freeText: Set<Int>
    let withLedger: Bool
    let clock: Clock

    /// Refuses a header with an unknown, repeated or missing column.
    init(header: CSVReader.Row, withLedger: Bool, clock: Clock) throws {
        var errors = [PlacedImportProblem]()
        var columns = [String: Int]()
        for (i, h) in header.fields.enumerated() {
            guard let c = MemberDesk.column(for: h) else {
                errors.append(PlacedImportProblem(.line(1), .unknownColumn(h)))
                continue
            }
            if columns[c] != nil { errors.append(PlacedImportProblem(.line(1), .duplicateColumn(c))) }
            columns[c] = i
        }
        for required in ["name", "phone", "birthday"] where columns[required] == nil {
            errors.append(PlacedImportProblem(.line(1), .missingColumn(required)))
        }
        guard errors.isEmpty else { throw MemberError.importRejected(errors) }
        self.columns = columns
        headerCount = header.fields.count
        freeText = Set(MemberDesk.freeTextColumns.compactMap { columns[$0] })
        self.withLedger = withLedger
        self.clock = clock
    }

    /// The member a row describes (card "?" when it has none: numbered at commit, under the
    /// lock), or nil with its problems added to `errors`.
    ///
    /// `remember`: add the row's card and phone to `seen`. The second pass of an import does
    /// not: the file's own duplicates were refused in the first, and the file is checked to be
    /// the same one at the end, so it only needs what is stored (a million rows' sets, 60 MB).
    func member(
        _ row: CSVReader.Row, seen: inout Seen, errors: inout [PlacedImportProblem],
        remember: Bool = true
    ) -> (member: Member, points: Int64, balance: Money)? {
        let fields = Fields(row: row, columns: columns)
        var problems = shapeProblems(row)
        // The problems in the order the clerk reads the row: who, standing, papers.
        var who = person(fields, &problems)
        let standing = standing(fields, &problems)
        papers(fields, &who, &problems)
        if !who.card.isEmpty && seen.cards.contains(who.card) { problems.append(.cardExists(who.card)) }
        let current = standing.status.map { $0 == .active || $0 == .suspended } ?? true
        if let p = who.phone, current, seen.phones.contains(p.digits) { problems.append(.phoneTaken(p.digits)) }
        guard problems.isEmpty, let built = build(fields, who, standing) else {
            errors += problems.map { PlacedImportProblem(.line(row.line), $0) }
            return nil
        }
        if remember && built.member.card != "?" { seen.cards.insert(built.member.card) }
        if remember && current { seen.phones.insert(built.member.phone) }
        return built
    }

    /// A row's cells by column name, unguarded (a leading `'` that kept Excel from reading a
    /// formula is dropped) and trimmed; "" for a column the file lacks.
    struct Fields {
        let row: CSVReader.Row
        let columns: [String: Int]

        func callAsFunction(_ c: String) -> String {
            guard let i = columns[c], i < row.fields.count else { return "" }
            return CSVReader.unguarded(row.fields[i]).trimmingSpaces
        }

        /// An optional free-text cell: nil when empty.
        func note(_ c: String) -> String? { self(c).isEmpty ? nil : VisibleText.normalizedFreeText(self(c)) }
        func optional(_ c: String) -> String? { self(c).isEmpty ? nil : self(c) }
    }

    /// The row as a whole: a cell too long, a control character, the wrong number of cells.
    func shapeProblems(_ row: CSVReader.Row) -> [ImportProblem] {
        var problems = [ImportProblem]()
        if let long = row.fields.firstIndex(where: { $0.utf8.count > MemberDesk.maxFieldBytes }) {
            problems.append(.fieldTooLong(field: long + 1, max: MemberDesk.maxFieldBytes))
        }
        if row.fields.indices.contains(where: { i in
            freeText.contains(i)
                ? !VisibleText.isFreeText(row.fields[i])
                : row.fields[i].unicodeScalars.contains(where: VisibleText.isControl)
        }) {
            problems.append(.controlCharacter)
        }
        if row.fields.count != headerCount {
            problems.append(.fieldCount(has: row.fields.count, header: headerCount))
        }
        return problems
    }

    /// Who the member is; nil where the cell did not read (its problem added).
    struct Identity {
        var name: String
        var phone: Phone?
        var birthday: Day?
        var joinedAt: Instant?
        var card: String
        var idNumber: String
    }

    func person(_ value: Fields, _ problems: inout [ImportProblem]) -> Identity {
        let name = value("name")
        if name.isEmpty { problems.append(.emptyValue(column: "name")) }
        if name.utf8.count > 200 { problems.append(.nameTooLong(max: 200)) }
        if !VisibleText.isPlain(name) { problems.append(.invisible(column: "name", value: name)) }
        let phone = Phone(value("phone"))
        if phone == nil { problems.append(.invalid(column: "phone", value: value("phone"))) }
        let birthday = Day(iso: value("birthday"))
        if birthday == nil { problems.append(.invalid(column: "birthday", value: value("birthday"))) }
        return Identity(name: name, phone: phone, birthday: birthday, joinedAt: nil, card: "", idNumber: "")
    }

    /// The card, the ID number and when the member joined.
    func papers(_ value: Fields, _ who: inout Identity, _ problems: inout [ImportProblem]) {
        who.idNumber = value("idNumber")
        if !who.idNumber.isEmpty && !IDNumber.isValid(who.idNumber) {
            problems.append(.invalid(column: "idNumber", value: IDNumber.masked(who.idNumber)))
        }
        who.card = value("card")
        if who.card.isEmpty && withLedger { problems.append(.cardNeededForLedger) }
        if !who.card.isEmpty && !CardNumber.isWellFormed(who.card) {
            problems.append(.invalid(column: "card", value: who.card))
        }
        let joinedText = value("joinedAt")
        who.joinedAt = joinedText.isEmpty ? clock.now : Instant(parsing: joinedText, defaultOffset: clock.now.offset)
        if who.joinedAt == nil { problems.append(.invalid(column: "joinedAt", value: joinedText)) }
        if let birthday = who.birthday, birthday > clock.today {
            problems.append(.inFuture(column: "birthday", value: birthday.iso))
        }
    }

    /// The card's standing and figures; nil where the cell did not read (its problem added).
    struct Standing {
        var gender: Gender?
        var kind: MemberKind?
        var tier: Tier?
        var status: MemberStatus?
        var points: Int64?
        var balance: Money?
        var cardFee: Money?
        var charterSigned: Bool?
        /// Read, or empty: `.some(nil)`; nil where the cell did not read.
        var reviewedAt: Day??
    }

    func standing(_ value: Fields, _ problems: inout [ImportProblem]) -> Standing {
        func read<T>(_ column: String, empty: T?, _ parse: (String) -> T?) -> T? {
            let text = value(column)
            let v = text.isEmpty ? empty : parse(text)
            if v == nil { problems.append(.invalid(column: column, value: text)) }
            return v
        }
        let gender = read("gender", empty: MemberDesk.genders[""]) { MemberDesk.genders[$0.lowercased()] }
        let kind = read("kind", empty: .regular) { MemberKind(rawValue: $0) }
        let tier = read("tier", empty: .regular) { Tier(rawValue: $0) }
        let status = read("status", empty: .active) { MemberStatus(rawValue: $0) }
        // With its ledger, an account may stand below zero points (the ledger explains it).
        let lowest: Int64 = withLedger ? -1_000_000_000 : 0
        let points = read("points", empty: 0) { Int64($0).flatMap { (lowest...1_000_000_000).contains($0) ? $0 : nil } }
        let balance = read("balance", empty: .zero) {
            Money(parsing: $0).flatMap { (0...100_000_000_000).contains($0.fen) ? $0 : nil }
        }
        let fee = read("cardFee", empty: .zero) {
            Money(parsing: $0).flatMap { (0...100_000_000).contains($0.fen) ? $0 : nil }
        }
        let charter = read("charterSigned", empty: false) { MemberDesk.yesNo[$0.lowercased()] }
        let today = clock.today
        let reviewed = read("reviewedAt", empty: Day?.none) { text in
            Day(iso: text).flatMap { $0 <= today ? Day??.some($0) : nil }
        }
        return Standing(
            gender: gender, kind: kind, tier: tier, status: status, points: points, balance: balance, cardFee: fee,
            charterSigned: charter, reviewedAt: reviewed)
    }

    /// The member, once every cell has read; a card left empty is "?", numbered at commit,
    /// under the lock.
    func build(_ value: Fields, _ who: Identity, _ standing: Standing)
        -> (member: Member, points: Int64, balance: Money)?
    {
        guard let phone = who.phone, let birthday = who.birthday, let joinedAt = who.joinedAt,
            let gender = standing.gender, let kind = standing.kind, let tier = standing.tier,
            let status = standing.status, let points = standing.points, let balance = standing.balance,
            let cardFee = standing.cardFee, let charterSigned = standing.charterSigned,
            let reviewedAt = standing.reviewedAt
        else { return nil }
        let card = who.card.isEmpty ? "?" : who.card
        var m = Member(card: card, name: who.name, phone: phone.digits, birthday: birthday, joinedAt: joinedAt)
        m.gender = gender
        m.memberKind = kind
        m.tier = tier
        m.status = status
        m.idNumber = who.idNumber.isEmpty ? nil : who.idNumber
        m.address = value.note("address")
        m.email = value.optional("email")
        m.note = value.note("note")
        if let account = value.optional("account") { m.account = account }
        m.replaces = value.optional("replaces")
        m.replacedBy = value.optional("replacedBy")
        m.statusReason = value.note("statusReason")
        m.cardFee = cardFee
        m.charterSigned = charterSigned
        m.reviewedAt = reviewedAt
        return (m, points, balance)
    }
}
