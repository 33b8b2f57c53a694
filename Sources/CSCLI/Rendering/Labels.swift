import CSCore

/// How a stored value reads in Chinese in a table. JSON, CSV and --field keep the stable
/// English value; only what a person reads changes.
protocol Labelled: RawRepresentable where RawValue == String {
    var zh: String { get }
}

extension Labelled {
    var label: Cell { .label(rawValue, zh: zh) }
}

extension Tier: Labelled {
    var zh: String {
        switch self {
        case .regular: "普通卡"
        case .silver: "银卡"
        case .gold: "金卡"
        case .diamond: "钻石卡"
        }
    }
}

extension MemberStatus: Labelled {
    var zh: String {
        switch self {
        case .active: "正常"
        case .suspended: "挂失/停用"
        case .cancelled: "已注销"
        case .replaced: "已补办"
        }
    }
}

extension Gender: Labelled {
    var zh: String {
        switch self {
        case .male: "男"
        case .female: "女"
        case .unspecified: "未填"
        }
    }
}

extension MemberKind: Labelled {
    var zh: String {
        switch self {
        case .regular: "普通"
        case .storedValue: "储值卡"
        case .student: "学生卡"
        }
    }
}

extension LedgerKind: Labelled {
    var zh: String {
        switch self {
        case .earn: "积分"
        case .redeem: "兑换"
        case .topup: "充值"
        case .pay: "储值消费"
        case .adjust: "调整"
        case .reverse: "冲减"
        case .expire: "过期"
        case .opening: "期初"
        case .refund: "退款"
        }
    }
}

extension GiftStatus: Labelled {
    var zh: String {
        switch self {
        case .prepared: "已领取"
        case .given: "已送出"
        case .returned: "已退回"
        }
    }
}

extension Custody: Labelled {
    var zh: String {
        switch self {
        case .desk: "服务台"
        case .safe: "保险柜"
        case .center: "客服中心"
        case .generalAffairs: "总务处"
        }
    }
}

extension LostItemStatus: Labelled {
    var zh: String {
        switch self {
        case .held: "保管中"
        case .claimed: "已认领"
        case .disposed: "已处理"
        }
    }
}

extension Disposal: Labelled {
    var zh: String {
        switch self {
        case .returned: "归还失主"
        case .police: "交公安"
        case .donated: "捐赠"
        case .discarded: "丢弃"
        }
    }
}

extension LostFoundDesk.SweepAction: Labelled {
    var zh: String {
        switch self {
        case .toCenter: "移交客服中心"
        case .toGeneralAffairs: "移交总务处"
        case .dispose: "待处理"
        }
    }
}

extension MoveCause: Labelled {
    var zh: String {
        switch self {
        case .registered: "登记"
        case .byHand: "手工移交"
        case .dayEnd: "日终移交"
        case .unclaimed: "逾期未认领"
        }
    }
}

extension InvoiceStatus: Labelled {
    var zh: String {
        switch self {
        case .issued: "已开具"
        case .voided: "已作废"
        }
    }
}

extension InvoiceKind: Labelled {
    var zh: String {
        switch self {
        case .paper: "纸质"
        case .electronic: "数电票"
        }
    }
}

extension RedLetterReason: Labelled {
    var zh: String {
        switch self {
        case .issueError: "开票有误"
        case .salesReturn: "销货退回"
        case .other: "其他"
        }
    }
}


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
