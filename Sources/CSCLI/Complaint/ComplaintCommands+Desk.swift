import CSCore

/// The complaint desk as the command line sees it (one line in `DeskCommands.all` lists it).
extension DeskCommands {
    static let complaint = DeskCommands(
        desk: .complaint, command: { ComplaintCommands.command },
        exports: { [ComplaintCommands.export] },
        today: ComplaintCommands.today,
        messages: { ComplaintMessage.allCases.map(MessageKey.complaint) })
}
