import CSCore

/// A record kind as a clerk reads it: its Chinese name in Chinese (`doctor`'s counts, `log`'s
/// KIND column, the undo question), its stable name otherwise and in JSON. Each desk names its
/// own kinds (`DeskCommands.kindNames`); these are the store's.
enum KindName {
    static let store: [String: String] = [
        "counters": "编号计数", "conflicts": "同步冲突", "journal": "日志", "file": "文件",
    ]

    static let zh: [String: String] = DeskCommands.all.reduce(into: store) { names, desk in
        names.merge(desk.kindNames) { first, _ in first }
    }

    static func cell(_ kind: String) -> Cell { .label(kind, zh: zh[kind] ?? kind) }

    static func text(_ kind: String, _ language: Language) -> String {
        language == .zh ? zh[kind] ?? kind : kind
    }
}
