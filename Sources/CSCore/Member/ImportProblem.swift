/// One thing wrong with an imported file, as facts (where, and which message with which
/// values) — the CLI says it in the clerk's language.
public enum ImportProblem: Sendable, Equatable {
    case notUTF8
    case unterminatedQuote
    case empty
    case unknownColumn(String)
    case duplicateColumn(String)
    case missingColumn(String)
    case fieldTooLong(field: Int?, max: Int)
    case controlCharacter
    case fieldCount(has: Int, header: Int)
    case emptyValue(column: String)
    case nameTooLong(max: Int)
    case invisible(column: String, value: String)
    /// A value its column does not accept; the CLI says what the column accepts.
    case invalid(column: String, value: String)
    case inFuture(column: String, value: String)
    case cardExists(String)
    case phoneTaken(String)
    case cardNeededForLedger
    case duplicateID(String)
    case idOutsideAccount(id: String, account: String)
    case unknownAccount(String)
    case receiptTwice(String)
    case figuresDisagree(points: Int64, balance: Money, ledgerPoints: Int64, ledgerBalance: Money)
    /// The file read in the second pass is not the one checked in the first.
    case fileChanged

    /// Each column says in its own message what it accepts.
    static func invalidKey(_ column: String) -> ImportMessage {
        switch column {
        case "phone": .invalidPhone
        case "birthday": .invalidBirthday
        case "gender": .invalidGender
        case "kind": .invalidKind
        case "tier": .invalidTier
        case "status": .invalidStatus
        case "points": .invalidPoints
        case "balance": .invalidBalance
        case "idNumber": .invalidIDNumber
        case "card": .invalidCard
        case "joinedAt": .invalidJoinedAt
        case "ledgerKind": .invalidLedgerKind
        case "ledgerPoints": .invalidLedgerPoints
        case "amount": .invalidAmount
        case "at": .invalidAt
        case "expiresOn": .invalidExpiresOn
        default: .invalidReceipt
        }
    }

    var message: (ImportMessage, [String]) {
        switch self {
        case .notUTF8: (.notUTF8, [])
        case .unterminatedQuote: (.unterminatedQuote, [])
        case .empty: (.empty, [])
        case .unknownColumn(let c): (.unknownColumn, [String(c.prefix(40))])
        case .duplicateColumn(let c): (.duplicateColumn, [c])
        case .missingColumn(let c): (.missingColumn, [c])
        case .fieldTooLong(let f, let max):
            f.map { (.fieldTooLong, [String($0), String(max)]) }
                ?? (.aFieldTooLong, [String(max)])
        case .controlCharacter: (.controlCharacter, [])
        case .fieldCount(let has, let header): (.fieldCount, [String(has), String(header)])
        case .emptyValue(let c): (c == "clerk" ? .clerkEmpty : .nameEmpty, [])
        case .nameTooLong(let max): (.nameTooLong, [String(max)])
        case .invisible(_, let v): (.nameInvisible, [String(v.prefix(40))])
        case .invalid(let c, let v): (ImportProblem.invalidKey(c), [String(v.prefix(40))])
        case .inFuture(_, let v): (.birthdayInFuture, [v])
        case .cardExists(let c): (.cardExists, [c])
        case .phoneTaken(let p): (.phoneTaken, [p])
        case .cardNeededForLedger: (.cardNeeded, [])
        case .duplicateID(let id): (.duplicateID, [String(id.prefix(40))])
        case .idOutsideAccount(let id, let a): (.iDOutsideAccount, [String(id.prefix(40)), a])
        case .unknownAccount(let a): (.unknownAccount, [a])
        case .receiptTwice(let r): (.receiptTwice, [r])
        case .fileChanged: (.fileChanged, [])
        case .figuresDisagree(let p, let b, let lp, let lb):
            (.figuresDisagree, [String(p), b.decimal, String(lp), lb.decimal])
        }
    }
}

/// Where a problem is: a line of the members file or of the ledger, or the ledger as a whole.
public enum ImportPlace: Sendable, Equatable {
    case line(Int)
    case ledgerLine(Int)
    case ledger
    case file
}

/// A problem and where it is.
public struct PlacedImportProblem: Sendable, Equatable {
    public let place: ImportPlace
    public let problem: ImportProblem

    public init(_ place: ImportPlace, _ problem: ImportProblem) {
        self.place = place
        self.problem = problem
    }

    var detail: MessageDetail {
        let (key, arguments) = problem.message
        let prefix: MessageDetail.Place? =
            switch place {
            case .line(let n): .line(n)
            case .ledgerLine(let n): .ledgerLine(n)
            case .ledger: .ledger
            case .file: nil
            }
        return MessageDetail(place: prefix, key: .memberImport(key), arguments: arguments)
    }
}

/// One line under an error's message (an import's problems), with where it applies.
public struct MessageDetail: Sendable, Equatable {
    public enum Place: Sendable, Equatable {
        case line(Int)
        case ledgerLine(Int)
        case ledger
    }

    public let place: Place?
    public let key: MessageKey
    public let arguments: [String]

    public init(place: Place?, key: MessageKey, arguments: [String]) {
        self.place = place
        self.key = key
        self.arguments = arguments
    }
}
