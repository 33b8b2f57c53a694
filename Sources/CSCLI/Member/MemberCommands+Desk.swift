import CSCore

/// The member desk as the command line sees it (one line in `DeskCommands.all` lists it).
extension DeskCommands {
    static let member = DeskCommands(
        desk: .member, command: { MemberCommands.command },
        exports: { [MemberCommands.membersExport, MemberCommands.ledgerExport] },
        messages: {
            MemberMessage.allCases.map(MessageKey.member) + ImportMessage.allCases.map(MessageKey.memberImport)
        })
}
