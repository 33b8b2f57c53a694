import CSCore

/// The options and arguments of init, config, log, doctor, export, help and completion.
enum HousekeepingOption {
    static let shards = Option<ShardCount>(
        "shards", valueName: "N",
        help: "shards per collection: 256 (default, up to ~250k members), 1024, "
            + "or 4096 (a million)",
        zh: "每类记录的分片数:256(默认,约 25 万会员以内)、1024 或 4096(百万级)")
    static let key = Argument<String>("KEY", help: "a key from 'cs config show'", zh: "配置项名称,见 'cs config show'")
    static let value = Argument<String>("VALUE", help: "the new value", zh: "新的值")
    static let logSince = Option<Day>(
        "since", .date, valueName: "DATE", help: "only changes on or after this day",
        zh: "只看此日及以后的变更")
    static let logKind = Option<String>(
        "kind", .text, valueName: "KIND",
        help: "only this record kind (" + (CommandTree.kinds.map(\.name) + ["file"]).joined(separator: ", ") + ")",
        zh: "只看此类记录")
    static let logID = Option<String>("id", .text, valueName: "ID", help: "only this record", zh: "只看此记录")
    static let logClerk = Option<String>(
        "by", .text, valueName: "NAME", help: "only changes by this clerk",
        zh: "只看此经办人的变更")
    static let repair = Flag(
        "repair",
        help: "rebuild indexes, finish an interrupted change, remove temp files, fix "
            + "permissions; never deletes data", zh: "重建索引、完成中断的更改、清理临时文件、修正权限;从不删除数据")
    static let exportSince = Option<Day>(
        "since", .date, valueName: "DATE",
        help: "only records changed on or after this day", zh: "只导出此日及以后变更的记录")
    static let exportSort = Option<String>(
        "sort", .text, valueName: "FIELD",
        help: "sort by this field (numbers by value) instead of storage order; "
            + "holds the whole export in memory",
        zh: "按此字段排序(数字按数值),而非存储顺序;需将整个导出放入内存")
    static let out = Option<String>(
        "out", .text, valueName: "FILE",
        help: "write to FILE (atomically) instead of standard output; a device or pipe "
            + "is written directly", zh: "写入文件(原子写入)而非标准输出;设备或管道直接写入")
    static let force = Flag(
        "force",
        help: "with --out: replace an existing regular file (never a link, directory or special "
            + "file)", zh: "与 --out 同用:覆盖已存在的普通文件(从不覆盖链接、目录或特殊文件)")
    static let reveal = Flag(
        "reveal", help: "full ID numbers instead of masked ones (for a move to another system)",
        zh: "导出完整身份证号(用于迁移到其他系统)")
    static let exportKind = Argument<String>(
        "KIND", .choice(CommandTree.exports.map(\.name)), help: "what to export",
        zh: "要导出的记录类型")
    static let helpCommand = Argument<String>(
        "COMMAND", required: false,
        help: "the command (and subcommand) to explain", zh: "要说明的命令(及子命令)")
    static let helpSubcommand = Argument<String>("SUBCOMMAND", required: false, help: "", zh: "子命令")
    /// The third level: `cs help birthday gift prepare`.
    static let helpAction = Argument<String>("ACTION", required: false, help: "", zh: "子命令的子命令")
    static let shell = Argument<String>(
        "shell", .choice(["bash", "zsh", "fish"]), help: "bash, zsh or fish",
        zh: "bash、zsh 或 fish")
}

/// `cs init --shards`: the shard counts a data directory may be created with.
enum ShardCount: String, CaseIterable, Sendable {
    case s256 = "256"
    case s1024 = "1024"
    case s4096 = "4096"
}

/// The options of `cs backup` and `cs restore`.
enum BackupOption {
    static let to = Required<String>(
        "to", .text, valueName: "DIR",
        help: "where to write the copy; must not exist or be empty", zh: "备份写入的目录;须不存在或为空")
    static let from = Required<String>(
        "from", .text, valueName: "DIR", help: "a directory written by cs backup",
        zh: "cs backup 写出的目录")
    static let force = Flag(
        "force",
        help: "replace a data directory that holds data (its current state moves to "
            + "DIR.before-restore-<time>)", zh: "替换已有数据的数据目录(当前状态移至 DIR.before-restore-<时间>)")
    static let forceUnverified = Flag(
        "force-unverified",
        help: "restore a backup whose SHA256SUMS is missing or does not match (after "
            + "checking it by hand)", zh: "恢复 SHA256SUMS 缺失或不符的备份(须先人工核对)")
}
