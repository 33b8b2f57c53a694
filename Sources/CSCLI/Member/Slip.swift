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
