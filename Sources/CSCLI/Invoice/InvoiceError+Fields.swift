import CSCore

/// A refused field of an invoice command, spelled as the option the clerk typed.
extension InvoiceError: LocalizedFailure {
    func messageArguments(in language: Language) -> [String] {
        guard case .invalid(let field, let value) = self else { return messageArguments }
        return [field.spelling, String(value.prefix(80))]
    }
}
