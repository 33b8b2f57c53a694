/// The hospital's discharge list as `followup plan --from` reads it: checked whole before
/// anything is added, every problem named with its line (a list with one bad row adds nobody).
extension FollowupDesk {
    /// Header names a column may carry, English or Chinese.
    static let columns: [String: String] = [
        "name": "name", "姓名": "name", "患者姓名": "name",
        "phone": "phone", "手机": "phone", "电话": "phone", "联系电话": "phone",
        "ward": "ward", "病区": "ward", "科室": "ward",
        "discharged": "discharged", "出院日期": "discharged",
        "staff": "staff", "医生": "staff", "主管医生": "staff", "责任护士": "staff",
    ]

    func dischargeList(_ bytes: [UInt8]) throws -> [Followup.Form] {
        func problem(_ line: Int?, _ key: FollowupMessage, _ args: [String]) -> MessageDetail {
            MessageDetail(place: line.map { .line($0) }, key: .followup(key), arguments: args)
        }
        let rows: [CSVReader.Row]
        do {
            rows = try CSVReader.parse(bytes)
        } catch .invalidUTF8 {
            throw FollowupError.fileRejected([problem(nil, .fileNotUTF8, [])])
        } catch .unterminatedQuote(let line) {
            throw FollowupError.fileRejected([problem(line, .rowQuote, [])])
        }
        guard let header = rows.first else { throw FollowupError.fileRejected([problem(nil, .fileEmpty, [])]) }
        let names = header.fields.map { Self.columns[$0.trimmingSpaces] }
        var problems = [MessageDetail]()
        for required in ["name", "phone", "discharged"] where !names.contains(required) {
            problems.append(problem(header.line, .rowMissingColumn, [required]))
        }
        guard problems.isEmpty else { throw FollowupError.fileRejected(problems) }
        let today = clock.today
        let after = config.int(.followupDischargeDays)
        var forms = [Followup.Form]()
        for row in rows.dropFirst() where !row.fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) {
            var v = [String: String]()
            for (i, field) in row.fields.enumerated() where i < names.count {
                if let name = names[i], !field.trimmingSpaces.isEmpty { v[name] = field.trimmingSpaces }
            }
            guard let name = v["name"], let phoneText = v["phone"], let dayText = v["discharged"] else {
                problems.append(
                    problem(row.line, .rowEmpty, [["name", "phone", "discharged"].first { v[$0] == nil } ?? ""]))
                continue
            }
            guard let phone = Phone(phoneText) else {
                problems.append(problem(row.line, .rowPhone, [phoneText]))
                continue
            }
            guard let day = Day(iso: dayText) else {
                problems.append(problem(row.line, .rowDate, [dayText]))
                continue
            }
            guard day <= today else {
                problems.append(problem(row.line, .rowFuture, [dayText]))
                continue
            }
            forms.append(
                Followup.Form(
                    source: .discharged, name: name, phone: phone.digits, ward: v["ward"], staff: v["staff"],
                    discharged: day, due: day.adding(days: after)))
        }
        guard problems.isEmpty else { throw FollowupError.fileRejected(problems) }
        return forms
    }
}
