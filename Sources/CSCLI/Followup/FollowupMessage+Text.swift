import CSCore

/// The texts of the call-back desk, English and Chinese side by side.
extension FollowupMessage: Phrased {
    var text: Text {
        switch self {
        case .notFound:
            Text(
                en: "no follow-up {0} — 'cs followup due' shows the calls owed",
                zh: "没有编号为 {0} 的回访 — 'cs followup due' 可查看待回访")
        case .closed: Text(en: "follow-up {0} is already closed ({1}) at {2}", zh: "回访 {0} 已结束({1}),时间 {2}")
        case .alreadyListed:
            Text(
                en: "{1} is already on the call list as {0} — call that one ('cs followup call {0}')",
                zh: "{1} 已在回访名单中({0})— 请回访该条('cs followup call {0}')")
        case .scoreCount:
            Text(
                en:
                    "invalid value for --scores: {0} score(s) given, one per question is needed ({1}; followup.questions)",
                zh: "--scores 的值无效:给了 {0} 个分数,每题需一个({1};followup.questions)")
        case .scoresWithoutAnswer:
            Text(
                en: "--satisfaction, --scores and --comment need --reached: nobody answered",
                zh: "--satisfaction、--scores、--comment 需与 --reached 同用:无人接听时不能评分")
        case .notLow:
            Text(
                en: "follow-up {0} has no low score (lowest {1}; low is {2} or less, followup.lowScore) — "
                    + "'cs complaint new' takes any complaint",
                zh: "回访 {0} 没有低分(最低 {1};不高于 {2} 为低分,followup.lowScore)— 其他投诉请用 'cs complaint new'")
        case .alreadyComplaint:
            Text(en: "follow-up {0} is already complaint {1}", zh: "回访 {0} 已转为投诉 {1}")
        case .fileRejected:
            Text(
                en: "the discharge list was not read: {0} problem(s), nobody added",
                zh: "出院名单未导入:{0} 处问题,未加入任何人")
        case .rowMissingColumn:
            Text(
                en: "no column '{0}' (name/姓名, phone/电话, discharged/出院日期; ward/病区, staff/医生 optional)",
                zh: "缺少“{0}”列(姓名、电话、出院日期必需;病区、医生可选)")
        case .rowEmpty: Text(en: "'{0}' is empty", zh: "“{0}”为空")
        case .fileNotUTF8:
            Text(
                en: "the file is not UTF-8 text — save it as 'CSV UTF-8'", zh: "文件不是 UTF-8 文本 — 请另存为“CSV UTF-8”格式")
        case .fileEmpty: Text(en: "the file is empty", zh: "文件为空")
        case .rowQuote: Text(en: "a quote opened here is never closed", zh: "此处开始的引号没有闭合")
        case .rowPhone: Text(en: "'{0}' is not a mobile or landline number", zh: "“{0}”不是有效的电话号码")
        case .rowDate: Text(en: "'{0}' is not a date YYYY-MM-DD", zh: "“{0}”不是 YYYY-MM-DD 格式的日期")
        case .rowFuture: Text(en: "discharged '{0}' is in the future", zh: "出院日期“{0}”在将来")
        case .callLine: Text(en: "{0}  {1}  {2}  {3}", zh: "{0}  {1}  {2}  {3}")
        case .scoresLine: Text(en: "scores: {0}", zh: "各项评分:{0}")
        case .added: Text(en: "{0}: {1} on the call list, due {2}", zh: "{0}:{1} 已加入回访名单,应回访日期 {2}")
        case .planned:
            Text(
                en: "{0} call(s) listed, {1} already on the list or called: {2}",
                zh: "已列入 {0} 人,{1} 人已在名单中或近期已回访:{2}")
        case .planDryRun:
            Text(
                en: "would list {0} call(s), {1} already on the list or called (dry run, nothing changed)",
                zh: "将列入 {0} 人,{1} 人已在名单中或近期已回访(试运行,未做更改)")
        case .reached: Text(en: "{0}: {1} reached, follow-up closed", zh: "{0}:已联系上 {1},回访结束")
        case .noAnswer:
            Text(en: "{0}: {1} did not answer (call {2}); try again later", zh: "{0}:{1} 无人接听(第 {2} 次),稍后再拨")
        case .unreached:
            Text(
                en: "{0}: {1} did not answer (call {2}); closed unreached", zh: "{0}:{1} 无人接听(第 {2} 次),回访结束(未联系上)")
        case .complained: Text(en: "{0}: made complaint {1}, to be answered by {2}", zh: "{0}:已转为投诉 {1},答复时限 {2}")
        case .dueNothing: Text(en: "no call is due", zh: "没有待回访的电话")
        case .dueCount: Text(en: "{0} call(s) due", zh: "共 {0} 个待回访电话")
        case .reportTitle: Text(en: "Follow-up calls {0} – {1}", zh: "回访满意度统计 {0} 至 {1}")
        case .reportCalls:
            Text(
                en: "calls {0}, reached {1}, unreached {2}, reached {3}, mean satisfaction {4}",
                zh: "拨打 {0} 次,已回访 {1} 人,未联系上 {2} 人,接通率 {3},平均满意度 {4}")
        case .reportQuestion: Text(en: "{0}: mean {1} ({2} answers)", zh: "{0}:平均 {1} 分({2} 人作答)")
        case .reportWard:
            Text(
                en: "ward {0}: {1} reached, mean {2}, {3} low; {4}", zh: "病区/科室 {0}:回访 {1} 人,平均 {2} 分,低分 {3} 人;{4}")
        case .reportStaff:
            Text(en: "staff {0}: {1} reached, mean {2}, {3} low; {4}", zh: "员工 {0}:回访 {1} 人,平均 {2} 分,低分 {3} 人;{4}")
        case .reportLow: Text(en: "low scores: {0} ({1} of those reached)", zh: "低分:{0} 人(占已回访的 {1})")
        case .reportComment: Text(en: "{0} {1} (lowest {2}): {3}", zh: "{0} {1}(最低 {2} 分):{3}")
        case .boardTitle: Text(en: "Call-backs", zh: "回访")
        case .dueLine: Text(en: "{0}  {1}  {2}  due {3}  calls so far {4}", zh: "{0}  {1}  {2}  应回访 {3}  已拨 {4} 次")
        case .lateLine:
            Text(
                en: "{0}  {1}  {2}  due {3}  calls so far {4} — late", zh: "{0}  {1}  {2}  应回访 {3}  已拨 {4} 次 — 已逾期")
        case .doctorTries:
            Text(
                en: "follow-up {0} is still open after {1} calls (followup.tries)",
                zh: "回访 {0} 已拨 {1} 次仍未结束(followup.tries)")
        }
    }
}
