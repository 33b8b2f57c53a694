import CSCore

/// Why a peer's data was refused, in the clerk's words.
extension IncomingProblem {
    var text: Text {
        switch self {
        case .path: Text(en: "a path no desk writes", zh: "任何前台都不会写入的路径")
        case .mode:
            Text(en: "a link or executable instead of a plain file", zh: "链接或可执行文件,而非普通文件")
        case .owned: Text(en: "not cs's own text", zh: "与 cs 自身的内容不符")
        case .tooLarge: Text(en: "larger than any desk writes", zh: "超出任何前台会写入的大小")
        case .notJSON: Text(en: "not a JSON line", zh: "不是一行 JSON")
        case .notRecord: Text(en: "not a valid record of its kind", zh: "不是该类的有效记录")
        case .control: Text(en: "holds control characters", zh: "含有控制字符")
        case .wrongShard: Text(en: "in the wrong shard for its id", zh: "所在分片与编号不符")
        case .duplicate: Text(en: "the same id twice", zh: "同一编号出现两次")
        case .photo: Text(en: "a photo whose content does not match its name", zh: "照片内容与文件名不符")
        case .configValue: Text(en: "a value cs config set refuses", zh: "cs config set 不接受的值")
        case .structural:
            Text(
                en: "decides where records live; never taken from another desk",
                zh: "决定记录存放位置,从不采用其他前台的值")
        case .forged:
            Text(
                en: "written in another desk's name by a commit that desk did not sign",
                zh: "以其他前台的名义写入,而该前台并未签名")
        }
    }
}

extension SyncError: LocalizedFailure {
    /// The refused commit's reason in the clerk's language.
    func messageArguments(in language: Language) -> [String] {
        guard case .refused(_, _, let problem) = self else { return messageArguments }
        var arguments = messageArguments
        arguments[2] = problem.text.in(language)
        return arguments
    }
}
