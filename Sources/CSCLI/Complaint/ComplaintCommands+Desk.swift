import CSCore

/// The complaint desk as the command line sees it (one line in `DeskCommands.all` lists it).
extension DeskCommands {
    static let complaint = DeskCommands(
        desk: .complaint, command: { ComplaintCommands.command },
        exports: { [ComplaintCommands.export] },
        today: ComplaintCommands.today,
        messages: { ComplaintMessage.allCases.map(MessageKey.complaint) },
        kindNames: [
            "complaints": "投诉", "index-complaint-pending": "待处理投诉索引", "index-complaint-month": "投诉月索引",
            "index-complaint-card": "会员投诉索引",
        ])
}
