import CSCore

/// A failure some of whose arguments are text the CLI holds in both languages (what a value
/// accepts): the catalog asks for them in the clerk's language instead of the English ones.
protocol LocalizedFailure: Failure {
    func messageArguments(in language: Language) -> [String]
}
