import CSCore

/// Complaints over three years (as many as members): all but the last days' resolved and most
/// followed up, the last days' still pending (some past their promise) — what the monthly
/// review and the hourly overdue check read after years at the desk.
extension Generator {
    static let complaintCategories = ["服务", "卫生", "价格", "设备", "噪音", "service", "food"]

    mutating func complaints(into txn: inout Transaction, count: Int) throws {
        let span: Int64 = 3 * 365 * 86_400
        for n in 1...count {
            let receivedAt = now.adding(seconds: -Int64(rng.int(0...Int(span))))
            let intake = Complaint.Intake(
                customer: Generator.surnames[rng.int(0...Generator.surnames.count - 1)] + "女士",
                phone: "139\(String(format: "%08d", rng.int(0...99_999_999)))",
                channel: ComplaintChannel.allCases[rng.int(0...3)],
                staff: "A\(String(format: "%02d", rng.int(1...60)))", room: "\(rng.int(1...30))",
                category: Generator.complaintCategories[rng.int(0...6)],
                severity: Severity.allCases[rng.int(0...2)], matter: "空调不制冷,等了很久")
            var c = Complaint(
                id: "C01-\(n)", intake: intake, receivedAt: receivedAt, receivedBy: "bench",
                promiseHours: 48)
            if now.epochSeconds - receivedAt.epochSeconds > 5 * 86_400 {
                let minutes = Int64(rng.int(10...4_000))
                let at = receivedAt.adding(seconds: minutes * 60)
                c.status = .resolved
                c.resolvedAt = at
                c.resolution = "已处理"
                c.minutesTaken = minutes
                c.onTime = at <= c.due
                c.timeline.append(
                    ComplaintEvent(
                        at: at, clerk: "bench", action: .resolved, text: "已处理",
                        status: .resolved))
                if rng.int(0...4) > 0 {
                    c.status = .closed
                    c.satisfaction = rng.int(1...5)
                    c.followedUpAt = at.adding(seconds: 86_400)
                    c.timeline.append(
                        ComplaintEvent(
                            at: at.adding(seconds: 86_400), clerk: "bench",
                            action: .followedUp, status: .closed))
                }
            } else if rng.int(0...2) == 0 {
                c.status = .escalated
                c.escalatedTo = "王经理"
                c.timeline.append(
                    ComplaintEvent(
                        at: receivedAt.adding(seconds: 600), clerk: "bench",
                        action: .escalated, to: "王经理", status: .escalated))
            }
            try txn.insert(c, action: "new")
        }
        try txn.advanceSequence("complaint", to: Int64(count))
    }
}
