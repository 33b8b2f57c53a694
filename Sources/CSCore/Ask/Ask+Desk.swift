/// The enquiry desk as the core sees it (one line in `Desk.all` lists it).
extension Desk {
    public static let ask = Desk(
        name: "ask", kinds: AskKinds.all, configKeys: ConfigSetting.ask,
        undo: [.restoring(Enquiry.self), .restoring(ShiftNote.self)])
}
