/// The lending desk's settings. The seeds name the service (租借雨伞, 轮椅…) but no hours; the
/// closing time is the venue's own blank, filled here with the lost-property desk's.
extension ConfigKey {
    public static var lendClosing: ConfigKey<String> {
        .clockTime(
            "lend.closing", "22:00",
            "closing time: a loan without --due is due back then (the next closing once it has passed)",
            zh: "营业结束时间:未给 --due 的借用须在此时归还(已过则为次日此时)")
    }
}

extension Config {
    /// The closing time as seconds after midnight.
    var lendClosingSeconds: Int { secondsAfterMidnight(.lendClosing) ?? 22 * 3600 }
}

extension ConfigSetting {
    static let lend: [ConfigSetting] = [ConfigKey<String>.lendClosing.setting]
}
