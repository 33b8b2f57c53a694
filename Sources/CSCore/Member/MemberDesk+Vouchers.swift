/// The yearly voucher run (1 December) and the vouchers' use at the till.
extension MemberDesk {
    /// The seed's last day of a voucher issued in `year`: 15 January after it.
    public static func voucherLastDay(issuedIn year: Int) -> Day {
        Day(year: year + 1, month: 1, day: 15) ?? Day(ordinal: 0)
    }

    public struct VoucherRun: Sendable {
        public var issued: [Voucher] = []
        /// Members who already had this year's voucher (a second run issues nothing twice).
        public var alreadyIssued = 0
        /// Active members whose points make less than the smallest voucher.
        public var tooFewPoints = 0
    }

    /// Every active member's points, up to the largest voucher, turned into this year's
    /// voucher: one transaction, each member once a year.
    public func issueYearlyVouchers() throws -> VoucherRun {
        let perYuan = Int64(config.int(.voucherPointsPerYuan))
        let lo = Int64(config.int(.voucherMinYuan))
        let hi = Int64(config.int(.voucherMaxYuan))
        let today = clock.today
        return try change("vouchers issue") { txn in
            var run = VoucherRun()
            let members = try txn.store.scan(Member.self).records.filter { $0.status == .active }
            for m in members.sorted(by: { $0.card < $1.card }) {
                if try txn.has(Voucher.self, id: Voucher.id(account: m.account, year: today.year)) {
                    run.alreadyIssued += 1
                    continue
                }
                let available = try account(of: m.account, in: txn).available(asOf: today)
                let yuan = min(hi, available / perYuan)
                guard yuan >= lo else {
                    run.tooFewPoints += 1
                    continue
                }
                let id = Voucher.id(account: m.account, year: today.year)
                let entry = try newEntry(
                    &txn, m, .redeem, points: -yuan * perYuan, amount: .zero, item: "voucher \(yuan) yuan (\(id))")
                _ = try post(&txn, m, entry, action: "voucher")
                let v = Voucher(
                    member: m, year: today.year, yuan: yuan, points: yuan * perYuan, issuedOn: today,
                    validUntil: MemberDesk.voucherLastDay(issuedIn: today.year), entry: entry.id)
                try txn.put(v, action: "issue")
                run.issued.append(v)
            }
            return run
        }
    }

    /// Used once, against the receipt it paid, on or before its last day.
    public func useVoucher(_ typed: String, receipt: String) throws -> Voucher {
        let id = RecordID.normalized(typed)
        let key = try MemberDesk.receiptKey(receipt)
        return try change("vouchers use") { txn in
            guard var v = try txn.get(Voucher.self, id: id) else { throw VoucherError.notFound(id) }
            switch v.status(on: clock.today) {
            case .used: throw VoucherError.alreadyUsed(id: id, receipt: v.receipt ?? "")
            case .expired: throw VoucherError.expired(id: id, validUntil: v.validUntil)
            case .issued: break
            }
            v.usedAt = clock.now
            v.receipt = key
            v.usedBy = clerk
            try txn.put(v, action: "use")
            return v
        }
    }

    /// The vouchers of a year, by card; `status` as of today.
    public func vouchers(year: Int?, status: VoucherStatus?) throws -> ScanResult<Voucher> {
        var r = try store.scan(Voucher.self)
        let today = clock.today
        r.records = r.records.filter { v in
            (year.map { v.issuedOn.year == $0 } ?? true) && (status.map { v.status(on: today) == $0 } ?? true)
        }
        .sorted { ($0.issuedOn, $0.card) < ($1.issuedOn, $1.card) }
        return r
    }
}
