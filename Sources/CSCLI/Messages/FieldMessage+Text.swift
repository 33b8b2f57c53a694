import CSCore

/// The texts of a refused field, English and Chinese side by side; {0} is the field's option.
extension FieldMessage {
    var text: Text {
        switch self {
        case .invalidPhone:
            Text(
                en: "invalid {0}: '{1}' — expected \(Phone.accepted)",
                zh: "{0} 无效:'{1}' — 应为 7–15 位数字,如 13800138000(空格和横线会被忽略)")
        case .invalidPartialPhone:
            Text(
                en: "invalid {0}: '{1}' — expected a phone or at least its last 4 digits",
                zh: "{0} 无效:'{1}' — 应为手机号,或至少其后 4 位数字")
        case .invalidIDNumber:
            Text(en: "invalid {0}: '{1}' — expected 6–20 letters and digits", zh: "{0} 无效:'{1}' — 应为 6–20 位字母或数字")
        case .invalidCard:
            Text(
                en: "invalid {0}: '{1}' — expected 4–20 digits or capital letters",
                zh: "{0} 无效:'{1}' — 应为 4–20 位数字或大写字母")
        case .invalidBirthday:
            Text(
                en: "invalid {0}: '{1}' — expected a date of birth not in the future",
                zh: "{0} 无效:'{1}' — 出生日期不能是将来的日期")
        case .invalidReceipt:
            Text(
                en: "invalid {0}: '{1}' — expected \(Receipt.accepted)",
                zh: "{0} 无效:'{1}' — 应为 1–64 位字母、数字或 - _ / .(全角与大小写视为同一单据)")
        case .invalidAmount: Text(en: "invalid {0}: '{1}' — expected an amount above zero", zh: "{0} 无效:'{1}' — 金额应大于零")
        case .invalidPoints:
            Text(en: "invalid {0}: '{1}' — expected a number of points above zero", zh: "{0} 无效:'{1}' — 积分应大于零")
        case .invalidAdjustment:
            Text(
                en: "nothing to adjust: give --points N or --amount YUAN (+ or −), not zero",
                zh: "没有要调整的内容:请给出 --points 积分数或 --amount 金额(可正可负),不能为零")
        case .invalidFutureDay:
            Text(en: "invalid {0}: '{1}' — expected today or an earlier date", zh: "{0} 无效:'{1}' — 应为今天或更早的日期")
        case .invalidReceived:
            Text(
                en: "invalid {0}: '{1}' — expected when it arrived: now or within the last 31 days",
                zh: "{0} 无效:'{1}' — 应为收到的时间:现在或 31 天以内")
        }
    }
}

extension FormField {
    /// The option a clerk typed the field as.
    var spelling: String {
        switch self {
        case .pointsOrAmount: "--points/--amount"
        case .idNumber: "--id-number"
        case .asOf: "--as-of"
        case .taxId: "--tax-id"
        default: "--" + rawValue
        }
    }
}

extension FieldError: LocalizedFailure {
    func messageArguments(in language: Language) -> [String] {
        switch self {
        case .invalid(let f, let v, _): [f.spelling, String(v.prefix(80))]
        }
    }
}
