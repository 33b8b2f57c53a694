/// The left-luggage desk (寄存): a bag in against a numbered tag (a seal on it when one is put
/// on), out to whoever brings the tag back (and the seal's number), and after the set days
/// uncollected, to lost and found with its custody so far. Every check that decides a change
/// is made under the lock, inside its transaction.
public struct KeepDesk: DeskRules {
    public static let commandPrefix = "keep"
    public let context: DeskContext

    public init(_ context: DeskContext) { self.context = context }

    public struct Form: Sendable {
        public var tag: String
        public var what: String
        public var seal: String?
        public var phone: String
        public var name: String?

        public init(tag: String, what: String, seal: String?, phone: String, name: String?) {
            self.tag = tag
            self.what = what
            self.seal = seal
            self.phone = phone
            self.name = name
        }
    }

    /// Takes a bag in. The tag must be one of `keep.tags` and not on another bag.
    public func checkIn(_ form: Form) throws -> Bag {
        guard let phone = Phone(form.phone) else {
            throw FieldError.invalid(.phone, value: form.phone, accepted: .phone)
        }
        let tag = RecordID.normalized(form.tag)
        let tags = config.keepTags
        guard tags.contains(tag) else {
            throw KeepError.unknownTag(tag: form.tag, tags: config.words(.keepTags).joined(separator: ","))
        }
        return try change("in") { txn in
            if let used = try txn.get(TagInUse.self, id: tag) {
                throw KeepError.tagInUse(tag: tag, bag: used.bag, since: used.inAt)
            }
            let bag = Bag(
                id: "K\(config.deskID)-\(try txn.nextNumber("bags"))", tag: tag, what: form.what,
                seal: form.seal.map(RecordID.normalized), phone: phone.digits, name: form.name, inAt: clock.now,
                inBy: clerk)
            try txn.put(bag, action: "in")
            return bag
        }
    }

    /// The bag a tag (17) or an id (K01-7) names; a tag names the bag on it now. One lookup for a
    /// change (the transaction's view) and for `show` (the store's).
    func bag(_ ref: String, tag: (String) throws -> TagInUse?, id: (String) throws -> Bag?) throws -> Bag {
        let key = RecordID.normalized(ref)
        if let used = try tag(key), let bag = try id(used.bag) { return bag }
        guard let bag = try id(key) else { throw KeepError.notFound(ref) }
        return bag
    }

    func bag(_ ref: String, in txn: Transaction) throws -> Bag {
        try bag(ref, tag: { try txn.get(TagInUse.self, id: $0) }, id: { try txn.get(Bag.self, id: $0) })
    }

    /// Hands the bag back. A sealed bag goes out only against its seal's number.
    public func checkOut(_ ref: String, seal: String?) throws -> Bag {
        try change("out") { txn in
            var bag = try bag(ref, in: txn)
            guard bag.status == .kept else {
                throw KeepError.bagClosed(id: bag.id, status: bag.status, at: bag.closedAt ?? bag.inAt)
            }
            if let sealed = bag.seal {
                guard let given = seal else { throw KeepError.sealMissing(id: bag.id) }
                guard RecordID.normalized(given) == sealed else { throw KeepError.sealWrong(id: bag.id, given: given) }
            }
            bag.status = .collected
            bag.closedAt = clock.now
            bag.closedBy = clerk
            try txn.put(bag, action: "out")
            return bag
        }
    }

    public func show(_ ref: String) throws -> Bag {
        try bag(ref, tag: { try store.get(TagInUse.self, id: $0) }, id: { try store.get(Bag.self, id: $0) })
    }

    /// Bags in the order taken in; `kept` only those still here.
    public func list(status: BagStatus?) throws -> ScanResult<Bag> {
        var scan = try store.scan(Bag.self)
        scan.records = scan.records.filter { b in status.map { b.status == $0 } ?? true }
            .inRegisterOrder { $0.inAt }
        return scan
    }

    /// The bags still kept, from the tags index, oldest first.
    public func kept() throws -> [TagInUse] {
        try store.scan(TagInUse.self).records.sorted { ($0.inAt, $0.id) < ($1.inAt, $1.id) }
    }

    /// When a bag taken in at `inAt` is due to lost and found.
    public func dueAt(_ inAt: Instant) -> Instant { inAt.adding(seconds: Int64(config.int(.keepDays)) * 86_400) }

    /// Closing time on the day the bag came in: after it, an uncollected bag is on the board.
    public func closing(after inAt: Instant) -> Instant {
        let c = Instant.startOf(inAt.day, offset: inAt.offset).adding(seconds: Int64(config.keepClosingSeconds))
        return c > inAt ? c : c.adding(seconds: 86_400)
    }
}
