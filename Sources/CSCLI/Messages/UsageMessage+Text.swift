import CSCore

/// The texts of the command line as typed, English and Chinese side by side.
extension UsageMessage {
    var text: Text {
        switch self {
        case .unknownCommand:
            Text(
                en: "unknown command '{0}' — see 'cs {1}--help'",
                zh: "未知命令 '{0}' — 见 'cs {1}--help'")
        case .unknownCommandSuggest:
            Text(
                en: "unknown command '{0}' — did you mean '{2}'? (see 'cs {1}--help')",
                zh: "未知命令 '{0}' — 您是指 '{2}' 吗?(见 'cs {1}--help')")
        case .unknownOption:
            Text(
                en: "unknown option {0} — see 'cs {1}--help'",
                zh: "未知选项 {0} — 见 'cs {1}--help'")
        case .unknownOptionSuggest:
            Text(
                en: "unknown option {0} — did you mean {2}? (see 'cs {1}--help')",
                zh: "未知选项 {0} — 您是指 {2} 吗?(见 'cs {1}--help')")
        case .missingValue:
            Text(
                en: "option {0} needs a value — {1} (a value starting with '-' is written {0}=-…)",
                zh: "选项 {0} 需要一个值 — {1}(以 '-' 开头的值请写成 {0}=-…)")
        case .invalidValue:
            Text(
                en: "invalid value for {0}: '{1}' — expected {2}",
                zh: "{0} 的值无效:'{1}' — 应为 {2}")
        case .missingOptions:
            Text(
                en: "missing required {0} — see 'cs {1}--help'",
                zh: "缺少必填项 {0} — 见 'cs {1}--help'")
        case .unexpectedArgument:
            Text(
                en: "unexpected argument '{0}' — see 'cs {1}--help'",
                zh: "多余的参数 '{0}' — 见 'cs {1}--help'")
        case .missingArgument:
            Text(
                en: "missing {0} — see 'cs {1}--help'",
                zh: "缺少 {0} — 见 'cs {1}--help'")
        case .repeatedOption:
            Text(
                en: "option {0} given more than once",
                zh: "选项 {0} 重复给出")
        case .flagTakesNoValue:
            Text(
                en: "option {0} takes no value",
                zh: "选项 {0} 不带值")
        case .missingSubcommand:
            Text(
                en: "'cs {0}' needs a subcommand — one of: {1}",
                zh: "'cs {0}' 需要子命令 — 可选:{1}")
        case .seeHelp:
            Text(
                en: "see 'cs {0}--help'",
                zh: "见 'cs {0}--help'")
        case .conflict:
            Text(
                en: "{0} and {1} cannot be used together",
                zh: "{0} 与 {1} 不能同时使用")
        case .findNeedsCriterion:
            Text(
                en: "'cs member find' needs --phone, --name, --birthday-month, --tier or --status — "
                    + "'cs member list' lists every member",
                zh: "'cs member find' 需要 --phone、--name、--birthday-month、--tier 或 --status 之一 — "
                    + "列出全部会员请用 'cs member list'")
        case .unknownField:
            Text(en: "no field {0} here — the fields are: {1}", zh: "这里没有字段 {0} — 可用字段:{1}")
        case .fieldWithoutRecords:
            Text(
                en: "--field picks a field of the records a command prints; this command prints none",
                zh: "--field 用于选取命令输出记录中的字段;此命令不输出记录")
        case .quietOnRecords:
            Text(
                en: "-q prints only the id of what a command creates; this command prints records — "
                    + "--field NAME prints one field of them",
                zh: "-q 只输出新建记录的编号;此命令输出的是记录 — 要取其中一个字段请用 --field NAME")
        case .renamed:
            Text(
                en: "use {1} here, not {0} — see 'cs {2}--help'",
                zh: "此处请用 {1},而不是 {0} — 见 'cs {2}--help'")
        case .requires:
            Text(
                en: "{0} only works with {1}",
                zh: "{0} 须与 {1} 一起使用")
        }
    }
}
