import CSCore

/// The missing fields of an application, spelled as the options the clerk types.
extension MemberError: LocalizedFailure {
    func messageArguments(in language: Language) -> [String] {
        guard case .incomplete(let fields) = self else { return messageArguments }
        return [fields.map(\.spelling).joined(separator: ", ")]
    }
}
