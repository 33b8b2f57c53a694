/// Uncollected bags to lost and found: each becomes a lost item in one transaction, its chain
/// of custody continued from the check-in (the owner handed it to the desk), not restarted.
extension KeepDesk {
    public struct Sweep: Sendable {
        public let due: [TagInUse]
        /// The lost items made, when applied.
        public let moved: [LostItem]
        public var applied: Bool { !moved.isEmpty }
    }

    public func sweep(applyReceivedBy receivedBy: String?) throws -> Sweep {
        let now = clock.now
        let due = try kept().filter { dueAt($0.inAt) <= now }
        guard let receivedBy, !due.isEmpty else { return Sweep(due: due, moved: []) }
        let lostFound = LostFoundDesk(context)
        let moved = try change("sweep") { txn in
            var made = [LostItem]()
            // Decided again under the lock: a bag collected meanwhile stays collected.
            for entry in try txn.store.scan(TagInUse.self).records where dueAt(entry.inAt) <= now {
                guard var bag = try txn.get(Bag.self, id: entry.bag), bag.status == .kept else { continue }
                let item = try lostFound.adopt(in: &txn) { id in lostItem(id, from: bag, receivedBy: receivedBy) }
                bag.status = .lostFound
                bag.closedAt = now
                bag.closedBy = clerk
                bag.lostItem = item.id
                try txn.put(bag, action: "sweep")
                made.append(item)
            }
            return made
        }
        return Sweep(due: due, moved: moved)
    }

    /// The lost item a bag becomes: found where it was kept when it was left, its first hand-over
    /// the owner's to the clerk who took it in, its second the desk's to the receiver now.
    func lostItem(_ id: String, from bag: Bag, receivedBy: String) -> LostItem {
        let now = clock.now
        let owner = bag.name.map { "\($0) \(bag.phone)" } ?? bag.phone
        // Facts, not sentences: the place is the desk and tag (`keep 17`), each move names the bag.
        var item = LostItem(
            id: id, item: bag.what, color: nil, place: "keep \(bag.tag)", description: bag.seal.map { "seal \($0)" },
            valuable: false, foundAt: now, handedInBy: owner, supervisor: receivedBy, registeredAt: now,
            registeredBy: clerk, photo: nil)
        item.moves = [
            CustodyMove(
                at: bag.inAt, from: nil, to: .desk, handedOverBy: owner, receivedBy: bag.inBy, cause: .registered,
                reason: bag.id),
            CustodyMove(
                at: now, from: .desk, to: .center, handedOverBy: clerk, receivedBy: receivedBy, cause: .unclaimed,
                reason: bag.id),
        ]
        item.custody = .center
        return item
    }
}
