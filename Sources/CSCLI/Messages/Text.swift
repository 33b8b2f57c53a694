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

/// A message enum with its texts: each desk's is in its folder (`<Desk>Message+Text.swift`).
protocol Phrased {
    var text: Text { get }
}

extension MessageKey {
    var text: Text {
        switch self {
        case .store(let m): m.text
        case .config(let m): m.text
        case .usage(let m): m.text
        case .field(let m): m.text
        case .housekeeping(let m): m.text
        case .board(let m): m.text
        // Every desk's message enum is `Phrased` in its own folder (CatalogTests checks each).
        case .desk(let m): (m.key as? any Phrased)?.text ?? Text(en: "", zh: "")
        case .doctor(let m): m.text
        case .sync(let m): m.text
        }
    }

    /// Every key, for the tests that compare the two languages.
    static var all: [MessageKey] {
        StoreMessage.allCases.map(MessageKey.store) + ConfigMessage.allCases.map(MessageKey.config)
            + UsageMessage.allCases.map(MessageKey.usage) + FieldMessage.allCases.map(MessageKey.field)
            + HousekeepingMessage.allCases.map(MessageKey.housekeeping) + BoardMessage.allCases.map(MessageKey.board)
            + DoctorMessage.allCases.map(MessageKey.doctor) + SyncMessage.allCases.map(MessageKey.sync)
            + DeskCommands.all.flatMap { $0.messages() }
    }
}
