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
        func value(_ c: String) -> String {
            guard let i = columns[c], i < row.fields.count else { return "" }
            return CSVReader.unguarded(row.fields[i]).trimmingSpaces
        }
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
        let name = value("name")
        if name.isEmpty { problems.append(.emptyValue(column: "name")) }
        if name.utf8.count > 200 { problems.append(.nameTooLong(max: 200)) }
        if !VisibleText.isPlain(name) {
            problems.append(.invisible(column: "name", value: name))
        }
        let phone = Phone(value("phone"))
        if phone == nil { problems.append(.invalid(column: "phone", value: value("phone"))) }
        let birthday = Day(iso: value("birthday"))
        if birthday == nil { problems.append(.invalid(column: "birthday", value: value("birthday"))) }
        let gender = MemberDesk.genders[value("gender").lowercased()]
        if gender == nil { problems.append(.invalid(column: "gender", value: value("gender"))) }
        let kind = value("kind").isEmpty ? .regular : MemberKind(rawValue: value("kind"))
        if kind == nil { problems.append(.invalid(column: "kind", value: value("kind"))) }
        let tier = value("tier").isEmpty ? .regular : Tier(rawValue: value("tier"))
        if tier == nil { problems.append(.invalid(column: "tier", value: value("tier"))) }
        let status = value("status").isEmpty ? .active : MemberStatus(rawValue: value("status"))
        if status == nil {
            problems.append(.invalid(column: "status", value: value("status")))
        }
        let points = value("points").isEmpty ? 0 : Int64(value("points"))
        if points == nil || points! < (!withLedger ? 0 : -1_000_000_000) || points! > 1_000_000_000 {
            problems.append(.invalid(column: "points", value: value("points")))
        }
        let balance = value("balance").isEmpty ? Money.zero : Money(parsing: value("balance"))
        if balance == nil || balance!.fen < 0 || balance!.fen > 100_000_000_000 {
            problems.append(.invalid(column: "balance", value: value("balance")))
        }
        let idNumber = value("idNumber")
        if !idNumber.isEmpty && !IDNumber.isValid(idNumber) {
            problems.append(.invalid(column: "idNumber", value: IDNumber.masked(idNumber)))
        }
        var card = value("card")
        if card.isEmpty && withLedger {
            problems.append(.cardNeededForLedger)
        }
        if !card.isEmpty && !CardNumber.isWellFormed(card) {
            problems.append(.invalid(column: "card", value: card))
        }
        let joinedText = value("joinedAt")
        let joinedAt =
            joinedText.isEmpty
            ? clock.now
            : Instant(
                parsing: joinedText,
                defaultOffset: clock.now.offset)
        if joinedAt == nil { problems.append(.invalid(column: "joinedAt", value: joinedText)) }
        if let birthday, birthday > clock.today {
            problems.append(.inFuture(column: "birthday", value: birthday.iso))
        }
        if !card.isEmpty && seen.cards.contains(card) { problems.append(.cardExists(card)) }
        if let p = phone, status.map({ $0 == .active || $0 == .suspended }) ?? true, seen.phones.contains(p.digits) {
            problems.append(.phoneTaken(p.digits))
        }
        guard problems.isEmpty else {
            errors += problems.map { PlacedImportProblem(.line(row.line), $0) }
            return nil
        }
        if card.isEmpty { card = "?" }  // numbered at commit, under the lock
        if remember && card != "?" { seen.cards.insert(card) }
        if remember && (status == .active || status == .suspended) { seen.phones.insert(phone!.digits) }
        var m = Member(card: card, name: name, phone: phone!.digits, birthday: birthday!, joinedAt: joinedAt!)
        m.gender = gender!
        m.memberKind = kind!
        m.tier = tier!
        m.status = status!
        m.idNumber = idNumber.isEmpty ? nil : idNumber
        m.address = value("address").isEmpty ? nil : VisibleText.normalizedFreeText(value("address"))
        m.email = value("email").isEmpty ? nil : value("email")
        m.note = value("note").isEmpty ? nil : VisibleText.normalizedFreeText(value("note"))
        if !value("account").isEmpty { m.account = value("account") }
        m.replaces = value("replaces").isEmpty ? nil : value("replaces")
        m.replacedBy = value("replacedBy").isEmpty ? nil : value("replacedBy")
        m.statusReason =
            value("statusReason").isEmpty
            ? nil
            : VisibleText.normalizedFreeText(value("statusReason"))
        return (m, points!, balance!)
    }
}
