import CSCore

/// The 32-column receipt-printer slip (积分确认单 and its siblings): a customer copy and a
/// merchant copy, each with a line for the customer's signature.
enum Slip {
    static let width = 32

    static func render(title: String, movement: MemberDesk.Movement, language: Language) -> String {
        let zh = language == .zh
        let e = movement.entry
        let m = movement.member
        var lines: [(String, String)] = [
            (zh ? "会员" : "Member", m.name),
            (zh ? "卡号" : "Card", m.card),
        ]
        switch e.kind {
        case .earn:
            lines.append((zh ? "单据" : "Receipt", e.receipt ?? ""))
            lines.append((zh ? "消费金额" : "Amount", e.amount.decimal))
            lines.append((zh ? "本次积分" : "Points", "+\(e.points)"))
        case .redeem:
            lines.append((zh ? "兑换" : "Item", e.item ?? ""))
            lines.append((zh ? "扣除积分" : "Points", "\(e.points)"))
        case .topup, .pay:
            if let r = e.receipt { lines.append((zh ? "单据" : "Receipt", r)) }
            lines.append((zh ? "金额" : "Amount", e.amount.decimal))
        default:
            lines.append((zh ? "积分" : "Points", "\(e.points)"))
        }
        lines.append((zh ? "可用积分" : "Points now", String(movement.available)))
        lines.append((zh ? "储值余额" : "Balance", m.balance.decimal))
        lines.append((zh ? "经办人" : "Clerk", e.clerk))
        lines.append((zh ? "时间" : "Time", e.at.short))
        return copies(title: title, lines: lines, zh: zh)
    }

    /// The customer's and the merchant's copy, each with a line for the customer's signature.
    static func copies(title: String, lines: [(String, String)], zh: Bool) -> String {
        var out = ""
        for copy in zh ? ["客户联", "商户联"] : ["CUSTOMER COPY", "MERCHANT COPY"] {
            out += String(repeating: "=", count: width) + "\n"
            out += center(title) + "\n" + center(copy) + "\n"
            out += String(repeating: "-", count: width) + "\n"
            for (k, v) in lines { out += row(k, VisibleText.escaped(v)) + "\n" }
            out +=
                "\n"
                + DisplayWidth.truncate(
                    (zh ? "客户签名:" : "Signature: ") + String(repeating: "_", count: 20),
                    to: width) + "\n"
            out += String(repeating: "=", count: width) + "\n\n"
        }
        return out
    }

    /// 会员办理确认单: what the member signs at registration — the card, the fee taken and
    /// whether the charter was read and signed.
    static func registration(_ m: Member, clerk: String, at: Instant, language: Language) -> String {
        let zh = language == .zh
        let kind = Renderer.display(m.memberKind.label, language)
        let tier = Renderer.display(m.tier.label, language)
        let lines: [(String, String)] = [
            (zh ? "会员" : "Member", m.name), (zh ? "卡号" : "Card", m.card), (zh ? "手机" : "Phone", m.phone),
            (zh ? "卡类型" : "Kind", kind), (zh ? "等级" : "Tier", tier), (zh ? "工本费" : "Card fee", m.cardFee.decimal),
            (zh ? "会员章程" : "Charter", m.charterSigned ? (zh ? "已阅读签署" : "read, signed") : (zh ? "未签署" : "not signed")),
            (zh ? "经办人" : "Clerk", clerk), (zh ? "时间" : "Time", at.short),
        ]
        return copies(title: zh ? "会员办理确认单" : "MEMBERSHIP REGISTRATION", lines: lines, zh: zh)
    }

    static func center(_ s: String) -> String {
        let t = DisplayWidth.truncate(s, to: width)
        return String(repeating: " ", count: (width - DisplayWidth.of(t)) / 2) + t
    }

    /// Label left, value right, within 32 columns; a long value is cut.
    static func row(_ label: String, _ value: String) -> String {
        let l = DisplayWidth.truncate(label, to: 12)
        let v = DisplayWidth.truncate(value, to: width - DisplayWidth.of(l) - 1)
        return l + String(repeating: " ", count: width - DisplayWidth.of(l) - DisplayWidth.of(v)) + v
    }
}
