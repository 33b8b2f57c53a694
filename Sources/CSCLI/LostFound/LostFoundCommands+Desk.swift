import CSCore

/// The lostfound desk as the command line sees it (one line in `DeskCommands.all` lists it).
extension DeskCommands {
    static let lostfound = DeskCommands(
        desk: .lostfound, command: { LostFoundCommands.command },
        exports: { [LostFoundCommands.export] },
        today: LostFoundCommands.today,
        messages: { LostFoundMessage.allCases.map(MessageKey.lostfound) },
        kindNames: ["lostfound": "客遗物", "index-lost-held": "保管中物品索引"])
}
