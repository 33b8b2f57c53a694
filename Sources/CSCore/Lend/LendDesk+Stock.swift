/// What the desk has to lend: numbered things added by their numbers, pools by a count.
extension LendDesk {
    /// The numbers `--ids` names (`NumberList`), or the refusal naming what was typed.
    public static func assetIDs(_ spec: String) throws -> [String] {
        guard let ids = NumberList.expand(spec) else { throw LendError.badIDs(spec) }
        return ids
    }

    /// Adds numbered things; a number already in stock is refused, naming what it is.
    public func addAssets(item: String, ids: [String]) throws -> [LendAsset] {
        let item = item.trimmingSpaces
        return try change("stock add") { txn in
            if try txn.get(LendPool.self, id: item) != nil { throw LendError.kindMismatch(item) }
            var added = [LendAsset]()
            for id in ids {
                if let existing = try txn.get(LendAsset.self, id: id) {
                    throw LendError.assetExists(asset: id, item: existing.item)
                }
                let asset = LendAsset(id: id, item: item, addedAt: clock.now, addedBy: clerk)
                try txn.put(asset, action: "stock add")
                added.append(asset)
            }
            return added
        }
    }

    /// Adds `count` to a pool (a new pool, or more of one).
    public func addToPool(item: String, count: Int64) throws -> LendPool {
        let item = item.trimmingSpaces
        return try change("stock add") { txn in
            if try txn.store.scan(LendAsset.self).records.contains(where: { $0.item == item }) {
                throw LendError.kindMismatch(item)
            }
            var pool = try txn.get(LendPool.self, id: item) ?? LendPool(id: item, total: 0, at: clock.now)
            pool.total += count
            pool.updatedAt = clock.now
            try txn.put(pool, action: "stock add")
            return pool
        }
    }

    /// One line of `stock list`: what there is of an item, what is out and what is in.
    public struct StockLine: Sendable, Equatable {
        public let item: String
        public let numbered: Bool
        public let total: Int
        public let out: Int
        public let writtenOff: Int
        /// The numbers in (numbered things), in number order.
        public let inNumbers: [String]
        public let outNumbers: [String]
        public var available: Int { total - out }
    }

    public func stock() throws -> [StockLine] {
        let out = try store.scan(OutLoan.self).records
        var lines = [StockLine]()
        let assets = try store.scan(LendAsset.self).records.sorted { NumberList.precedes($0.id, $1.id) }
        let busy = Set(out.compactMap(\.asset))
        var names = [String]()
        for a in assets where !names.contains(a.item) { names.append(a.item) }
        for name in names {
            let own = assets.filter { $0.item == name }
            let active = own.filter { $0.retiredAt == nil }
            lines.append(
                StockLine(
                    item: name, numbered: true, total: active.count, out: active.filter { busy.contains($0.id) }.count,
                    writtenOff: own.count - active.count,
                    inNumbers: active.filter { !busy.contains($0.id) }.map(\.id),
                    outNumbers: active.filter { busy.contains($0.id) }.map(\.id)))
        }
        for pool in try store.scan(LendPool.self).records.sorted(by: { $0.addedAt < $1.addedAt }) {
            let lent = out.filter { $0.asset == nil && $0.item == pool.id }.count
            lines.append(
                StockLine(
                    item: pool.id, numbered: false, total: Int(pool.total), out: lent, writtenOff: Int(pool.writtenOff),
                    inNumbers: [], outNumbers: []))
        }
        return lines
    }
}
