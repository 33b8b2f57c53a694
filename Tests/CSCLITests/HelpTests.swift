import XCTest

@testable import CSCLI
@testable import CSCore

/// Issue 11, points 11 and 17: help in the clerk's language, global options once, and
/// examples on every command that parse as written.
final class HelpTests: XCTestCase {
    let clock = Clock(now: Instant(parsing: "2026-11-23T10:00:00+08:00", defaultOffset: .utc)!)

    /// Every command that runs, with its path.
    func leaves(_ spec: CommandSpec = CommandTree.root, _ path: [String] = []) -> [(path: [String], spec: CommandSpec)]
    {
        var out = [(path: [String], spec: CommandSpec)]()
        if spec.action != nil && !path.isEmpty { out.append((path, spec)) }
        for s in spec.subcommands { out += leaves(s, path + [s.name]) }
        return out
    }

    func testEveryCommandEndsItsHelpWithExamplesThatParseAsWritten() throws {
        let parser = ArgumentParser(root: CommandTree.root, clock: clock)
        for (path, spec) in leaves() {
            XCTAssertGreaterThanOrEqual(spec.examples.count, 2, "cs \(path.joined(separator: " ")) needs examples")
            for e in spec.examples {
                XCTAssertTrue(e.line.hasPrefix("cs "), e.line)
                let parsed = try parser.parse(e.words)
                XCTAssertEqual(parsed.invocation.path, path, "\(e.line) runs another command")
                XCTAssertFalse(e.zh.isEmpty || e.en.isEmpty, e.line)
            }
            let help = HelpText.render(spec, path: path, language: .en)
            XCTAssertTrue(help.contains("Examples:") && help.contains(spec.examples[0].line), help)
            XCTAssertFalse(help.contains("Global options (any command)"), "globals are shown once, in 'cs help'")
            XCTAssertTrue(help.contains("see 'cs help'"), help)
        }
        XCTAssertTrue(HelpText.render(CommandTree.root, path: [], language: .en).contains("--data-dir DIR"))
    }

    func testEveryOptionAndArgumentIsExplainedInChinese() {
        var specs = GlobalOptions.specs
        var arguments = [ArgumentSpec]()
        for (_, spec) in leaves() {
            specs += spec.options
            arguments += spec.arguments
        }
        for o in specs {
            XCTAssertNotNil(o.helpZh, "\(o.spelling) has no Chinese help")
            XCTAssertTrue(o.helpZh.map { $0.unicodeScalars.contains { $0.value >= 0x4E00 } } ?? false, o.spelling)
        }
        for a in arguments { XCTAssertNotNil(a.helpZh, "\(a.name) has no Chinese help") }
        let zh = HelpText.render(MemberCommands.earn, path: ["member", "earn"], language: .zh)
        XCTAssertTrue(zh.contains("消费单金额") && zh.contains("示例") && !zh.contains("the receipt's amount"), zh)
    }
}
