import CSCore

/// The options and arguments of `cs sync`.
enum SyncOption {
    static let remote = Required<String>(
        "remote", .text, valueName: "URL",
        help: "the shared git repository (a path, ssh:// or https:// URL)",
        zh: "共享的 git 仓库(路径、ssh:// 或 https:// 地址)")
    static let desk = Option<Int>(
        "desk", .integer(1...99), valueName: "NN",
        help: "this desk's id in the shared store (default desk.id); refused if taken",
        zh: "本前台在共享数据中的编号(默认 desk.id);已被占用则拒绝")
    static let all = Flag(
        "all", help: "also list resolved conflicts and the values merges did not keep",
        zh: "同时列出已解决的冲突和合并时未保留的值")
    static let fingerprint = Option<String>(
        "fingerprint", .text, valueName: "SHA256:…",
        help: "the key's fingerprint as the other desk read it out by phone",
        zh: "对方前台在电话中念出的密钥指纹")
    static let deskArgument = Argument<Int>(
        "DESK", .integer(1...99), help: "the desk's id (1–99)",
        zh: "前台编号(1–99)")
    static let base = Argument<String>("BASE", help: "the common ancestor's file (git's %O)", zh: "共同祖先版本(git 的 %O)")
    static let ours = Argument<String>(
        "OURS", help: "this desk's file, replaced by the merge (git's %A)",
        zh: "本方版本,合并结果写回此处(git 的 %A)")
    static let theirs = Argument<String>("THEIRS", help: "the other desk's file (git's %B)", zh: "对方版本(git 的 %B)")
    static let path = Argument<String>(
        "PATH", help: "the file's path in the data directory (git's %P)",
        zh: "文件在数据目录中的路径(git 的 %P)")
}
