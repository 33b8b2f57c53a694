import CSCore

// How the lending desk's stored values read in Chinese in a table (JSON and CSV keep the
// English value).

extension LoanStatus: Labelled {
    var zh: String {
        switch self {
        case .out: "借出中"
        case .returned: "已归还"
        case .lost: "已注销"
        }
    }
}
