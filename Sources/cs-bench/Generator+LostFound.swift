import CSCore

/// Lost items for the lost-and-found rows: as many as members, registered over three years,
/// most long since claimed or disposed, the recent ones held at the desk, the safe, the center
/// or general affairs — the shape a desk's register has after years of use.
extension Generator {
    static let items = [
        "黑色雨伞", "手机", "钱包", "钥匙", "Umbrella", "iPhone", "围巾", "眼镜", "充电宝", "水杯", "外套",
        "帽子", "耳机", "手表", "身份证", "Scarf", "Sunglasses", "背包",
    ]
    static let colors = ["黑色", "白色", "红色", "蓝色", "灰色", "棕色", "black", "red", "silver"]
    static let places = (1...30).map { "\($0)号包厢" } + ["大堂", "洗手间", "停车场", "吧台", "lobby"]

    mutating func lostItems(into txn: inout Transaction, count: Int, valuables: [String]) throws {
        for i in 0..<count {
            let daysAgo = rng.int(0...1100)
            let found = now.adding(seconds: -Int64(daysAgo) * 86_400 - Int64(rng.int(0...40_000)))
            let what = Generator.items[rng.int(0...(Generator.items.count - 1))]
            let valuable = valuables.contains { what.lowercased().contains($0) }
            var item = LostItem(
                id: "L01-\(i + 1)", item: what,
                color: rng.int(0...3) == 0
                    ? nil
                    : Generator.colors[rng.int(0...(Generator.colors.count - 1))],
                place: Generator.places[rng.int(0...(Generator.places.count - 1))],
                description: rng.int(0...2) == 0 ? "贴有标签 \(rng.int(100...999))" : nil,
                valuable: valuable, foundAt: found, handedInBy: "服务员\(rng.int(1...40))",
                supervisor: "主管\(rng.int(1...6))", registeredAt: found.adding(seconds: 600),
                registeredBy: "bench", photo: nil)
            func move(_ to: Custody, after seconds: Int64, _ cause: MoveCause) {
                item.moves.append(
                    CustodyMove(
                        at: found.adding(seconds: seconds), from: item.custody, to: to,
                        handedOverBy: "bench", receivedBy: "bench", cause: cause))
                item.custody = to
            }
            if daysAgo >= 1, item.custody == .desk { move(.center, after: 43_200, .dayEnd) }
            let fate = rng.int(0...99)
            if daysAgo >= 3 && fate >= 5 {
                if fate < 70 {
                    item.claim = Claim(
                        at: found.adding(seconds: 7_200), claimant: name(), phone: Generator.phone(i),
                        idNumber: "11010119900101\(1000 + i % 9000)", described: "就是它",
                        supervisor: "主管1", clerk: "bench")
                    item.status = .claimed
                } else {
                    move(.generalAffairs, after: 3 * 86_400, .unclaimed)
                    item.status = .disposed
                    item.disposedAt = found.adding(seconds: 30 * 86_400)
                    item.disposedHow = [Disposal.returned, .police, .donated, .discarded][rng.int(0...3)]
                    item.disposedBy = "bench"
                }
            } else if daysAgo >= 3 {
                move(.generalAffairs, after: 3 * 86_400, .unclaimed)
            }
            try txn.insert(item, action: "add")
        }
        try txn.advanceSequence("lostfound", to: Int64(count))
    }
}
