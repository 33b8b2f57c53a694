/// A field of the form a clerk fills in (a command's options), named as the record names it:
/// the core names no option spelling, the CLI says which option a field is.
public enum FormField: String, Sendable, Equatable, CaseIterable {
    case name, phone, birthday, idNumber, card, receipt, amount, points, asOf
    /// A correction given as points or as an amount: one of the two, not zero.
    case pointsOrAmount
    case code, from, to, taxId, number, received
}

/// One field of a form refused for what it holds, and what it accepts. Every desk's forms
/// (a member's application, a lost item's claimant, a complaint's caller) throw it: a phone is
/// checked the same way at every desk.
public enum FieldError: Failure, Equatable {
    case invalid(FormField, value: String, accepted: Accepted)

    public var status: ExitStatus { .usage }

    public var messageKey: MessageKey {
        switch self {
        case .invalid(_, _, let a): .field(a.message)
        }
    }

    public var messageArguments: [String] {
        switch self {
        case .invalid(let f, let v, _): [f.rawValue, String(v.prefix(80))]
        }
    }
}

/// Messages of a refused field.
public enum FieldMessage: Sendable, Hashable, CaseIterable {
    case invalidPhone, invalidPartialPhone, invalidIDNumber, invalidCard, invalidBirthday, invalidReceipt
    case invalidAmount, invalidPoints, invalidAdjustment, invalidFutureDay, invalidReceived
}

/// What a field accepts, as a fact: the CLI says it in the clerk's language.
public enum Accepted: Sendable, Equatable {
    case phone, partialPhone, idNumber, card, pastBirthday, receipt, positiveAmount, positivePoints, nonZeroAdjustment
    case notFuture
    /// A time now or in the last 31 days (a complaint's letter that arrived earlier).
    case receivedBeforeNow

    var message: FieldMessage {
        switch self {
        case .phone: .invalidPhone
        case .partialPhone: .invalidPartialPhone
        case .idNumber: .invalidIDNumber
        case .card: .invalidCard
        case .pastBirthday: .invalidBirthday
        case .receipt: .invalidReceipt
        case .positiveAmount: .invalidAmount
        case .positivePoints: .invalidPoints
        case .nonZeroAdjustment: .invalidAdjustment
        case .notFuture: .invalidFutureDay
        case .receivedBeforeNow: .invalidReceived
        }
    }
}
