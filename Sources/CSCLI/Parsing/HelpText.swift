import CSCore

/// `--help` and `cs help`, generated from the same declarations that parse.
public enum HelpText {
    public static func synopsis(_ spec: CommandSpec, path: [String]) -> String {
        var parts = ["cs"] + path
        if spec.hasSubcommands && spec.action == nil { parts.append("SUBCOMMAND") }
        parts += spec.options.filter(\.required).map(\.synopsis)
        if spec.options.contains(where: { !$0.required }) { parts.append("[options]") }
        for a in spec.arguments { parts.append(a.required ? a.name : "[\(a.name)]") }
        return parts.joined(separator: " ")
    }

    public static func render(_ spec: CommandSpec, path: [String], language: Language) -> String {
        let zh = language == .zh
        var out = (zh ? "用法:" : "Usage: ") + synopsis(spec, path: path) + "\n\n"
        out += spec.summary(in: language) + "\n"
        if !spec.details.isEmpty { out += "\n" + spec.details + "\n" }
        if spec.hasSubcommands {
            out += "\n" + (zh ? "子命令:" : "Commands:") + "\n"
            let w = spec.subcommandNames.map(DisplayWidth.of).max() ?? 0
            for s in spec.subcommands {
                out += "  " + DisplayWidth.pad(s.name, to: w) + "  " + s.summary(in: language) + "\n"
            }
        }
        if !spec.arguments.isEmpty {
            out += "\n" + (zh ? "参数:" : "Arguments:") + "\n"
            let w = spec.arguments.map { DisplayWidth.of($0.name) }.max() ?? 0
            for a in spec.arguments {
                out += "  " + DisplayWidth.pad(a.name, to: w) + "  " + a.help(in: language) + "\n"
            }
        }
        if !spec.options.isEmpty {
            out += "\n" + (zh ? "选项:" : "Options:") + "\n" + optionLines(spec.options, language: language)
        }
        if !spec.examples.isEmpty {
            out += "\n" + (zh ? "示例:" : "Examples:") + "\n"
            for e in spec.examples { out += "  " + e.line + "\n      " + (zh ? e.zh : e.en) + "\n" }
        }
        // The global options once, in `cs help`; every other page points there.
        if path.isEmpty {
            out +=
                "\n" + (zh ? "全局选项(可用于任何命令):" : "Global options (any command):") + "\n"
                + optionLines(GlobalOptions.specs, language: language)
        } else {
            out +=
                "\n"
                + (zh
                    ? "全局选项(--json、--csv、--lang、-q…)见 'cs help'。"
                    : "Global options (--json, --csv, --lang, -q…): see 'cs help'.") + "\n"
        }
        if path.isEmpty {
            out +=
                zh
                ? "\n退出状态:0 完成;1 业务规则拒绝或未找到;2 用法错误;3 数据目录问题;4 检查发现待办事项。\n"
                : "\nExit status: 0 done; 1 refused by a rule or not found; 2 usage error; 3 data-directory "
                    + "problem; 4 a check found something.\n"
        }
        return out
    }

    static func optionLines(_ options: [OptionSpec], language: Language) -> String {
        let labels = options.map { o -> String in
            let short = o.short.map { "-\($0), " } ?? ""
            return short + (o.value == nil ? o.spelling : "\(o.spelling) \(o.valueName)")
        }
        let w = labels.map(DisplayWidth.of).max() ?? 0
        var out = ""
        for (o, l) in zip(options, labels) {
            var help = o.help(in: language)
            if o.required { help += language == .zh ? "(必填)" : " (required)" }
            if o.repeatable { help += language == .zh ? "(可重复)" : " (repeatable)" }
            if case .choice(let c)? = o.value, !help.contains(c[0]) { help += " [\(c.joined(separator: "|"))]" }
            out += "  " + DisplayWidth.pad(l, to: w) + "  " + help + "\n"
        }
        return out
    }
}
