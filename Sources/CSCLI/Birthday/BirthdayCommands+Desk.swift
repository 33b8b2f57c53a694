import CSCore

/// The birthday desk as the command line sees it (one line in `DeskCommands.all` lists it).
extension DeskCommands {
    static let birthday = DeskCommands(
        desk: .birthday, command: { BirthdayCommands.command },
        exports: { [BirthdayCommands.giftsExport] },
        today: BirthdayCommands.today,
        conflict: { c, catalog in
            guard c.subject == .gift else { return nil }
            return catalog.text(.birthday(.syncGiftTwice), [c.key, c.records.joined(separator: ", ")])
        },
        messages: { BirthdayMessage.allCases.map(MessageKey.birthday) },
        kindNames: ["gifts": "生日赠品", "index-gift-year": "赠品年度索引", "index-birthday": "生日索引", "birthday-replies": "生日答复"])
}
