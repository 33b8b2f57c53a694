/// `member import --from`: members from an older system, all rows or none. Opening points and
/// balance become opening ledger entries, so the ledger still explains every figure.
extension MemberDesk {
    public struct ImportReport: Sendable {
        public var members: Int = 0
        public var openingPoints: Int64 = 0
        public var openingBalance: Money = .zero
        public var errors: [PlacedImportProblem] = []
        public var committed = false
    }

    /// Header names a column may carry, English or Chinese.
    static let headerNames: [String: [String]] = [
        "card": ["card", "卡号", "会员卡号"], "name": ["name", "姓名"], "phone": ["phone", "手机", "电话", "手机号", "联系电话"],
        "birthday": ["birthday", "生日", "出生日期"], "gender": ["gender", "性别"], "kind": ["kind", "卡类型", "类型"],
        "tier": ["tier", "等级", "会员等级"], "status": ["status", "状态"], "points": ["points", "积分"],
        "balance": ["balance", "余额", "储值余额"], "idNumber": ["idNumber", "身份证", "身份证号"], "address": ["address", "地址"],
        "email": ["email", "邮箱"], "joinedAt": ["joinedAt", "入会时间", "办卡日期"], "note": ["note", "备注"],
        "totalSpend": ["totalSpend",
                       "累计消费"], "replacedBy": ["replacedBy"], "account": ["account"], "replaces": ["replaces"],
        "statusReason": ["statusReason"],
    ]

    static func column(for header: String) -> String? {
        let h = header.trimmingSpaces
        for (k, names) in headerNames where names.contains(where: { $0.lowercased() == h.lowercased() }) { return k }
        return nil
    }

    static let genders: [String: Gender] = ["male": .male, "m": .male, "男": .male, "female": .female, "f": .female,
                                            "女": .female,
                                            "unspecified": .unspecified, "": .unspecified]

    /// Columns of free text: the only ones that may hold line breaks and tabs.
    static let freeTextColumns = ["address", "note", "statusReason"]

    /// The longest value a member field may hold (as on the command line).
    public static let maxFieldBytes = 500

