/// The lost-and-found desk (客遗物): registration, the chain of custody, claims and disposal.
/// Every check that decides a change is made under the lock, inside its transaction.
public struct LostFoundDesk: DeskRules {
    public static let commandPrefix = "lostfound"
    public let context: DeskContext

    public init(_ context: DeskContext) { self.context = context }

    /// What the 《遗留物品登记表》 asks for.
    public struct Registration: Sendable {
        public var item: String
        public var color: String?
        public var place: String
        public var description: String?
        public var handedInBy: String
        public var supervisor: String
        /// Set by the clerk; an item whose name holds one of `lostfound.valuables` is one anyway.
        public var valuable: Bool
        public var foundAt: Instant?
        public var photo: Photo?

        public init(
            item: String, color: String?, place: String, description: String?, handedInBy: String,
            supervisor: String, valuable: Bool, foundAt: Instant?, photo: Photo?
        ) {
            self.item = item
            self.color = color
            self.place = place
            self.description = description
            self.handedInBy = handedInBy
            self.supervisor = supervisor
            self.valuable = valuable
            self.foundAt = foundAt
            self.photo = photo
        }
    }

    /// Whether the configured valuable words make `item` a valuable.
    public func isValuable(_ item: String) -> Bool {
        let name = item.lowercased()
        return config.valuableWords.contains { name.contains($0) }
    }

    /// Registers the item at the desk, or in the safe when it is a valuable; the id is the desk
    /// and a sequence (`L01-7`), short enough to write on the tag.
    public func add(_ r: Registration) throws -> LostItem {
        let now = clock.now
        let foundAt = r.foundAt ?? now
        guard foundAt <= now else { throw LostFoundError.foundInFuture(foundAt.iso) }
        return try change("add") { txn in
            let photo = try r.photo.map { p in try store.keepPhoto(p) }
            let id = "L\(config.deskID)-\(try txn.nextNumber("lostfound"))"
            let item = LostItem(
                id: id, item: r.item, color: r.color, place: r.place, description: r.description,
                valuable: r.valuable || isValuable(r.item), foundAt: foundAt, handedInBy: r.handedInBy,
                supervisor: r.supervisor, registeredAt: now, registeredBy: clerk, photo: photo)
            try txn.put(item, action: "add")
            return item
        }
    }

    /// A thing another desk held that nobody came for (left luggage): numbered as every item is,
    /// inside that desk's transaction, with the custody it already had — the chain continues.
    public func adopt(in txn: inout Transaction, _ make: (_ id: String) -> LostItem) throws -> LostItem {
        let item = make("L\(config.deskID)-\(try txn.nextNumber("lostfound"))")
        try txn.put(item, action: "add")
        return item
    }

    public func show(_ id: String) throws -> LostItem {
        guard let item = try store.get(LostItem.self, id: RecordID.normalized(id)) else {
            throw LostFoundError.notFound(id)
        }
        return item
    }

    func held(_ id: String, in txn: Transaction) throws -> LostItem {
        guard let item = try txn.get(LostItem.self, id: RecordID.normalized(id)) else {
            throw LostFoundError.notFound(id)
        }
        switch item.status {
        case .held: return item
        case .claimed: throw LostFoundError.closed(id: item.id, status: .claimed, at: item.claim?.at ?? item.since)
        case .disposed: throw LostFoundError.closed(id: item.id, status: .disposed, at: item.disposedAt ?? item.since)
        }
    }

    /// A hand-over recorded by hand (to the safe, back to the desk for a claimant, to general
    /// affairs early): who received it signs.
    public func move(_ id: String, to: Custody, receivedBy: String, reason: String?) throws -> LostItem {
        try change("move") { txn in
            var item = try held(id, in: txn)
            guard item.custody != to else { throw LostFoundError.alreadyThere(id: item.id, custody: to) }
            item.moves.append(
                CustodyMove(
                    at: clock.now, from: item.custody, to: to, handedOverBy: clerk,
                    receivedBy: receivedBy, cause: .byHand, reason: reason))
            item.custody = to
            try txn.put(item, action: "move")
            return item
        }
    }

    /// What a claim records: the claimant described the item and showed ID with the
    /// supervisor present.
    public struct ClaimForm: Sendable {
        public var claimant: String
        public var phone: String
        public var idNumber: String
        public var described: String
        public var supervisor: String

        public init(claimant: String, phone: String, idNumber: String, described: String, supervisor: String) {
            self.claimant = claimant
            self.phone = phone
            self.idNumber = idNumber
            self.described = described
            self.supervisor = supervisor
        }
    }

