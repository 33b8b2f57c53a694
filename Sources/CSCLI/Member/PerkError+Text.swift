import CSCore

/// The perk's weekday as the clerk's language says it: the setting's value (`monday`) is the
/// stable English interface, a Chinese sentence says 周一.
extension PerkError: LocalizedFailure {
    static let weekdaysZh = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"]

    func messageArguments(in language: Language) -> [String] {
        guard language == .zh, case .outsideWindow(let weekday, let from, let until) = self,
            let i = PerkWindow.weekdays.firstIndex(of: weekday)
        else { return messageArguments }
        return [PerkError.weekdaysZh[i], from, until]
    }
}
