import CSCore

// How the birthday desk's stored values read in Chinese in a table (JSON and
// CSV keep the English value).

extension GiftStatus: Labelled {
    var zh: String {
        switch self {
        case .prepared: "已领取"
        case .given: "已送出"
        case .returned: "已退回"
        }
    }
}

extension ReplyAnswer: Labelled {
    var zh: String {
        switch self {
        case .coming: "会来"
        case .notComing: "不来"
        case .unsure: "未定"
        }
    }
}
