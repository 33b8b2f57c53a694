/// The complaint desk's settings: the company's promise to answer within 48 hours (seed 000)
/// and how many complaints in a month mark a staff member for the manager's review (seed 004).
extension ConfigKey {
    public static var complaintPromiseHours: ConfigKey<Int> {
        .integer(
            "complaint.promiseHours", 1...720, "48",
            "hours within which a complaint must be answered (waiting on the "
                + "customer not counted)",
            zh: "投诉必须答复的小时数(等待顾客回复的时间不计)")
    }
    public static var complaintRepeatThreshold: ConfigKey<Int> {
        .integer(
            "complaint.repeatThreshold", 2...100, "2",
            "complaints in a month that flag a staff member in the report",
            zh: "月报中标记员工的月内被投诉次数")
    }

}

extension ConfigSetting {
    static let complaint: [ConfigSetting] = [
        ConfigKey<Int>.complaintPromiseHours.setting,
        ConfigKey<Int>.complaintRepeatThreshold.setting,
    ]
}
