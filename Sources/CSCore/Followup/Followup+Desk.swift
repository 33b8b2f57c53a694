/// The call-back desk as the core sees it (one line in `Desk.all` lists it).
extension Desk {
    public static let followup = Desk(
        name: "followup", kinds: FollowupKinds.all, configKeys: ConfigSetting.followup,
        undo: [.restoring(Followup.self)])
}
