import CSCore

// How the invoice desk's stored values read in Chinese in a table (JSON and
// CSV keep the English value).

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
