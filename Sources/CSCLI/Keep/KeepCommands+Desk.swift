import CSCore

/// The left-luggage desk as the command line sees it (one line in `DeskCommands.all` lists it).
extension DeskCommands {
    static let keep = DeskCommands(
        desk: .keep, command: { KeepCommands.command },
        exports: { [KeepCommands.export] },
        today: KeepCommands.today,
        messages: { KeepMessage.allCases.map(MessageKey.keep) },
        kindNames: ["bags": "寄存物品", "index-keep-tags": "号码牌使用索引"])
}
