import CSCore

// How the complaint register's stored values read in Chinese in a table (JSON and
// CSV keep the English value).

extension ComplaintStatus: Labelled {
    var zh: String {
        switch self {
        case .open: "待处理"
        case .escalated: "已升级"
        case .waiting: "等待顾客"
        case .resolved: "已解决"
        case .closed: "已回访"
        }
    }
}

extension ComplaintChannel: Labelled {
    var zh: String {
        switch self {
        case .hotline: "热线"
        case .onSite: "现场"
        case .online: "网络"
        case .letter: "信函"
        }
    }
}

extension Severity: Labelled {
    var zh: String {
        switch self {
        case .low: "轻微"
        case .normal: "一般"
        case .high: "严重"
        }
    }
}

extension ComplaintAction: Labelled {
    var zh: String {
        switch self {
        case .received: "受理"
        case .note: "备注"
        case .escalated: "升级"
        case .waiting: "等待顾客"
        case .resumed: "继续处理"
        case .resolved: "解决"
        case .followedUp: "回访"
        case .reopened: "重新打开"
        }
    }
}
