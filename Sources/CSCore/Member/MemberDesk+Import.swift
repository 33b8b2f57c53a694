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
        "totalSpend": [
            "totalSpend",
            "累计消费",
        ], "replacedBy": ["replacedBy"], "account": ["account"], "replaces": ["replaces"],
        "statusReason": ["statusReason"], "cardFee": ["cardFee", "工本费"], "charterSigned": ["charterSigned", "签署章程"],
        "reviewedAt": ["reviewedAt", "审核日期"],
    ]

    /// How a yes/no cell may be written (the export writes true/false; --excel in Chinese 是/否).
    static let yesNo: [String: Bool] = [
        "true": true, "false": false, "yes": true, "no": false, "1": true, "0": false, "是": true, "否": false,
    ]

    static func column(for header: String) -> String? {
        let h = header.trimmingSpaces
        for (k, names) in headerNames where names.contains(where: { $0.lowercased() == h.lowercased() }) { return k }
        return nil
    }

    static let genders: [String: Gender] = [
        "male": .male, "m": .male, "男": .male, "female": .female, "f": .female,
        "女": .female,
        "unspecified": .unspecified, "": .unspecified,
    ]

    /// Columns of free text: the only ones that may hold line breaks and tabs.
    static let freeTextColumns = ["address", "note", "statusReason"]

    /// The longest value a member field may hold (as on the command line).
    public static let maxFieldBytes = 500

    // Long: the import's phases (read, check, commit, report) share the file's checksum and the lock.
    /// Imports in two passes over the file, never holding it whole: the first checks every
    /// row (a dry run stops there); the second, under the lock, checks each row again against
    /// what is stored now and writes it. The transaction stages what it writes on disk as it
    /// grows (`Transaction+Spill`), so memory does not grow with the file, and the commit is
    /// still all or nothing. A file changed between the passes is refused.
    ///
    /// `ledger`: the movements exported by `cs export ledger`; then they are imported as they
    /// are (ids, receipts, times) instead of opening entries, and each member's points and
    /// balance must equal what its ledger adds up to.
    public func importMembers(
        from input: CSVInput, ledger ledgerBytes: [UInt8]? = nil, dryRun: Bool,
        progress: ((ImportProgress) -> Void)? = nil
    ) throws -> ImportReport {
        let total: Int64? =
            switch input {
            case .file(let path): FileSystem.size(path).map(Int64.init)
            case .bytes(let bytes): Int64(bytes.count)
            }
        var stream = try CSVStream(input)
        defer { stream.close() }
        guard let header = try MemberDesk.nextRow(&stream) else {
            throw MemberError.importRejected([PlacedImportProblem(.file, .empty)])
        }
        let reader = try MemberRowReader(header: header, withLedger: ledgerBytes != nil, clock: clock)

        let first = try checkRows(
            &stream, reader: reader, keepRows: ledgerBytes != nil, total: total,
            progress: progress)
        var report = first.report
        if let ledgerBytes {
            return try importWithLedger(
                first.parsed.map(\.member), lines: first.lines,
                csvFigures: first.parsed.map { ($0.points, $0.balance) },
                ledger: ledgerBytes, dryRun: dryRun)
        }
        if dryRun { return report }
        let checked = (bytes: stream.bytesRead, fingerprint: stream.fingerprint)
        stream.close()
        var errors = [PlacedImportProblem]()

        try change("import") { txn in
            var again = try CSVStream(input)
            defer { again.close() }
            _ = try MemberDesk.nextRow(&again)  // the header, read in the first pass
            txn.expectedRecords = report.members * 6
            // Another clerk may have registered a card or phone since the first pass.
            let now = try takenCardsAndPhones()
            var seen = MemberRowReader.Seen(cards: now.cards, phones: now.phones)
            // Never minted: a card stored (then or now), or one a later row of the file asks
            // for (kept only when some row has no card: a million cards is 30 MB).
            var cards = first.unnumbered > 0 ? now.cards.union(first.fileCards) : []
            var rows = 0
            while let row = try MemberDesk.nextRow(&again) {
                rows += 1
                if rows % 512 == 0 {
                    progress?(ImportProgress(phase: .importing, rows: rows, bytes: again.bytesRead, totalBytes: total))
                }
                guard var r = reader.member(row, seen: &seen, errors: &errors, remember: false), errors.isEmpty else {
                    continue
                }
                if r.member.card == "?" {
                    let number = try mintCard(&txn, taken: cards)
                    cards.insert(number)
                    r.member.card = number
                    r.member.account = number
                }
                try write(r.member, points: r.points, balance: r.balance, in: &txn)
            }
            guard again.bytesRead == checked.bytes, again.fingerprint == checked.fingerprint else {
                throw MemberError.importRejected([PlacedImportProblem(.file, .fileChanged)])
            }
            guard errors.isEmpty else { throw MemberError.importRejected(errors) }
            progress?(ImportProgress(phase: .committing, rows: report.members, bytes: checked.bytes, totalBytes: total))
        }
        report.committed = true
        return report
    }

    /// The first pass: every row checked against what is stored and the rows before it.
    /// Its sets of a million cards and phones go when it returns, before the second pass
    /// makes its own.
    func checkRows(
        _ stream: inout CSVStream, reader: MemberRowReader, keepRows: Bool, total: Int64?,
        progress: ((ImportProgress) -> Void)?
    ) throws
        -> (
            report: ImportReport, parsed: [(member: Member, points: Int64, balance: Money)], lines: [Int],
            fileCards: Set<String>, unnumbered: Int
        )
    {
        // Cards and phones already taken: checked here so that a dry run reports them, and
        // again under the lock in the second pass, where the decision to write is made.
        let taken = try takenCardsAndPhones()
        var seen = MemberRowReader.Seen(cards: taken.cards, phones: taken.phones)
        var unnumbered = 0
        var errors = [PlacedImportProblem]()
        var report = ImportReport()
        var parsed = [(member: Member, points: Int64, balance: Money)]()
        var lines = [Int]()
        var rows = 0
        while let row = try MemberDesk.nextRow(&stream) {
            rows += 1
            if rows % 512 == 0 {
                progress?(ImportProgress(phase: .checking, rows: rows, bytes: stream.bytesRead, totalBytes: total))
            }
            guard let r = reader.member(row, seen: &seen, errors: &errors) else { continue }
            if r.member.card == "?" { unnumbered += 1 }
            report.members += 1
            report.openingPoints += r.points
            report.openingBalance = report.openingBalance + r.balance
            if keepRows {
                parsed.append(r)
                lines.append(row.line)
            }
        }
        guard errors.isEmpty else { throw MemberError.importRejected(errors) }
        // The cards stored and the file's own: never minted for a row without one.
        return (report, parsed, lines, unnumbered > 0 ? seen.cards : [], unnumbered)
    }

    /// The bytes of an import already in memory.
    public func importMembers(csv bytes: [UInt8], ledger: [UInt8]? = nil, dryRun: Bool) throws -> ImportReport {
        try importMembers(from: .bytes(bytes), ledger: ledger, dryRun: dryRun)
    }

    /// One imported member and its opening entry (a new account: the entry is its first).
    func write(_ member: Member, points: Int64, balance: Money, in txn: inout Transaction) throws {
        var m = member
        if points != 0 || balance != .zero {
            let entry = LedgerEntry(
                id: "\(m.account).\(config.deskID)-1", card: m.card, account: m.account,
                kind: .opening, points: points, amount: balance, receipt: nil, clerk: clerk,
                at: clock.now,
                expiresOn: points > 0
                    ? clock.today.adding(months: config.int(.pointsExpireMonths))
                    : nil,
                reason: "opening balance from import")
            try post(entry, action: "import", in: &txn, newAccount: true)
            m.points = points
            m.balance = balance
        }
        try txn.insert(m, action: "import")
    }

    /// The next row, a file that is not CSV refused as the import's problem.
    static func nextRow(_ stream: inout CSVStream) throws -> CSVReader.Row? {
        do { return try stream.next() } catch let failure as CSVReader.Failure {
            switch failure {
            case .invalidUTF8: throw MemberError.importRejected([PlacedImportProblem(.file, .notUTF8)])
            case .unterminatedQuote(let l):
                throw MemberError.importRejected([PlacedImportProblem(.line(l), .unterminatedQuote)])
            }
        }
    }

    /// The cards of every member and the phones of current members, as stored now. A damaged
    /// member line stops an import: it might hold a card or phone the import would duplicate.
    func takenCardsAndPhones() throws -> (cards: Set<String>, phones: Set<String>) {
        var cards = Set<String>()
        var phones = Set<String>()
        let problems = try store.forEachShard(Member.self) { members in
            for m in members {
                cards.insert(m.card)
                if m.isCurrent { phones.insert(m.phone) }
            }
        }
        if let p = problems.first { throw StoreError.corrupt(path: p.path, line: p.line, reason: p.reason) }
        return (cards, phones)
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
