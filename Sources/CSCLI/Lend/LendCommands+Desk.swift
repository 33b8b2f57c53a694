import CSCore

/// The lending desk as the command line sees it (one line in `DeskCommands.all` lists it).
extension DeskCommands {
    static let lend = DeskCommands(
        desk: .lend, command: { LendCommands.command },
        exports: { [LendCommands.export] },
        today: LendCommands.today,
        conflict: { c, catalog in
            guard c.subject == .lent else { return nil }
            return catalog.text(.lend(.syncLentTwice), [c.key, c.records.joined(separator: ", ")])
        },
        messages: { LendMessage.allCases.map(MessageKey.lend) },
        kindNames: [
            "loans": "借用记录", "lend-assets": "编号借用物品", "lend-pools": "数量借用物品", "index-loans-out": "借出中索引",
            "index-loans-day": "借用按日索引",
        ])
}
