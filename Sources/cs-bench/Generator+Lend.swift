import CSCore

/// Loans for the lending rows: as many as members, over three years, almost all long back;
/// the last day's still out, some past due — a register after years of umbrellas and chairs.
extension Generator {
    static let poolItems = ["雨伞", "充电宝", "老花镜", "针线包"]

    mutating func loans(into txn: inout Transaction, count: Int) throws {
        for item in Generator.poolItems {
            try txn.insert(
                LendPool(id: item, total: Int64(max(count / 100, 50)), at: now.adding(seconds: -3 * 365 * 86_400)),
                action: "stock add")
        }
        let chairs = 50
        for n in 1...chairs {
            try txn.insert(
                LendAsset(id: "W\(n)", item: "轮椅", addedAt: now.adding(seconds: -3 * 365 * 86_400), addedBy: "bench"),
                action: "stock add")
        }
        var chairOut = Set<Int>()
        for i in 0..<count {
            // The newest loans last: the final few hundred are today's, some still out.
            let secondsAgo = Int64(count - i) * Int64(3 * 365 * 86_400) / Int64(count) + Int64(rng.int(0...600))
            let lentAt = now.adding(seconds: -secondsAgo)
            let chair = rng.int(0...9) == 0 ? rng.int(1...chairs) : nil
            let item = chair == nil ? Generator.poolItems[rng.int(0...(Generator.poolItems.count - 1))] : "轮椅"
            let cash = rng.int(0...2) != 0
            var loan = Loan(
                id: "B01-\(i + 1)", item: item, asset: chair.map { "W\($0)" }, borrower: name(),
                phone: Generator.phone(i),
                deposit: cash ? Money(yuan: chair == nil ? 50 : 200) : nil,
                depositIdNumber: cash ? nil : "11010119900101\(1000 + i % 9000)", lentAt: lentAt, lentBy: "bench",
                due: lentAt.adding(seconds: 8 * 3600))
            let stillOut = secondsAgo < 86_400 && rng.int(0...2) == 0 && !(chair.map(chairOut.contains) ?? false)
            if stillOut {
                if let c = chair { chairOut.insert(c) }
            } else {
                loan.status = rng.int(0...199) == 0 ? .lost : .returned
                loan.closedAt = lentAt.adding(seconds: Int64(rng.int(600...30_000)))
                loan.closedBy = "bench"
                loan.kept = loan.deposit.map {
                    loan.status == .lost ? $0 : (rng.int(0...49) == 0 ? Money(yuan: 10) : .zero)
                }
                if loan.status == .lost {
                    loan.writeOffReason = "丢失"
                    loan.supervisor = "主管1"
                }
            }
            try txn.insert(loan, action: "out")
        }
        try txn.advanceSequence("loans", to: Int64(count))
    }
}
