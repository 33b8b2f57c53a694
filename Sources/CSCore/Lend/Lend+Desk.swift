/// The lending desk as the core sees it (one line in `Desk.all` lists it).
extension Desk {
    public static let lend = Desk(
        name: "lend", kinds: LendKinds.all, configKeys: ConfigSetting.lend,
        undo: [.restoring(Loan.self), .restoring(LendAsset.self), .restoring(LendPool.self)])
}
