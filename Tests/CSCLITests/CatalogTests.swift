import Foundation
import XCTest

@testable import CSCLI
@testable import CSCore

final class CatalogTests: XCTestCase {
    func testEveryMessageHasAnEnglishAndAChineseText() {
        // A missing text does not compile; an empty one in one language only would.
        for key in MessageKey.all {
            XCTAssertEqual(key.text.en.isEmpty, key.text.zh.isEmpty, "\(key)")
        }
        // Only the neutral title (no 先生/女士) is empty on purpose.
        XCTAssertEqual(MessageKey.all.filter { $0.text.en.isEmpty }, [.member(.titleNeutral)])
    }

    /// Issue 28: `doctor` counted `members: 313` and `log` listed `ledger` in Chinese output.
    /// Every kind a desk keeps has a Chinese name (a new desk names its own).
    func testEveryRecordKindHasAChineseName() {
        for desk in Desk.all {
            for kind in desk.kinds {
                XCTAssertNotNil(KindName.zh[kind.name], "\(desk.name): \(kind.name) has no Chinese name")
            }
        }
        XCTAssertEqual(KindName.text("members", .zh), "会员")
        XCTAssertEqual(KindName.text("members", .en), "members")
    }

    func testPlaceholdersMatchBetweenLanguages() {
        for key in MessageKey.all {
            let en = key.text.en
            let zh = key.text.zh
            for i in 0..<6 { XCTAssertEqual(en.contains("{\(i)}"), zh.contains("{\(i)}"), "\(key) {\(i)}") }
        }
    }

    func testTheLocaleChoosesTheLanguage() {
        XCTAssertEqual(Language.from(environment: ["LANG": "zh_CN.UTF-8"]), .zh)
        XCTAssertEqual(Language.from(environment: ["LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"]), .en)
        XCTAssertEqual(Language.from(environment: ["CS_LANG": "zh", "LC_ALL": "C"]), .zh)
        XCTAssertEqual(Language.from(environment: [:]), .en)
    }

    /// Every command and option in `cs help` appears in its man page (cs-COMMAND.1, or cs.1
    /// for housekeeping), so the two cannot drift apart.
    func testTheManPagesDescribeEveryCommandAndOption() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        func page(_ name: String) -> String {
            let raw = (try? String(contentsOf: root.appendingPathComponent("man/\(name).1"), encoding: .utf8)) ?? ""
            return raw.replacingOccurrences(of: "\\-", with: "-").replacingOccurrences(of: "\\fB", with: "")
                .replacingOccurrences(of: "\\fR", with: "").replacingOccurrences(of: "\\fI", with: "")
        }
        let main = page("cs")
        XCTAssertFalse(main.isEmpty, "man/cs.1 exists")
        func visit(_ spec: CommandSpec, _ path: [String], _ text: String) {
            if !path.isEmpty {
                XCTAssertTrue(
                    text.contains(path.joined(separator: " ")), "man page lacks '\(path.joined(separator: " "))'")
            }
            for o in spec.options {
                XCTAssertTrue(
                    text.contains(o.spelling), "man page lacks \(o.spelling) of \(path.joined(separator: " "))")
            }
            for s in spec.subcommands { visit(s, path + [s.name], text) }
        }
        for command in CommandTree.root.subcommands {
            let own = page("cs-\(command.name)")
            visit(command, [command.name], own.isEmpty ? main : own)
            XCTAssertTrue(main.contains(command.name), "cs(1) lists \(command.name)")
        }
        for o in GlobalOptions.specs { XCTAssertTrue(main.contains(o.spelling), "cs(1) lacks global \(o.spelling)") }
    }
}

/// Issue 28: one option name per meaning across desks, in one table in cs(1).
extension CatalogTests {
    func testEveryOptionNameSharedByCommandsHasOneMeaningInCs1() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let raw = try String(contentsOf: root.appendingPathComponent("man/cs.1"), encoding: .utf8)
        let plain = raw.replacingOccurrences(of: "\\-", with: "-")
        guard let start = plain.range(of: ".SH OPTION NAMES") else { return XCTFail("cs(1) has OPTION NAMES") }
        let section = plain[start.upperBound...].components(separatedBy: "\n.SH ")[0]
        let headings = section.components(separatedBy: "\n").filter { $0.hasPrefix(".B ") }.joined(separator: " ")
        var commands: [String: Set<String>] = [:]
        func visit(_ spec: CommandSpec, _ path: String) {
            for o in spec.options { commands[o.spelling, default: []].insert(path) }
            for s in spec.subcommands { visit(s, path + " " + s.name) }
        }
        visit(CommandTree.root, "cs")
        let shared = commands.filter { $0.value.count > 1 }.keys.sorted()
        XCTAssertGreaterThan(shared.count, 20)
        for spelling in shared {
            let named = headings.range(of: spelling + "(?![a-z-])", options: .regularExpression) != nil
            XCTAssertTrue(named, "\(spelling) (\(commands[spelling]!.sorted())) is not in cs(1) OPTION NAMES")
        }
    }

    /// The names an older cs used for the same meaning are refused with the one to use.
    func testOldOptionNamesAreRefusedWithTheNameToUse() {
        for (line, use) in [
            (["birthday", "upcoming", "--days", "3"], "--within"),
            (["birthday", "gift", "give", "G01-1", "--by", "wang"], "--handed-over-by"),
            (["member", "price", "88010000011", "--amount", "100", "--on", "2026-11-25"], "--date"),
            (["lostfound", "list", "--due"], "--overdue"),
            (["birthday", "replies", "--count"], "--totals"),
        ] {
            let r = Runner().run(line, environment: ["CS_DATA_DIR": "/nonexistent/cs"])
            XCTAssertEqual(r.status, 2, line.joined(separator: " "))
            XCTAssertTrue(r.stderr.contains(use), r.stderr)
        }
    }
}
