/// The help examples of `cs housekeeping`.
extension CommandExamples {
    static let initExamples = [
        E("cs init", "the default data directory", zh: "创建默认数据目录"),
        E("cs --data-dir /srv/cs init --shards 1024", "a large venue's directory", zh: "为大型场所创建数据目录"),
    ]
    static let configShow = [
        E("cs config show", "every key, its value and meaning", zh: "全部配置项、值与含义"),
        E("cs config show --json", "as JSON", zh: "JSON 格式"),
    ]
    static let configGet = [
        E("cs config get member.pointsPerYuan", "one value", zh: "查看一个值"),
        E("cs config get store.timeZone", "the desk's time zone", zh: "本店时区"),
    ]
    static let configSet = [
        E("cs config set member.pointsPerYuan 2", "two points per yuan from now on", zh: "今后每元积 2 分"),
        E("cs config set birthday.greetDays 3", "greet three days ahead", zh: "提前三天发送祝福"),
    ]
    static let log = [
        E("cs log --since today", "today's changes", zh: "今天的变更"),
        E(
            "cs log --id 88010000011 --by lily --json", "one record's changes by lily, as JSON",
            zh: "lily 对某条记录的变更,JSON 格式"),
    ]
    static let undo = [
        E("cs undo", "take back your last change (an earn on the wrong card)", zh: "撤销本人上一次操作(如积错卡)"),
        E("cs --clerk lily undo", "lily takes back hers", zh: "lily 撤销自己的上一次操作"),
    ]
    static let doctor = [
        E("cs doctor", "check everything; exit 3 if anything is wrong", zh: "全面检查;有问题时退出状态为 3"),
        E("cs doctor --repair", "rebuild indexes, finish an interrupted change", zh: "重建索引,完成中断的更改"),
    ]
    static let export = [
        E("cs export members --csv --excel --out members.csv", "for Excel", zh: "供 Excel 打开"),
        E(
            "cs export ledger --since 2026-11-01 --sort at --jsonl", "this month's movements in time order",
            zh: "本月明细,按时间排序"),
    ]
    static let backup = [
        E("cs backup --to /mnt/usb/cs-2026-11-23", "a verified copy (SHA256SUMS)", zh: "带校验的备份"),
        E("cs backup --to \"$(mktemp -d)/cs\" -q", "quietly, in a script", zh: "脚本中安静备份"),
    ]
    static let restore = [
        E("cs restore --from /mnt/usb/cs-2026-11-23", "into an empty data directory", zh: "恢复到空数据目录"),
        E(
            "cs restore --from /mnt/usb/cs-2026-11-23 --force", "replace the data; the old state is kept aside",
            zh: "替换现有数据;原数据另存"),
    ]
    static let help = [
        E("cs help member earn", "one command's help", zh: "某个命令的帮助"),
        E("cs --lang zh help birthday gift prepare", "in Chinese, three levels down", zh: "中文帮助,三级命令"),
    ]
    static let completion = [
        E(
            "cs completion bash > ~/.local/share/bash-completion/completions/cs", "bash completion",
            zh: "bash 自动补全"),
        E("cs completion zsh > ~/.zfunc/_cs", "zsh completion", zh: "zsh 自动补全"),
    ]
}
