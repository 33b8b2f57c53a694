/// `followup plan`: the call list built from rules — members not seen for N days (定期电话回访),
/// VIP members due the yearly visit (客户拜访), the hospital's discharge list (出院患者随访) — in
/// one transaction, each decided under the lock against the calls already listed, so a cron
/// run twice lists nobody twice.
extension FollowupDesk {
    public struct Rules: Sendable {
        public var lapsedDays: Int?
        public var visits: Bool
        /// A discharge list: CSV with name, phone, discharged and optionally ward, staff.
        public var discharged: [UInt8]?

        public init(lapsedDays: Int? = nil, visits: Bool = false, discharged: [UInt8]? = nil) {
            self.lapsedDays = lapsedDays
            self.visits = visits
            self.discharged = discharged
        }
    }

    public struct Plan: Sendable {
        public let made: [Followup]
        /// Already on the list (or called within the rule's window): not added again.
        public let skipped: Int
        public let dryRun: Bool
    }

    public func plan(_ rules: Rules, dryRun: Bool) throws -> Plan {
        let patients = try rules.discharged.map(dischargeList) ?? []
        if dryRun {
            let (forms, skipped) = try candidates(rules, patients: patients)
            let made = forms.map { Followup(id: "?", $0, createdAt: clock.now, createdBy: clerk) }
            return Plan(made: made, skipped: skipped, dryRun: true)
        }
        return try change("plan") { txn in
            // Decided under the lock: a plan run at the same moment waits, then sees these.
            let (forms, skipped) = try candidates(rules, patients: patients)
            var made = [Followup]()
            for form in forms { made.append(try make(form, in: &txn)) }
            return Plan(made: made, skipped: skipped, dryRun: false)
        }
    }

    /// Who the rules would list, and how many they leave out as already listed.
    func candidates(_ rules: Rules, patients: [Followup.Form]) throws -> ([Followup.Form], Int) {
        let known = try store.scan(Followup.self).records
        var skipped = 0
        var forms = [Followup.Form]()
        // The current members, read once for both member rules, in card order.
        let members =
            rules.lapsedDays != nil || rules.visits
            ? try store.scan(Member.self).records.filter(\.isCurrent).sorted { $0.card < $1.card } : []
        if let days = rules.lapsedDays {
            forms += try lapsed(days: days, members: members, known: known, skipped: &skipped)
        }
        if rules.visits { forms += visitsDue(members: members, known: known, skipped: &skipped) }
        for p in patients {
            let listed = known.contains {
                $0.source == .discharged && $0.phone == p.phone && $0.discharged == p.discharged
            }
            if listed || forms.contains(where: { $0.phone == p.phone && $0.source == .discharged }) {
                skipped += 1
            } else {
                forms.append(p)
            }
        }
        // One open call per phone, whichever rule lists it (a VIP just discharged is called once).
        var listed = Set(known.filter { $0.status == .open }.map(\.phone))
        let unique = forms.filter { listed.insert($0.phone).inserted }
        return (unique, skipped + forms.count - unique.count)
    }

    /// Current members whose account last moved (or who joined) `days` or more days ago, and
    /// who have not been on the list for it within those days.
    func lapsed(days: Int, members: [Member], known: [Followup], skipped: inout Int) throws -> [Followup.Form] {
        let today = clock.today
        let cutoff = today.adding(days: -days)
        let since = Instant.startOf(cutoff, offset: clock.now.offset)
        var lastSeen = [String: Instant]()
        for s in try store.scan(AccountSummary.self).records { lastSeen[s.id] = s.throughAt }
        let recent = Set(known.filter { $0.createdAt >= since || $0.status == .open }.map(\.phone))
        var forms = [Followup.Form]()
        for m in members {
            guard (lastSeen[m.account] ?? m.joinedAt).day <= cutoff else { continue }
            if recent.contains(m.phone) {
                skipped += 1
                continue
            }
            forms.append(
                Followup.Form(
                    source: .lapsed, name: m.name, phone: m.phone, card: m.card,
                    due: today))
        }
        return forms
    }

    /// Members of `followup.visitTier` or above without a visit listed in the last year.
    func visitsDue(members: [Member], known: [Followup], skipped: inout Int) -> [Followup.Form] {
        let today = clock.today
        let tier = Tier(rawValue: config.string(.followupVisitTier)) ?? .gold
        let since = Instant.startOf(today.adding(years: -1), offset: clock.now.offset)
        let visited = Set(
            known.filter { $0.source == .visit && ($0.createdAt >= since || $0.status == .open) }.compactMap(\.card))
        var forms = [Followup.Form]()
        for m in members where m.tier >= tier {
            if visited.contains(m.card) {
                skipped += 1
                continue
            }
            forms.append(
                Followup.Form(
                    source: .visit, name: m.name, phone: m.phone, card: m.card, reason: m.tier.rawValue, due: today))
        }
        return forms
    }
}
