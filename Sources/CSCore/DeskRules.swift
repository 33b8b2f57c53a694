/// The one shape of a desk's rules: a value built from the command's context, whose every
/// change is one transaction under the lock, journalled as `<prefix> <command>` ("member earn",
/// "lostfound claim"). A desk type adopts it and writes its rules; the plumbing is here once.
public protocol DeskRules: Sendable {
    /// The words the desk's journalled commands start with.
    static var commandPrefix: String { get }
    var context: DeskContext { get }
    init(_ context: DeskContext)
}

extension DeskRules {
    public var store: Store { context.store }
    public var config: Config { context.config }
    public var clock: Clock { context.clock }
    public var clerk: String { context.clerk }

    /// Runs `body` as the desk's command `command`: under the lock, one transaction, journalled.
    func change<T>(_ command: String, _ body: (inout Transaction) throws -> T) throws -> T {
        try context.change("\(Self.commandPrefix) \(command)", body)
    }
}
