/// The left-luggage desk as the core sees it (one line in `Desk.all` lists it).
extension Desk {
    public static let keep = Desk(
        name: "keep", kinds: KeepKinds.all, configKeys: ConfigSetting.keep, undo: [.restoring(Bag.self)])
}
