/// The ids completion offers for a record argument: the records a clerk is likely to mean
/// (complaints still open, items still held, gifts waiting), read from the desk without a
/// lock wait. Declared by the desk next to the argument, so a new desk brings its own.
public struct RecordIds: Sendable {
    let list: @Sendable (Context) throws -> [String]

    public init(_ list: @escaping @Sendable (Context) throws -> [String]) { self.list = list }
}
