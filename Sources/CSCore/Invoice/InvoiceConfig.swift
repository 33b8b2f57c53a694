/// The invoice desk has no figures of its own yet: numbers come from stock, rules from the
/// tax office.
extension ConfigKey {
    static let invoice: [ConfigKey] = []
}
