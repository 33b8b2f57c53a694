import CSCore

// How the lost-and-found register's stored values read in Chinese in a table (JSON and
// CSV keep the English value).

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

/// Where `sweep --to` narrows the sweep: one of its two moves (a disposal is general affairs'
/// own step), named as `move --to` names the place, in English or Chinese (`--to 总务处`).
enum SweepDestination: String, CaseIterable, Labelled {
    case center
    case generalAffairs = "general-affairs"

    var zh: String {
        switch self {
        case .center: Custody.center.zh
        case .generalAffairs: Custody.generalAffairs.zh
        }
    }

    var action: LostFoundDesk.SweepAction {
        switch self {
        case .center: .toCenter
        case .generalAffairs: .toGeneralAffairs
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