    /// The owner takes the item; once. The phone is normalised, the ID number checked.
    public func claim(_ id: String, _ form: ClaimForm) throws -> LostItem {
        guard let phone = Phone(form.phone) else {
            throw FieldError.invalid(.phone, value: form.phone, accepted: .phone)
        }
        let idNumber = form.idNumber.trimmingSpaces.uppercased()
        guard IDNumber.isValid(idNumber) else {
            throw FieldError.invalid(.idNumber, value: IDNumber.masked(idNumber), accepted: .idNumber)
        }
        return try change("claim") { txn in
            var item = try held(id, in: txn)
            item.claim = Claim(
                at: clock.now, claimant: form.claimant, phone: phone.digits, idNumber: idNumber,
                described: form.described, supervisor: form.supervisor, clerk: clerk)
            item.status = .claimed
            try txn.put(item, action: "claim")
            return item
        }
    }

    /// What general affairs finally did with an unclaimed item in its keeping.
    public func dispose(_ id: String, how: Disposal, note: String?) throws -> LostItem {
        try change("dispose") { txn in
            var item = try held(id, in: txn)
            guard item.custody == .generalAffairs else {
                throw LostFoundError.notWithGeneralAffairs(id: item.id, custody: item.custody)
            }
            item.status = .disposed
            item.disposedAt = clock.now
            item.disposedHow = how
            item.disposedBy = clerk
            item.disposalNote = note
            try txn.put(item, action: "dispose")
            return item
        }
    }

    public struct Filter: Sendable {
        public var search: String?
        public var status: LostItemStatus?
        public var custody: Custody?
        public var since: Day?
        public var valuable: Bool = false
        /// Only items a sweep would move or list as of now.
        public var due: Bool = false

        public init(
            search: String? = nil, status: LostItemStatus? = nil, custody: Custody? = nil, since: Day? = nil,
            valuable: Bool = false, due: Bool = false
        ) {
            self.search = search
            self.status = status
            self.custody = custody
            self.since = since
            self.valuable = valuable
            self.due = due
        }
    }

    /// Items registered, oldest first. `search` matches item, colour, place and description
    /// (Chinese substrings; Latin letters without case); only lines holding the text are parsed.
    public func list(_ f: Filter) throws -> ScanResult<LostItem> {
        let needle = f.search?.lowercased()
        let caseless = needle.map { $0 == f.search && $0.uppercased() == $0 } ?? true
        let needleBytes = needle.map { Array($0.utf8) }
        let filter = needle.flatMap(FoldedNeedle.init).map { folded in
            { @Sendable (line: ArraySlice<UInt8>) -> Bool in folded.isIn(line) }
        }
        let since = f.since.map { Instant.startOf($0, offset: config.offset) }
        // Decided on every core, as each shard is decoded.
        var scan = try store.scan(LostItem.self, where: filter) { i in
            (needleBytes.map { i.matches($0, caseless: caseless) } ?? true) && (f.status.map { i.status == $0 } ?? true)
                && (f.custody.map { i.custody == $0 && i.status == .held } ?? true)
                && (since.map { i.registeredAt >= $0 } ?? true) && (!f.valuable || i.valuable)
        }
        let due =
            f.due
            ? Set(
                sweepPlan(
                    asOf: clock.now,
                    among: scan.records.filter { $0.status == .held }
                        .map(HeldItem.init)
                ).map(\.item.id)) : []
        let kept = f.due ? scan.records.filter { due.contains($0.id) } : scan.records
        // Keys computed once: comparing whole items (and re-reading their ids) dominated a
        // listing of thousands.
        let keys = kept.map { ($0.registeredAt.epochSeconds, $0.sequence) }
        scan.records = kept.indices.sorted { keys[$0] < keys[$1] }.map { kept[$0] }
        return scan
    }
}

extension LostItem {
    /// `needle` lowercased: in the item, colour, place or description. Text without case
    /// (Chinese) is compared as it is, without lowercasing four strings per item.
    func matches(_ needle: [UInt8], caseless: Bool) -> Bool {
        for text in [item, color, place, description] {
            guard let text else { continue }
            // Bytes, not Characters: UTF-8 substrings are substrings of the text.
            let hay = Array(caseless ? text.utf8 : text.lowercased().utf8)
            if LineFilter.find(hay[...], needle) != nil { return true }
        }
        return false
    }

    /// The number after the desk in the id, so `L01-10` sorts after `L01-9`.
    var sequence: Int { LostItem.sequence(id) }

    static func sequence(_ id: String) -> Int { Int(id.split(separator: "-").last ?? "") ?? 0 }
}
