import XCTest

@testable import CSCLI
@testable import CSCore

/// Adding a desk is one line in each desk list; forgetting the CLI's line must not go unseen.
final class DeskListTests: XCTestCase {
    func testEveryCoreDeskHasItsCommandsInTheSameOrder() {
        XCTAssertEqual(DeskCommands.all.map(\.desk.name), Desk.all.map(\.name))
        XCTAssertEqual(
            DeskCommands.all.map { $0.command().name }, Desk.all.map(\.name), "a desk's command group is named after it"
        )
    }

    func testTheCommandTreeDoctorAndExportReadTheDeskList() {
        let commands = Set(CommandTree.root.subcommands.map(\.name))
        for desk in Desk.all { XCTAssertTrue(commands.contains(desk.name), desk.name) }
        let kinds = Set(CommandTree.kinds.map(\.name))
        for kind in Desk.all.flatMap(\.kinds) { XCTAssertTrue(kinds.contains(kind.name), kind.name) }
        let exports = Set(CommandTree.exports.map(\.name))
        for export in DeskCommands.all.flatMap({ $0.exports() }) {
            XCTAssertTrue(exports.contains(export.name), export.name)
        }
        let keys = Set(ConfigSetting.all.map(\.name))
        for key in Desk.all.flatMap(\.configKeys) { XCTAssertTrue(keys.contains(key.name), key.name) }
    }

    /// The root names each group before building it: a name that differs from the group's own
    /// would make `cs <name>` run another command than `cs help` lists.
    /// The same holds at every level: a desk's group names its subcommands before building them.
    func testEveryLazilyBuiltCommandCarriesTheNameItIsFoundBy() {
        func visit(_ spec: CommandSpec, _ path: String) {
            for name in spec.subcommandNames {
                guard let child = spec.subcommand(name) else {
                    XCTFail("\(path) \(name) is listed but not found")
                    continue
                }
                XCTAssertEqual(child.name, name, "\(path) \(name)")
                visit(child, "\(path) \(name)")
            }
            XCTAssertEqual(spec.subcommandNames.count, Set(spec.subcommandNames).count, path)
        }
        visit(CommandTree.root, "cs")
    }

    /// `cs sync conflicts` has the desk that found a business conflict say it, in both
    /// languages: a subject no desk says would be listed as bare record ids.
    func testEveryBusinessConflictIsSaidByTheDeskThatFindsIt() {
        let shared: Set<SyncConflict.Subject> = [.field, .refused, .state]
        for subject in SyncConflict.Subject.allCases where !shared.contains(subject) {
            let c = SyncConflict(
                subject: subject, recordKind: "x", key: "K-1", records: ["a.01-1"],
                foundAt: Instant(epochSeconds: 0, offset: .utc), foundBy: "01")
            for language in [Language.en, .zh] {
                let said = DeskCommands.all.compactMap { $0.conflict?(c, Catalog(language)) }
                XCTAssertEqual(said.count, 1, "\(subject)")
                XCTAssertTrue(said.first?.contains("K-1") ?? false, "\(subject) \(language)")
            }
        }
    }
}
