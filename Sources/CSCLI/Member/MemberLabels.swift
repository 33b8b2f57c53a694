import CSCore

// How the membership desk's stored values read in Chinese in a table (JSON and
// CSV keep the English value).

extension Tier: Labelled {
    var zh: String { chineseName }
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

extension VoucherStatus: Labelled {
    var zh: String {
        switch self {
        case .issued: "未使用"
        case .used: "已使用"
        case .expired: "已过期"
        }
    }
}
