/// The complaint desk as the core sees it (one line in `Desk.all` lists it).
extension Desk {
    public static let complaint = Desk(
        name: "complaint", kinds: ComplaintKinds.all, configKeys: ConfigSetting.complaint,
        undo: [.restoring(Complaint.self)])
}
