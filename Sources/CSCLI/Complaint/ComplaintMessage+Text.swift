import CSCore

/// The texts of the complaint desk, English and Chinese side by side.
extension ComplaintMessage: Phrased {
    var text: Text {
        switch self {
        case .notFound:
            Text(
                en: "no complaint {0} — complaint ids look like C01-7 ('cs complaint list' shows them)",
                zh: "没有投诉 {0} — 投诉编号形如 C01-7('cs complaint list' 可查看)")
        case .notAllowed:
            Text(
                en: "complaint {0} is {2}: '{1}' is not possible now — from {2}: {3}",
                zh: "投诉 {0} 当前状态为 {2}:现在不能 '{1}' — 此状态下可以:{3}")
        case .invalidSatisfaction:
            Text(
                en: "invalid value for --satisfaction: '{0}' — the customer's score is 1 (bad) to 5 (good)",
                zh: "--satisfaction 的值无效:'{0}' — 满意度评分为 1(很差)到 5(很好)")
        case .received:
            Text(
                en: "received {0} from {1}: answer by {2} — write {0} on the form",
                zh: "已受理 {0}(顾客 {1}):请在 {2} 前答复 — 请在登记表上写 {0}")
        case .noted:
            Text(en: "{0}: note added", zh: "{0}:已添加备注")
        case .escalated:
            Text(en: "{0} escalated to {1} — answer by {2}", zh: "{0} 已升级至 {1} — 请在 {2} 前答复")
        case .waiting:
            Text(en: "{0} is waiting on the customer: the {1}-hour clock is paused", zh: "{0} 等待顾客回复:{1} 小时时限暂停计时")
        case .resumed:
            Text(en: "{0} is {1} again: answer by {2}", zh: "{0} 恢复为{1}:请在 {2} 前答复")
        case .resolved:
            Text(
                en: "{0} resolved in {1} h ({2}) — next: the follow-up call, 'cs complaint follow-up {0} "
                    + "--satisfaction 1-5'",
                zh: "{0} 已解决,用时 {1} 小时({2})— 下一步:回访,'cs complaint follow-up {0} --satisfaction 1-5'")
        case .followedUp:
            Text(en: "{0} followed up: satisfaction {1}/5 — closed", zh: "{0} 已回访:满意度 {1}/5 — 已结案")
        case .reopened:
            Text(en: "{0} reopened: a fresh promise, answer by {1}", zh: "{0} 已重新打开:重新计时,请在 {1} 前答复")
        case .overdueNone:
            Text(en: "nothing overdue as of {0}", zh: "截至 {0} 没有超时的投诉")
        case .overdueSome:
            Text(en: "{0} complaint(s) past or near their promise as of {1}", zh: "截至 {1} 有 {0} 件投诉已超时或即将到期")
        case .overdueLine:
            Text(en: "{0}  {1}  {2}  due {3}, {4} late  {5}", zh: "{0}  {1}  {2}  时限 {3},已超时 {4}  {5}")
        case .dueSoonLine:
            Text(en: "{0}  {1}  {2}  due {3}, in {4}  {5}", zh: "{0}  {1}  {2}  时限 {3},还剩 {4}  {5}")
        case .minutes: Text(en: "{0} min", zh: "{0} 分钟")
        case .hours: Text(en: "{0} h", zh: "{0} 小时")
        case .hoursMinutes: Text(en: "{0} h {1} min", zh: "{0} 小时 {1} 分钟")
        case .timelineLine:
            Text(en: "{0}  {1}  {2}  {3}", zh: "{0}  {1}  {2}  {3}")
        case .reportTitle:
            Text(en: "Complaints received in {0}", zh: "{0} 投诉月报")
        case .reportTotals:
            Text(en: "received {0}; resolved {1}, on time {2} ({3}%)", zh: "收到 {0} 件;已解决 {1} 件,按时 {2} 件({3}%)")
        case .reportTimes:
            Text(en: "hours to resolve: median {0}, 90th percentile {1}", zh: "处理用时(小时):中位数 {0},90 分位 {1}")
        case .reportSatisfaction:
            Text(
                en: "followed up {0}: mean satisfaction {1}/5, scored 1–2: {2}%",
                zh: "已回访 {0} 件:平均满意度 {1}/5,1–2 分占 {2}%")
        case .reportCounts:
            Text(en: "{0}: {1}", zh: "{0}:{1}")
        case .reportRepeated:
            Text(
                en: "repeated complaints ({1} or more): {0} — for the manager's review",
                zh: "多次被投诉({1} 次及以上):{0} — 请经理复核")
        case .pausedDue:
            Text(en: "paused (waiting on the customer)", zh: "暂停计时(等待顾客)")
        case .memberComplaints:
            Text(en: "complaints: {0}", zh: "投诉记录:{0}")
        case .boardTitle:
            Text(en: "Complaints due in 12 hours or overdue, and calls back", zh: "12 小时内到期或已超时的投诉,待回访")
        case .boardFollowUp:
            Text(
                en: "{0} resolved {3}: call {1} back on {2} (then 'cs complaint follow-up')",
                zh: "{0} 已于 {3} 解决:请回访 {1},电话 {2}(之后 'cs complaint follow-up')")
        case .doctorTimelineDisagrees:
            Text(
                en: "complaint {0} is recorded as {1}, but its timeline ends in {2}",
                zh: "投诉 {0} 记为 {1},但处理记录最后的状态为 {2}")
        }
    }
}
