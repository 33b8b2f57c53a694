/// The enquiry desk's settings. The seeds name the topics a service center is asked about
/// (预约, 价格, 寻人 …) and ask that every question be owned until answered, but not how long
/// is too long: these are the venue's blanks, filled with a small desk's figures.
extension ConfigKey {
    public static var askTopics: ConfigKey<[String]> {
        .words(
            "ask.topics", "预约,价格,活动,会员,失物,投诉,其他",
            "the topics an enquiry is filed under (ask.pagingTopics are accepted too)",
            zh: "咨询的分类(ask.pagingTopics 中的也可用)")
    }
    public static var askPagingTopics: ConfigKey<[String]> {
        .words(
            "ask.pagingTopics", "寻人,paging",
            "topics that are paging requests (寻人): such an enquiry can end 'found'",
            zh: "属于寻人(广播找人)的分类:可以“已找到”结束")
    }
    public static var askStaleMinutes: ConfigKey<Int> {
        .integer(
            "ask.staleMinutes", 5...1440, "30",
            "minutes after which an enquiry still open is overdue on the board",
            zh: "咨询超过多少分钟仍未答复即在看板上列为逾期")
    }
    public static var askShiftHours: ConfigKey<Int> {
        .integer(
            "ask.shiftHours", 1...24, "8",
            "how long a shift is: the board shows the last shift's log, the lines of this many hours up to the newest",
            zh: "一个班次的小时数:看板列出上一班次的值班记录(最新一条往前这么多小时)")
    }
}

extension Config {
    /// Every topic an enquiry may carry, paging topics included.
    public var askTopics: [String] {
        let paging = words(.askPagingTopics)
        return words(.askTopics) + paging.filter { !words(.askTopics).contains($0) }
    }
}

extension ConfigSetting {
    static let ask: [ConfigSetting] = [
        ConfigKey<[String]>.askTopics.setting, ConfigKey<[String]>.askPagingTopics.setting,
        ConfigKey<Int>.askStaleMinutes.setting, ConfigKey<Int>.askShiftHours.setting,
    ]
}
