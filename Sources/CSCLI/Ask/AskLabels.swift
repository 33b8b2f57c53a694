import CSCore

// How the enquiry desk's stored values read in Chinese in a table.

extension EnquiryStatus: Labelled {
    var zh: String {
        switch self {
        case .open: "待答复"
        case .answered: "已答复"
        case .found: "已找到"
        }
    }
}

extension EnquiryChannel: Labelled {
    var zh: String {
        switch self {
        case .phone: "电话"
        case .onSite: "现场"
        }
    }
}
