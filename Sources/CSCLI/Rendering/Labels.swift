import CSCore

/// How a stored value reads in Chinese in a table. JSON, CSV and --field keep the stable
/// English value; only what a person reads changes.
protocol Labelled: RawRepresentable where RawValue == String {
    var zh: String { get }
}

extension Labelled {
    var label: Cell { .label(rawValue, zh: zh) }
}
