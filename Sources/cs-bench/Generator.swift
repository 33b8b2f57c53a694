import CSCore

/// Deterministic desk data: members with Chinese and Latin names, phones, birthdays spread
/// over the year, a year of ledger entries, this month's birthday gifts and as many lost items. Written through
/// the core's own transaction (`Transaction.insert`, indexes, journal), so the directory is
/// exactly what `cs member import` and the desk commands would have written.
struct Generator {
    let members: Int
    let root: String
    let now: Instant
    var rng: SeededRandom

    static let surnames = Array(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    ).map(String.init)
    static let given = Array("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红鹏宇浩然子轩欣怡梓涵一诺思远").map(String.init)
    static let first = [
        "Alice", "Bob", "Carol", "David", "Emma", "Frank", "Grace", "Henry", "Ivy", "Jack", "Kate",
        "Leo", "Mia", "Nora", "Oscar", "Paul", "Quinn", "Rose", "Sam", "Tina",
    ]
    static let last = [
        "Chen", "Wang", "Smith", "Lee", "Brown", "Garcia", "Kim", "Nguyen", "Lopez", "Martin", "Zhang",
        "Lin", "Ho", "Wong",
    ]

    init(members: Int, root: String, now: Instant) {
        self.members = members
        self.root = root
        self.now = now
        rng = SeededRandom(seed: 0xC5_2026)
    }

    /// Card of member i (0-based): what the generator and the benchmark agree on.
    static func card(_ i: Int) -> String { CardNumber.make(prefix: "88", desk: "01", sequence: Int64(i + 1)) }
    static func phone(_ i: Int) -> String {
        let s = String(i)
        return "13" + String(repeating: "0", count: 9 - s.count) + s
    }

    mutating func name() -> String {
        if rng.int(0...9) < 7 {
            return Generator.surnames[rng.int(0...(Generator.surnames.count - 1))]
                + Generator.given[rng.int(0...(Generator.given.count - 1))]
                + (rng.int(0...1) == 0 ? Generator.given[rng.int(0...(Generator.given.count - 1))] : "")
        }
        return Generator.first[rng.int(0...(Generator.first.count - 1))] + " "
            + Generator.last[rng.int(0...(Generator.last.count - 1))]
    }

    // Long: every kind of row in one transaction, from one random stream: split, each part needs both.
    mutating func run() throws -> (members: Int, entries: Int, gifts: Int) {
        var config = Config(shards: members >= 500_000 ? "4096" : "256")
        try config.set(ConfigKey<String>.deskID.name, "01")
        var store = Store(root: root, lockTimeoutMilliseconds: 60_000)
        store.shards = config.shards
        let clock = Clock(now: now)
        try store.initialize(clock: clock, clerk: "bench", config: config)
        let today = clock.today
        let calendar = BirthdayCalendar(config: config)
        var entryCount = 0
        var giftCount = 0
        var this = self
        try store.change(clerk: "bench", command: "bench generate", clock: clock) { txn in
            for i in 0..<this.members {
                let card = Generator.card(i)
                let year = this.rng.int(1950...2008)
                let month = this.rng.int(1...12)
                let birthday = Day.clamped(
                    year: year, month: month, day: this.rng.int(1...Day.daysIn(month: month, year: year)))
                let joined = Instant.startOf(
                    today.adding(days: -this.rng.int(30...2000)),
                    offset: now.offset
                ).adding(seconds: Int64(this.rng.int(32_400...75_600)))
                var m = Member(
                    card: card, name: this.name(), phone: Generator.phone(i), birthday: birthday,
                    joinedAt: joined)
                m.gender = [Gender.male, .female, .unspecified][this.rng.int(0...2)]
                m.memberKind = this.rng.int(0...4) == 0 ? .storedValue : .regular
                m.tier = [Tier.regular, .regular, .regular, .silver, .silver, .gold, .diamond][this.rng.int(0...6)]
                if this.rng.int(0...3) == 0 { m.address = "上海市徐汇区漕溪北路\(this.rng.int(1...999))号" }
                var entries = [LedgerEntry]()
                func add(
                    _ kind: LedgerKind, _ points: Int64, _ amount: Money, _ receipt: String?, daysAgo: Int,
                    expires: Bool
                ) {
                    let at = now.adding(seconds: -Int64(daysAgo) * 86_400)
                    entries.append(
                        LedgerEntry(
                            id: "\(card).01-\(entries.count + 1)", card: card, account: card,
                            kind: kind, points: points,
                            amount: amount, receipt: receipt, clerk: "bench", at: at,
                            expiresOn: expires ? at.day.adding(years: 1) : nil))
                }
                if this.rng.int(0...2) == 0 {
                    add(
                        .opening, Int64(this.rng.int(0...2000)),
                        Money(yuan: Int64(this.rng.int(0...1) * this.rng.int(0...5000))), nil, daysAgo: 360,
                        expires: true)
                }
                for k in 0..<this.rng.int(0...2) {
                    let amount = Money(fen: Int64(this.rng.int(1_000...150_000)))
                    add(.earn, amount.fen / 100, amount, "R\(i)-\(k)", daysAgo: this.rng.int(1...350), expires: true)
                }
                if m.memberKind == .storedValue {
                    add(
                        .topup, 0, Money(yuan: Int64(this.rng.int(1...30) * 100)), nil,
                        daysAgo: this.rng.int(1...300), expires: false)
                }
                entries.sort(by: Account.order)
                let account = Account(entries: entries)
                m.points = account.points
                m.balance = account.balance
                m.totalSpend = account.totalSpend
                try txn.insert(m, action: "import")
                if let last = entries.last {
                    txn.putQuietly(AccountSummary(account: card, account, through: last, entries: entries.count))
                }
                for e in entries {
                    try txn.insert(e, action: "import")
                    if let r = e.receipt {
                        txn.putQuietly(ReceiptIndexEntry(use: "earn", receipt: r, entry: e.id, card: card))
                    }
                }
                entryCount += entries.count
                if birthday.month == today.month && this.rng.int(0...1) == 0 {
                    giftCount += 1
                    let forDate = calendar.date(of: birthday, in: today.year)
                    var g = Gift(
                        id: "G01-\(giftCount)", member: m, item: ["毛巾", "保温杯", "蛋糕券"][this.rng.int(0...2)],
                        forDate: forDate,
                        preparedAt: Instant.startOf(
                            forDate.adding(days: -1),
                            offset: now.offset
                        ).adding(seconds: 36_000), preparedBy: "bench", pickedUpBy: "bench")
                    if forDate < today { g.status = this.rng.int(0...3) == 0 ? .returned : .given }
                    try txn.insert(g, action: "prepare")
                    txn.putQuietly(GiftYearIndexEntry(account: card, year: forDate.year, gift: g.id))
                }
            }
            entryCount += try this.regular(into: &txn)
            try this.lostItems(into: &txn, count: this.members, valuables: config.valuableWords)
            _ = try this.invoices(into: &txn, days: 365)
            try this.complaints(into: &txn, count: this.members)
            try this.loans(into: &txn, count: this.members)
            try this.bags(into: &txn, count: this.members)
            try this.followups(into: &txn, count: this.members)
            try this.enquiries(into: &txn, count: this.members)
            try txn.advanceSequence("card", to: Int64(this.members))
            try txn.advanceSequence("gift", to: Int64(giftCount))
            try txn.advanceSequence(BirthdayIndexEntry.builtMarker, to: 1)
        }
        self = this
        return (members, entryCount, giftCount)
    }
}
