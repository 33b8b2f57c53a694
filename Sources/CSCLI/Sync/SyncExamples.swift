/// The help examples of `cs sync`.
extension CommandExamples {
    static let sync = [
        E("cs sync", "send this desk's changes, receive the other desks'", zh: "发出本机更改,收取其他前台的更改"),
        E(
            "cs sync --json", "the same, as data (for cron: Examples/cron/sync.sh)",
            zh: "以数据输出(cron 见 Examples/cron/sync.sh)"),
    ]
    static let syncInit = [
        E(
            "cs sync init --remote /srv/cs-shared.git",
            "the first desk starts the shared store (an empty bare repository)",
            zh: "第一个前台建立共享数据(空的裸仓库)"),
        E(
            "cs sync init --remote ssh://hq/srv/cs-shared.git --desk 02",
            "another store joins, from a data directory just made by cs init",
            zh: "另一门店用刚由 cs init 建立的数据目录加入"),
    ]
    static let syncStatus = [
        E("cs sync status", "changes waiting, open conflicts", zh: "等待发出的更改、未解决的冲突"),
        E("cs sync status --field waiting", "how many changes wait to be sent (a script)", zh: "等待发出的更改数(供脚本)"),
    ]
    static let syncConflicts = [
        E("cs sync conflicts", "what a clerk must settle; exit 4 while any is open", zh: "需要处理的冲突;有则退出状态为 4"),
        E(
            "cs sync conflicts --all --json", "every conflict ever found, and values merges did not keep",
            zh: "所有发现过的冲突及合并时未保留的值"),
    ]
    static let syncAdmit = [
        E("cs sync admit 02", "show desk 02's key fingerprint, to compare by phone", zh: "显示 02 号前台的密钥指纹,以便电话核对"),
        E(
            "cs sync admit 02 --fingerprint SHA256:dJk8tQa7lyu0WDkHsxxZdJHtmd3SxGv0EjCjafQIkdU",
            "the fingerprints agree: desk 02's changes are taken from now on", zh: "指纹一致:此后接收 02 号前台的更改"),
    ]
    static let syncRevoke = [
        E(
            "cs sync revoke 03", "desk 03's PC was stolen: its changes are no longer taken here",
            zh: "03 号前台电脑被盗:本前台不再接收其更改"),
        E("cs sync revoke 03 --json", "the same, as data: the desk revoked", zh: "以数据输出:被撤销的前台"),
    ]
    static let syncMergeFile = [
        E(
            "cs sync merge-file .merge_file_a .merge_file_b .merge_file_c members/3f.jsonl",
            "what git runs (registered by sync init as merge.cs.driver)", zh: "git 调用的形式(由 sync init 登记)"),
        E(
            "cs sync merge-file base.jsonl ours.jsonl theirs.jsonl ledger/00.jsonl",
            "by hand: ours.jsonl becomes the merge of the three", zh: "手动合并:ours.jsonl 变为三者的合并结果"),
    ]
}
