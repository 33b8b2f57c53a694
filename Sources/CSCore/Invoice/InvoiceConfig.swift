/// The invoice desk's one figure: when the board warns that a range from finance runs low.
/// Numbers come from stock, rules from the tax office.
extension ConfigKey {
    public static var invoiceLowStock: ConfigKey<Int> {
        .integer(
            "invoice.lowStock", 0...100_000, "50",
            "numbers left in a range at which 'cs today' warns to draw more stock",
            zh: "号段剩余多少张时 'cs today' 提示向财务领用")
    }

}

extension ConfigSetting {
    static let invoice: [ConfigSetting] = [
        ConfigKey<Int>.invoiceLowStock.setting
    ]
}
