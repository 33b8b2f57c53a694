import Foundation
import XCTest

/// The shape a newcomer can read: small files, functions named by their phases. A function
/// longer than `SourceShapeTests.longestFunction` lines says why in a `// Long:` comment just
/// above it (a table, a scenario read top to bottom); a file over `largestFile` lines is split.
final class SourceShapeTests: XCTestCase {
    static let longestFunction = 60
    static let largestFile = 400
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func sources() throws -> [(path: String, lines: [String])] {
        let top = root.appendingPathComponent("Sources")
        guard let walk = FileManager.default.enumerator(atPath: top.path) else { return [] }
        var out = [(path: String, lines: [String])]()
        for case let relative as String in walk where relative.hasSuffix(".swift") {
            let text = try String(contentsOf: top.appendingPathComponent(relative), encoding: .utf8)
            out.append(("Sources/" + relative, text.components(separatedBy: "\n")))
        }
        return out
    }

    /// How many lines the declaration starting at `start` spans, to its matching brace; braces
    /// inside string literals and comments do not count.
    static func span(_ lines: [String], from start: Int) -> Int {
        var depth = 0
        var opened = false
        for i in start..<lines.count {
            var inString = false
            var previous: Character = " "
            for c in lines[i] {
                if inString {
                    if c == "\"" && previous != "\\" { inString = false }
                } else if c == "\"" {
                    inString = true
                } else if c == "/" && previous == "/" {
                    break
                } else if c == "{" {
                    depth += 1
                    opened = true
                } else if c == "}" {
                    depth -= 1
                }
                previous = c
            }
            if opened && depth <= 0 { return i - start + 1 }
        }
        return lines.count - start
    }

    func testNoFunctionIsLongerThanSixtyLinesWithoutSayingWhy() throws {
        let declaration = try NSRegularExpression(
            pattern: #"^\s*(@\w+\s+)*((public|private|fileprivate|static|mutating|override)\s+)*(func|init)\b"#)
        var long = [String]()
        for (path, lines) in try SourceShapeTests.sources() {
            for (i, line) in lines.enumerated() {
                let range = NSRange(line.startIndex..., in: line)
                guard declaration.firstMatch(in: line, range: range) != nil else { continue }
                let n = SourceShapeTests.span(lines, from: i)
                guard n > SourceShapeTests.longestFunction else { continue }
                var above = i - 1
                while above >= 0,
                    lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("///")
                        || lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("@")
                {
                    above -= 1
                }
                let said = lines[max(0, above - 2)...max(0, i)].contains { $0.contains("// Long:") }
                if !said { long.append("\(path):\(i + 1) \(n) lines") }
            }
        }
        XCTAssertEqual(long, [], "split these into named steps, or say why in a `// Long:` comment")
    }

    func testNoSourceFileIsLongerThanFourHundredLines() throws {
        let large = try SourceShapeTests.sources().filter { $0.lines.count > SourceShapeTests.largestFile }
        XCTAssertEqual(large.map(\.path), [])
    }

    /// The desks' rules name fields as their records do; only the CLI knows that `idNumber` is
    /// typed as `--id-number` (a field named by its option broke when an option was renamed).
    func testTheDesksRulesNameNoOptionSpelling() throws {
        let desks = ["Member", "Birthday", "LostFound", "Invoice", "Complaint", "Lend", "Keep", "Followup", "Ask"].map {
            "Sources/CSCore/\($0)/"
        }
        var spelled = [String]()
        for (path, lines) in try SourceShapeTests.sources() where desks.contains(where: path.hasPrefix) {
            for (i, line) in lines.enumerated() where line.contains("\"--") && !line.contains("///") {
                spelled.append("\(path):\(i + 1)")
            }
        }
        XCTAssertEqual(spelled, [])
    }

    /// Adding a desk touches two shared lines: its entry in `Desk.all` and in
    /// `DeskCommands.all`. Any other mention of a desk's types outside its folders is one desk
    /// using another, each named here with why.
    func testADeskIsNamedOutsideItsFoldersOnlyInTheTwoDeskLists() throws {
        let uses: Set<String> = [
            // `member show` lists the member's complaints (seed: a complaint names the member).
            "Complaint Sources/CSCLI/Member/MemberCommands.swift",
            // An uncollected bag becomes a lost item, its custody continued (issue 29).
            "LostFound Sources/CSCore/Keep/KeepDesk+Sweep.swift",
            // A follow-up call's low score becomes a complaint in the call desk's transaction (issue 30).
            "Complaint Sources/CSCore/Followup/FollowupDesk.swift",
            // A peer's photo of a lost item is checked for size before it is merged.
            "LostFound Sources/CSCore/Sync/SharedPaths.swift",
        ]
        let kinds = [
            "Desk", "Commands", "Message", "Kinds", "Options", "Tables", "Config", "Error", "Examples", "Labels",
        ]
        var named = [String]()
        var listed = [String: Int]()
        for (path, lines) in try SourceShapeTests.sources() where !path.hasPrefix("Sources/cs-bench/") {
            for desk in ["Member", "Birthday", "LostFound", "Invoice", "Complaint", "Lend", "Keep", "Followup", "Ask"] {
                let own = ["Sources/CSCore/\(desk)/", "Sources/CSCLI/\(desk)/"]
                guard !own.contains(where: path.hasPrefix), !uses.contains("\(desk) \(path)") else { continue }
                let types = try NSRegularExpression(pattern: "\\b\(desk)(\(kinds.joined(separator: "|")))\\b")
                for (i, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                    if types.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil {
                        named.append("\(path):\(i + 1)")
                    }
                    // The list runs from `static let all:` to its closing bracket.
                    if line.contains("static let all: [Desk") {
                        let declaration = lines[i...].prefix { !$0.hasPrefix("    ]") }.joined(separator: " ")
                        if declaration.contains(".\(desk.lowercased()),")
                            || declaration.contains(".\(desk.lowercased())]")
                        {
                            listed[desk, default: 0] += 1
                        }
                    }
                }
            }
        }
        XCTAssertEqual(named, [])
        for desk in ["Member", "Birthday", "LostFound", "Invoice", "Complaint", "Lend", "Keep", "Followup", "Ask"] {
            XCTAssertEqual(listed[desk], 2, "\(desk): one line in Desk.all and one in DeskCommands.all")
        }
    }
}
