/// Options that mean the same on every command that offers them, declared once.
enum SharedOption {
    /// A change a clerk could regret (a reissue, a cancel, an undo) is confirmed on a terminal.
    static let yes = Flag(
        "yes", short: "y", help: "do not ask for confirmation on a terminal (scripts are never asked)",
        zh: "在终端上不再询问确认(脚本从不询问)")
}
