import CSCore

// How the call-back desk's stored values read in Chinese in a table.

extension FollowupStatus: Labelled {
    var zh: String {
        switch self {
        case .open: "待回访"
        case .reached: "已回访"
        case .unreached: "未联系上"
        }
    }
}

extension FollowupSource: Labelled {
    var zh: String {
        switch self {
        case .hand: "手工"
        case .lapsed: "久未消费"
        case .visit: "年度拜访"
        case .discharged: "出院随访"
        }
    }
}

extension CallOutcome: Labelled {
    var zh: String {
        switch self {
        case .reached: "已接通"
        case .noAnswer: "无人接听"
        }
    }
}
