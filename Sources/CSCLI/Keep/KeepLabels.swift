import CSCore

// How the left-luggage desk's stored values read in Chinese in a table.

extension BagStatus: Labelled {
    var zh: String {
        switch self {
        case .kept: "寄存中"
        case .collected: "已取走"
        case .lostFound: "已转客遗物"
        }
    }
}
