import CSCore

/// The enquiry desk as the command line sees it (one line in `DeskCommands.all` lists it).
extension DeskCommands {
    static let ask = DeskCommands(
        desk: .ask, command: { AskCommands.command },
        exports: { [AskCommands.export, AskCommands.exportNotes] },
        today: AskCommands.today,
        messages: { AskMessage.allCases.map(MessageKey.ask) },
        kindNames: [
            "enquiries": "咨询登记", "shift-notes": "值班记录", "index-ask-open": "未答复咨询索引",
            "index-shift-notes-day": "值班记录按日索引",
        ])
}
