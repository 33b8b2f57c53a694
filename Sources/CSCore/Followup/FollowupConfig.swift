/// The call-back desk's settings. The seeds ask for regular call-backs, the VIP visit, the
/// discharged patient's follow-up and a score sheet (意见评分表), not their figures: these are
/// the venue's blanks, filled with a small desk's.
extension ConfigKey {
    public static var followupTries: ConfigKey<Int> {
        .integer(
            "followup.tries", 1...9, "3", "unanswered calls after which a follow-up closes unreached",
            zh: "无人接听几次后回访结束(未联系上)")
    }
    public static var followupQuestions: ConfigKey<[String]> {
        .words(
            "followup.questions", "服务态度,环境卫生,等候时间",
            "the survey's questions, each scored 1-5 (--scores gives them in this order)",
            zh: "满意度调查的问题,各按 1–5 分评分(--scores 按此顺序给出)")
    }
    public static var followupLowScore: ConfigKey<Int> {
        .integer(
            "followup.lowScore", 1...4, "2", "a score at or below this is low: reported, and can become a complaint",
            zh: "不高于此分即为低分:单独统计,可转为投诉")
    }
    public static var followupDischargeDays: ConfigKey<Int> {
        .integer(
            "followup.dischargeDays", 0...90, "7", "days after discharge a patient is called (出院患者随访)",
            zh: "出院后第几天随访")
    }
    public static var followupVisitTier: ConfigKey<String> {
        .choice(
            "followup.visitTier", Tier.allCases.map(\.rawValue), "gold",
            "the lowest tier 'plan --visits' lists for the yearly visit (客户拜访)", zh: "'plan --visits' 列入年度拜访的最低等级")
    }
}

extension ConfigSetting {
    static let followup: [ConfigSetting] = [
        ConfigKey<Int>.followupTries.setting, ConfigKey<[String]>.followupQuestions.setting,
        ConfigKey<Int>.followupLowScore.setting, ConfigKey<Int>.followupDischargeDays.setting,
        ConfigKey<String>.followupVisitTier.setting,
    ]
}
