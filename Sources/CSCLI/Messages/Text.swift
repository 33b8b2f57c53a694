import CSCore

/// A message in both languages, written side by side so that neither can be forgotten.
public struct Text: Sendable, Equatable {
    public let en: String
    public let zh: String

    public init(en: String, zh: String) {
        self.en = en
        self.zh = zh
    }

    public func `in`(_ language: Language) -> String { language == .zh ? zh : en }
}

extension MessageKey {
    /// Each desk's texts live in its own file (`MemberMessages.swift` …).
    var text: Text {
        switch self {
        case .store(let m): m.text
        case .config(let m): m.text
        case .usage(let m): m.text
        case .field(let m): m.text
        case .housekeeping(let m): m.text
        case .member(let m): m.text
        case .birthday(let m): m.text
        case .lostfound(let m): m.text
        case .invoice(let m): m.text
        case .complaint(let m): m.text
        case .board(let m): m.text
        case .memberImport(let m): m.text
        case .doctor(let m): m.text
        case .sync(let m): m.text
        }
    }

    /// Every key, for the tests that compare the two languages.
    static var all: [MessageKey] {
        StoreMessage.allCases.map(MessageKey.store) + ConfigMessage.allCases.map(MessageKey.config)
            + UsageMessage.allCases.map(MessageKey.usage) + FieldMessage.allCases.map(MessageKey.field)
            + HousekeepingMessage.allCases.map(MessageKey.housekeeping)
            + MemberMessage.allCases.map(MessageKey.member) + BirthdayMessage.allCases.map(MessageKey.birthday)
            + LostFoundMessage.allCases.map(MessageKey.lostfound) + InvoiceMessage.allCases.map(MessageKey.invoice)
            + ComplaintMessage.allCases.map(MessageKey.complaint) + BoardMessage.allCases.map(MessageKey.board)
            + ImportMessage.allCases.map(MessageKey.memberImport) + DoctorMessage.allCases.map(MessageKey.doctor)
            + SyncMessage.allCases.map(MessageKey.sync)
    }
}
