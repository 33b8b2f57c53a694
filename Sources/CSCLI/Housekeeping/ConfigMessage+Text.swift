import CSCore

/// The texts of config.json and `cs config`, English and Chinese side by side.
extension ConfigMessage {
    var text: Text {
        switch self {
        case .unknownKey:
            Text(
                en: "unknown config key {0} — see 'cs config show' for the keys",
                zh: "未知配置项 {0} — 用 'cs config show' 查看所有配置项")
        case .unknownKeySuggest:
            Text(
                en: "unknown config key {0} — did you mean {1}?",
                zh: "未知配置项 {0} — 您是指 {1} 吗?")
        case .invalidValue:
            Text(
                en: "invalid value for {0}: '{1}' — expected {2}",
                zh: "{0} 的值无效:'{1}' — 应为 {2}")
        case .fixedAtInit:
            Text(
                en: "{0} is fixed when the data directory is created ('cs init --shards N')",
                zh: "{0} 在创建数据目录时确定(cs init --shards N),之后不能修改")
        case .deskRegistered:
            Text(
                en: "desk.id is {0}, registered in the shared store (cs sync): a synced desk keeps its id",
                zh: "desk.id 为 {0},已在共享数据中登记(cs sync):同步的前台不能更改编号")
        }
    }
}
