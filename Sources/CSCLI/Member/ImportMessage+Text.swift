import CSCore

/// The texts of an import's problems, English and Chinese side by side.
extension ImportMessage: Phrased {
    var text: Text {
        switch self {
        case .notUTF8:
            Text(en: "the file is not UTF-8 text (save it as CSV UTF-8)", zh: "文件不是 UTF-8 文本(请另存为 CSV UTF-8)")
        case .unterminatedQuote: Text(en: "a quoted field never ends", zh: "引号内的字段没有结束")
        case .empty: Text(en: "the file is empty", zh: "文件是空的")
        case .fileChanged:
            Text(
                en: "the file changed while it was being imported; nothing was imported, run the import again",
                zh: "导入过程中文件被修改;未导入任何内容,请重新导入")
        case .unknownColumn: Text(en: "unknown column '{0}'", zh: "未知的列 '{0}'")
        case .duplicateColumn: Text(en: "column {0} appears twice", zh: "列 {0} 出现了两次")
        case .missingColumn: Text(en: "missing column {0}", zh: "缺少列 {0}")
        case .fieldTooLong: Text(en: "field {0} is longer than {1} bytes", zh: "第 {0} 个字段超过 {1} 字节")
        case .aFieldTooLong: Text(en: "a field is longer than {0} bytes", zh: "有字段超过 {0} 字节")
        case .controlCharacter: Text(en: "a field holds a control character", zh: "字段中含有控制字符")
        case .fieldCount: Text(en: "has {0} fields, the header has {1}", zh: "有 {0} 个字段,表头有 {1} 个")
        case .nameEmpty: Text(en: "name is empty", zh: "姓名为空")
        case .clerkEmpty: Text(en: "clerk is empty", zh: "经办人为空")
        case .nameTooLong: Text(en: "name is longer than {0} bytes", zh: "姓名超过 {0} 字节")
        case .nameInvisible:
            Text(en: "name '{0}' holds an invisible or control character", zh: "姓名 '{0}' 含有不可见字符或控制字符")
        case .birthdayInFuture: Text(en: "birthday {0} is in the future", zh: "生日 {0} 是将来的日期")
        case .cardExists: Text(en: "card {0} already exists", zh: "卡号 {0} 已存在")
        case .phoneTaken: Text(en: "phone {0} already belongs to a current member", zh: "手机号 {0} 已属于在册会员")
        case .cardNeeded:
            Text(en: "card is empty (a ledger refers to members by card)", zh: "卡号为空(流水按卡号关联会员)")
        case .duplicateID: Text(en: "id '{0}' is empty or appears twice", zh: "编号 '{0}' 为空或重复")
        case .iDOutsideAccount: Text(en: "id {0} does not start with its account {1}", zh: "编号 {0} 不以其账户 {1} 开头")
        case .unknownAccount: Text(en: "account {0} is not a member in the file", zh: "账户 {0} 不是文件中的会员")
        case .receiptTwice: Text(en: "receipt {0} is used twice", zh: "单据 {0} 被使用了两次")
        case .figuresDisagree:
            Text(
                en: "points {0} and balance {1} but its ledger adds up to {2} and {3}",
                zh: "积分 {0}、余额 {1},但流水合计为 {2} 和 {3}")
        case .invalidPhone:
            Text(en: "phone '{0}' is not \(Phone.accepted)", zh: "手机号 '{0}' 无效 — 应为 7–15 位数字,如 13800138000(空格和横线会被忽略)")
        case .invalidBirthday: Text(en: "birthday '{0}' is not YYYY-MM-DD", zh: "生日 '{0}' 无效 — 应为 YYYY-MM-DD")
        case .invalidGender: Text(en: "gender '{0}' is not male|female|男|女", zh: "性别 '{0}' 无效 — 应为 男|女|male|female")
        case .invalidKind:
            Text(
                en: "kind '{0}' is not regular|stored-value|student",
                zh: "卡类型 '{0}' 无效 — 应为 regular|stored-value|student")
        case .invalidTier:
            Text(
                en: "tier '{0}' is not regular|silver|gold|diamond",
                zh: "等级 '{0}' 无效 — 应为 regular|silver|gold|diamond")
        case .invalidStatus:
            Text(
                en: "status '{0}' is not active|suspended|cancelled|replaced",
                zh: "状态 '{0}' 无效 — 应为 active|suspended|cancelled|replaced")
        case .invalidPoints:
            Text(
                en: "points '{0}' is not a whole number from 0 to 1000000000",
                zh: "积分 '{0}' 无效 — 应为 0 到 1000000000 的整数")
        case .invalidBalance:
            Text(en: "balance '{0}' is not an amount from 0 to 1000000000", zh: "余额 '{0}' 无效 — 应为 0 到 1000000000 的金额")
        case .invalidIDNumber:
            Text(en: "idNumber '{0}' is not 6–20 letters and digits", zh: "身份证号 '{0}' 无效 — 应为 6–20 位字母或数字")
        case .invalidCard:
            Text(en: "card '{0}' is not 4–20 digits or capital letters", zh: "卡号 '{0}' 无效 — 应为 4–20 位数字或大写字母")
        case .invalidJoinedAt:
            Text(en: "joinedAt '{0}' is not a date or ISO 8601 time", zh: "入会时间 '{0}' 无效 — 应为日期或 ISO 8601 时间")
        case .invalidLedgerKind:
            Text(
                en: "kind '{0}' is not one of \(LedgerKind.allCases.map(\.rawValue).joined(separator: "|"))",
                zh: "类型 '{0}' 无效 — 应为 \(LedgerKind.allCases.map(\.rawValue).joined(separator: "|"))")
        case .invalidLedgerPoints: Text(en: "points '{0}' is not a whole number", zh: "积分 '{0}' 不是整数")
        case .invalidAmount: Text(en: "amount '{0}' is not an amount", zh: "金额 '{0}' 无效")
        case .invalidAt: Text(en: "at '{0}' is not an ISO 8601 time", zh: "时间 '{0}' 不是 ISO 8601 时间")
        case .invalidExpiresOn: Text(en: "expiresOn '{0}' is not YYYY-MM-DD", zh: "到期日 '{0}' 无效 — 应为 YYYY-MM-DD")
        case .invalidReceipt:
            Text(
                en: "receipt '{0}' is not \(Receipt.accepted)",
                zh: "单据号 '{0}' 无效 — 应为 1–64 位字母、数字或 - _ / .")
        case .atLine: Text(en: "line {0}: {1}", zh: "第 {0} 行:{1}")
        case .atLedgerLine: Text(en: "ledger line {0}: {1}", zh: "流水第 {0} 行:{1}")
        case .inLedger: Text(en: "ledger: {0}", zh: "流水:{0}")
        }
    }
}
