/// One setting of `config.json`: its name, what values it accepts, and the manuals' default.
/// The table below is the single declaration `cs config` validates against and documents.
public struct ConfigKey: Sendable {
    public enum Kind: Sendable {
        case integer(ClosedRange<Int>)
        case money
        case rate
        case choice([String])
        case digits(ClosedRange<Int>)
        case offset
        case clockTime
    }

    public let name: String
    public let kind: Kind
    public let defaultValue: String
    public let summary: String

    /// What the key accepts, for error messages and `config show`.
    public var accepted: String {
        switch kind {
        case .integer(let r): "an integer from \(r.lowerBound) to \(r.upperBound)"
        case .money: "an amount in yuan such as 199 or 199.50"
        case .rate: "a rate from 0 to 1 such as 0.88"
        case .choice(let c): c.joined(separator: "|")
        case .digits(let r): "\(r.lowerBound)–\(r.upperBound) digits"
        case .offset: "a UTC offset such as +08:00"
        case .clockTime: "a time of day HH:MM"
        }
    }

    /// The canonical spelling of `text`, or nil when it is not accepted.
    public func normalize(_ text: String) -> String? {
        let t = text.trimmingSpaces
        switch kind {
        case .integer(let r):
            guard let v = Int(t), r.contains(v) else { return nil }
            return String(v)
        case .money:
            guard let m = Money(parsing: t), m.fen >= 0 else { return nil }
            return m.decimal
        case .rate:
            guard let r = Rate(parsing: t), r.tenThousandths > 0 else { return nil }
            return r.description
        case .choice(let c): return c.contains(t) ? t : nil
        case .digits(let r):
            guard r.contains(t.count), t.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
            return t
        case .offset: return UTCOffset(parsing: t)?.description
        case .clockTime:
            let u = Array(t.utf8)
            guard u.count == 5, u[2] == 58, let h = Day.digits(u[0..<2]), let m = Day.digits(u[3..<5]), h < 24, m < 60 else { return nil }
            return t
        }
    }

    static func key(_ name: String, _ kind: Kind, _ value: String, _ summary: String) -> ConfigKey {
        ConfigKey(name: name, kind: kind, defaultValue: value, summary: summary)
    }

    /// Every setting, with the defaults taken from the manuals (see SPEC.md).
    public static let all: [ConfigKey] = [
        key("desk.id", .digits(2...2), "01", "this desk's number; part of every generated id so two desks never mint the same one"),
        key("desk.timezone", .offset, "+08:00", "the desk's UTC offset; every timestamp carries it"),
        key("store.shards", .choice(["256", "1024", "4096"]), "256", "shards per collection; fixed by 'cs init --shards' (256 up to ~250k members, 4096 for a million)"),
        key("store.lockTimeoutSeconds", .integer(0...600), "10", "how long a change waits for another clerk's change to finish"),
        key("member.cardPrefix", .digits(1...6), "88", "first digits of generated card numbers"),
        key("member.pointsPerYuan", .integer(1...100), "1", "points earned per yuan spent"),
        key("member.pointsExpireMonths", .integer(1...120), "12", "months after which earned points expire"),
        key("member.voucherPointsPerYuan", .integer(1...1000), "10", "points a voucher costs per yuan"),
        key("member.voucherMinYuan", .integer(1...100_000), "10", "smallest voucher, in yuan"),
        key("member.voucherMaxYuan", .integer(1...100_000), "100", "largest voucher, in yuan"),
        key("member.firstPurchase.regular", .money, "199.00", "first purchase that makes a regular card"),
        key("member.firstPurchase.silver", .money, "599.00", "first purchase that makes a silver card"),
        key("member.firstPurchase.gold", .money, "999.00", "first purchase that makes a gold card"),
        key("member.firstPurchase.diamond", .money, "1599.00", "first purchase that makes a diamond card"),
        key("member.cumulative.silver", .money, "3000.00", "cumulative spend that upgrades to silver"),
        key("member.cumulative.gold", .money, "8000.00", "cumulative spend that upgrades to gold"),
        key("member.cumulative.diamond", .money, "20000.00", "cumulative spend that upgrades to diamond"),
        key("member.storedValueGold", .money, "3000.00", "stored value that grants at least gold"),
        key("member.discount.regular", .rate, "0.88", "regular card discount on full-price goods"),
        key("member.discount.silver", .rate, "0.85", "silver card discount on full-price goods"),
        key("member.discount.gold", .rate, "0.8", "gold card discount on full-price goods"),
        key("member.discount.diamond", .rate, "0.78", "diamond card discount on full-price goods"),
        key("member.birthdayDiscount.regular", .rate, "0.6", "regular card discount on the birthday"),
        key("member.birthdayDiscount.silver", .rate, "0.58", "silver card discount on the birthday"),
        key("member.birthdayDiscount.gold", .rate, "0.55", "gold card discount on the birthday"),
        key("member.birthdayDiscount.diamond", .rate, "0.5", "diamond card discount on the birthday"),
        key("member.stackThreshold", .rate, "0.75", "store discounts at or above this allow 折上折"),
        key("member.stackRate", .rate, "0.88", "the further discount of 折上折"),
        key("birthday.feb29InCommonYears", .choice(["feb28", "mar1"]), "feb28", "when a 29 February birthday is greeted in a common year"),
        key("birthday.greetDays", .integer(0...31), "1", "days before the birthday the greeting goes out"),
        key("lostfound.dayEnd", .clockTime, "23:00", "when unclaimed items move from the desk to the service center"),
        key("lostfound.generalAffairsDays", .integer(1...365), "3", "days after which items go to general affairs"),
        key("lostfound.disposalDays", .integer(1...3650), "365", "days after which unclaimed items are due for disposal"),
        key("complaint.promiseHours", .integer(1...720), "48", "hours within which a complaint must be answered"),
    ]

    public static func named(_ name: String) -> ConfigKey? { all.first { $0.name == name } }
}
