/// The lost-and-found desk as the core sees it (one line in `Desk.all` lists it).
extension Desk {
    public static let lostfound = Desk(
        name: "lostfound", kinds: LostFoundKinds.all, configKeys: ConfigSetting.lostfound,
        undo: [.restoring(LostItem.self)])
}