    /// `ledger`: the movements exported by `cs export ledger`; then they are imported as they
    /// are (ids, receipts, times) instead of opening entries, and each member's points and
    /// balance must equal what its ledger adds up to.
    public func importMembers(csv bytes: [UInt8], ledger ledgerBytes: [UInt8]? = nil,
                              dryRun: Bool) throws -> ImportReport {
        var report = ImportReport()
        var rows: [CSVReader.Row]
        do { rows = try CSVReader.parse(bytes) } catch {
            switch error {
            case .invalidUTF8: throw MemberError.importRejected([PlacedImportProblem(.file, .notUTF8)])
            case .unterminatedQuote(let l): throw MemberError.importRejected([PlacedImportProblem(.line(l),
                .unterminatedQuote)])
            }
        }
        guard let header = rows.first else { throw MemberError.importRejected([PlacedImportProblem(.file, .empty)]) }
        var columns = [String: Int]()
        for (i, h) in header.fields.enumerated() {
            guard let c = MemberDesk.column(for: h) else {
                report.errors.append(PlacedImportProblem(.line(1), .unknownColumn(h)))
                continue
            }
            if columns[c] != nil { report.errors.append(PlacedImportProblem(.line(1), .duplicateColumn(c))) }
            columns[c] = i
        }
        for required in ["name", "phone", "birthday"] where columns[required] == nil {
            report.errors.append(PlacedImportProblem(.line(1), .missingColumn(required)))
        }
        guard report.errors.isEmpty else { throw MemberError.importRejected(report.errors) }

        // Cards and phones already taken: checked here so that a dry run reports them, and
        // again under the lock (`requireNoConflicts`), where the decision to write is made.
        let taken = try takenCardsAndPhones()
        var cards = taken.cards
        var phones = taken.phones

        // Free-text columns (an address typed with Alt+Enter) may hold line breaks and tabs.
        let freeText = Set(MemberDesk.freeTextColumns.compactMap { columns[$0] })
        var parsed = [(member: Member, points: Int64, balance: Money)]()
        var lines = [Int]()
        parsed.reserveCapacity(rows.count)
        for row in rows.dropFirst() {
            func value(_ c: String) -> String {
                guard let i = columns[c], i < row.fields.count else { return "" }
                return CSVReader.unguarded(row.fields[i]).trimmingSpaces
            }
            var problems = [ImportProblem]()
            if let long = row.fields.firstIndex(where: { $0.utf8.count > MemberDesk.maxFieldBytes }) {
                problems.append(.fieldTooLong(field: long + 1, max: MemberDesk.maxFieldBytes))
            }
            if row.fields.indices.contains(where: { i in
                freeText.contains(i) ? !VisibleText.isFreeText(row.fields[i])
                    : row.fields[i].unicodeScalars.contains(where: VisibleText.isControl)
            }) {
                problems.append(.controlCharacter)
            }
            if row.fields.count != header.fields.count {
                problems.append(.fieldCount(has: row.fields.count, header: header.fields.count))
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
            if points == nil || points! < (ledgerBytes == nil ? 0 : -1_000_000_000) || points! > 1_000_000_000 {
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
            if card.isEmpty && ledgerBytes != nil {
                problems.append(.cardNeededForLedger)
            }
            if !card.isEmpty && !CardNumber.isWellFormed(card) {
                problems.append(.invalid(column: "card", value: card))
            }
            let joinedText = value("joinedAt")
            let joinedAt = joinedText.isEmpty ? clock.now : Instant(parsing: joinedText,
                                                                    defaultOffset: clock.now.offset)
            if joinedAt == nil { problems.append(.invalid(column: "joinedAt", value: joinedText)) }
            if let birthday, birthday > clock.today {
                problems.append(.inFuture(column: "birthday", value: birthday.iso))
            }
            if !card.isEmpty && cards.contains(card) { problems.append(.cardExists(card)) }
            if let p = phone, status.map({ $0 == .active || $0 == .suspended }) ?? true, phones.contains(p.digits) {
                problems.append(.phoneTaken(p.digits))
            }
            guard problems.isEmpty else {
                report.errors += problems.map { PlacedImportProblem(.line(row.line), $0) }
                continue
            }
            if card.isEmpty { card = "?" }   // numbered at commit, under the lock
            if card != "?" { cards.insert(card) }
            if status == .active || status == .suspended { phones.insert(phone!.digits) }
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
            m.statusReason = value("statusReason").isEmpty ? nil
                : VisibleText.normalizedFreeText(value("statusReason"))
            parsed.append((m, points!, balance!))
            lines.append(row.line)
        }
        // The parsed rows are done with: let their strings go before the change is built.
        rows = []
        guard report.errors.isEmpty else { throw MemberError.importRejected(report.errors) }
        if let ledgerBytes {
            return try importWithLedger(parsed.map(\.member), lines: lines, csvFigures: parsed.map { ($0.points,
                $0.balance) },
                                        ledger: ledgerBytes, dryRun: dryRun)
        }
        report.members = parsed.count
        report.openingPoints = parsed.reduce(0) { $0 + $1.points }
        report.openingBalance = parsed.reduce(Money.zero) { $0 + $1.balance }
        if dryRun { return report }

        try change("import") { txn in
            // Another clerk may have registered a card or phone since the check above.
            cards = try requireNoConflicts(parsed.map(\.member), lines: lines)
            for var row in parsed {
                if row.member.card == "?" {
                    let number = try mintCard(&txn, taken: cards)
                    cards.insert(number)
                    row.member.card = number
                    row.member.account = number
                }
                var m = row.member
                if row.points != 0 || row.balance != .zero {
                    // A new account: its opening entry is its first.
                    let entry = LedgerEntry(id: "\(m.account).\(config.deskID)-1", card: m.card, account: m.account,
                                            kind: .opening,
                                            points: row.points, amount: row.balance, receipt: nil, clerk: clerk, at: clock.now,
                                            expiresOn: row.points > 0 ? clock.today.adding(months: config.int(.pointsExpireMonths)) : nil,
                                            reason: "opening balance from import")
                    try post(entry, action: "import", in: &txn, newAccount: true)
                    m.points = row.points
                    m.balance = row.balance
                }
                try txn.insert(m, action: "import")
            }
        }
        report.committed = true
        return report
    }

    /// The cards of every member and the phones of current members, as stored now. A damaged
    /// member line stops an import: it might hold a card or phone the import would duplicate.
    func takenCardsAndPhones() throws -> (cards: Set<String>, phones: Set<String>) {
        let existing = try store.scan(Member.self)
        if let p = existing.problems.first { throw StoreError.corrupt(path: p.path, line: p.line, reason: p.reason) }
        return (Set(existing.records.map(\.card)), Set(existing.records.filter(\.isCurrent).map(\.phone)))
    }

    /// Called under the lock, inside the import's transaction: refuses the whole import when a
    /// card or a current member's phone in it has been registered since it was checked.
    /// Returns the cards taken (the import's own included) for minting new numbers.
    func requireNoConflicts(_ members: [Member], lines: [Int]) throws -> Set<String> {
        let taken = try takenCardsAndPhones()
        var errors = [PlacedImportProblem]()
        for (n, m) in members.enumerated() {
            if m.card != "?" && taken.cards.contains(m.card) {
                errors.append(PlacedImportProblem(.line(lines[n]), .cardExists(m.card)))
            }
            if m.isCurrent && taken.phones.contains(m.phone) {
                errors.append(PlacedImportProblem(.line(lines[n]), .phoneTaken(m.phone)))
            }
        }
        guard errors.isEmpty else { throw MemberError.importRejected(errors) }
        return taken.cards.union(members.map(\.card).filter { $0 != "?" })
    }
}
