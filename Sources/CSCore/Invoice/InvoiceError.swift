/// Refusals of the invoice desk (exit status 1 unless said otherwise).
public enum InvoiceError: Failure, Equatable {
    case invalid(field: FormField, value: String)
    case stockOverlaps(code: String, from: String, to: String)
    case receiptInvoiced(receipt: String, invoice: String, at: Instant)
    case noStock(remaining: String)
    case notInStock(String)
    case numberUsed(String)
    case ambiguous(String, [String])
    case notFound(String)
    case alreadyVoided(String)
    case voidTooLate(id: String, month: String)
    case voidElectronic(String)
    case redLetterSameMonth(String)
    case alreadyRedLettered(id: String, by: String)
    case redLetterOfRedLetter(String)
    case notAGap(String)
    /// A red-letter invoice stands against its original: voiding it would leave the original
    /// issued, unable to be red-lettered again, and its receipt free to invoice twice.
    case voidRedLetter(id: String, of: String)
    /// `cs undo` of an invoice: a tax record is never deleted or rewritten by an undo.
    case undoInvoice(id: String)
    /// The seed: "核对发票号确保没有问题,B班客服才可交接" — every gap explained before a handover.
    case handoverWithGaps([String])
    /// The same clerk handing the same empty span to the same person again (to read the sheet
    /// once more): `handover show` reprints it; a second record would make the next one shift B.
    case handoverRepeated(id: String)
    case handoverNotFound(String)

    public var status: ExitStatus {
        switch self {
        case .invalid: .usage
        default: .refused
        }
    }

    public var messageKey: MessageKey {
        switch self {
        case .invalid(let field, _):
            switch field {
            case .code: .invoice(.invalidCode)
            case .from, .to: .invoice(.invalidRange)
            case .receipt: .invoice(.invalidReceipt)
            case .taxId: .invoice(.invalidTaxId)
            case .number: .invoice(.invalidNumber)
            default: .invoice(.invalid)
            }
        case .stockOverlaps: .invoice(.stockOverlaps)
        case .receiptInvoiced: .invoice(.receiptInvoiced)
        case .noStock: .invoice(.noStock)
        case .notInStock: .invoice(.notInStock)
        case .numberUsed: .invoice(.numberUsed)
        case .ambiguous: .invoice(.ambiguous)
        case .notFound: .invoice(.notFound)
        case .alreadyVoided: .invoice(.alreadyVoided)
        case .voidTooLate: .invoice(.voidTooLate)
        case .voidElectronic: .invoice(.voidElectronic)
        case .redLetterSameMonth: .invoice(.redLetterSameMonth)
        case .alreadyRedLettered: .invoice(.alreadyRedLettered)
        case .redLetterOfRedLetter: .invoice(.redLetterOfRedLetter)
        case .notAGap: .invoice(.notAGap)
        case .voidRedLetter: .invoice(.voidRedLetter)
        case .undoInvoice: .invoice(.undoInvoice)
        case .handoverWithGaps: .invoice(.handoverWithGaps)
        case .handoverRepeated: .invoice(.handoverRepeated)
        case .handoverNotFound: .invoice(.handoverNotFound)
        }
    }

    public var messageArguments: [String] {
        switch self {
        case .invalid(let f, let v): [f.rawValue, String(v.prefix(80))]
        case .stockOverlaps(let c, let f, let t): [c, f, t]
        case .receiptInvoiced(let r, let i, let at): [r, i, at.short]
        case .noStock(let r): [r]
        case .notInStock(let n), .numberUsed(let n), .notFound(let n), .alreadyVoided(let n), .voidElectronic(let n),
            .redLetterSameMonth(let n), .redLetterOfRedLetter(let n), .notAGap(let n):
            [n]
        case .ambiguous(let n, let ids): [n, ids.joined(separator: ", ")]
        case .voidTooLate(let i, let m): [i, m]
        case .alreadyRedLettered(let i, let b): [i, b]
        case .voidRedLetter(let i, let o): [i, o]
        case .undoInvoice(let i), .handoverRepeated(let i), .handoverNotFound(let i): [i]
        case .handoverWithGaps(let gaps): [gaps.joined(separator: " ")]
        }
    }
}

/// Messages of the invoice desk.
public enum InvoiceMessage: DeskMessageKey, CaseIterable {
    /// What a merge revealed that `cs sync conflicts` lists.
    case syncNumberTwice
    /// Its section of `cs today`.
    case boardTitle, boardStockLeft, boardStockLow, boardGap
    case invalid, invalidCode, invalidRange, invalidReceipt, invalidTaxId, invalidNumber, stockOverlaps,
        receiptInvoiced, noStock, notInStock, numberUsed, ambiguous, notFound, alreadyVoided
    case voidTooLate, voidElectronic, redLetterSameMonth, alreadyRedLettered, redLetterOfRedLetter, notAGap
    case voidRedLetter, undoInvoice, handoverWithGaps, handoverRepeated, handoverNotFound
    case stockAdded, issued, voided, redLettered, explained, handedOver, slip, sheetTitle, reportTitle, sheetLines
    case sheetProblem, sheetOK, sheetPettyCash, sheetFinance, sheetRemark, sheetWitness, closingSafe
}

extension MessageKey {
    public static func invoice(_ message: InvoiceMessage) -> MessageKey { .desk(DeskMessage(message)) }
}
