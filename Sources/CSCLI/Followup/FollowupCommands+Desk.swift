import CSCore

/// The call-back desk as the command line sees it (one line in `DeskCommands.all` lists it).
extension DeskCommands {
    static let followup = DeskCommands(
        desk: .followup, command: { FollowupCommands.command },
        exports: { [FollowupCommands.export] },
        today: FollowupCommands.today,
        messages: { FollowupMessage.allCases.map(MessageKey.followup) },
        kindNames: [
            "followups": "回访", "index-followup-open": "待回访索引",
            "index-followup-month": "回访月索引",
        ])
}
