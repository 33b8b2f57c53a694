import Foundation
import XCTest

/// Issue 11, point 16: completion driven through the shells' own completion functions, with
/// the command lines a clerk types.
final class CompletionTests: XCTestCase {
    /// What bash's completion offers after `line` (the last word is being typed).
    func bash(_ line: String, in cs: CS) -> [String] {
        let words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let dir = CS.binary.deletingLastPathComponent().path
        let script = """
            export PATH='\(dir)':"$PATH"
            eval "$(cs completion bash)"
            COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1)
            _cs
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let r = cs.shell("cd '\(cs.dataDirectory.deletingLastPathComponent().path)' && bash -c \(shellQuote(script))")
        XCTAssertEqual(r.status, 0, r.stderr)
        return r.lines
    }

    func shellQuote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    func testBashCompletesAfterOptionValuesWithChoicesAndFiles() throws {
        let cs = try CS.fresh()
        _ = cs.write("jpeg", to: "scarf.jpg")
        XCTAssertEqual(bash("cs member earn --amount 100 --re", in: cs), ["--receipt"])
        XCTAssertEqual(
            bash("cs member earn 88010000011 --amount 100 --receipt R1 --s", in: cs),
            ["--slip", "--strict"])
        XCTAssertEqual(bash("cs member list --tier g", in: cs), ["gold"])
        XCTAssertEqual(bash("cs member list --sort b", in: cs), ["balance", "birthday"])
        XCTAssertEqual(bash("cs --format j", in: cs), ["json", "jsonl"])
        XCTAssertEqual(bash("cs export l", in: cs), ["ledger", "lostfound"])
        XCTAssertEqual(bash("cs lostfound move L01-1 --to g", in: cs), ["general-affairs"])
        XCTAssertEqual(
            bash("cs lostfound add --photo \(cs.dataDirectory.lastPathComponent)-sc", in: cs),
            ["\(cs.dataDirectory.lastPathComponent)-scarf.jpg"],
            "a photo is a file")
        XCTAssertEqual(bash("cs birthday gift p", in: cs), ["prepare"])
        XCTAssertEqual(bash("cs member earn --amount ", in: cs), [], "an amount is typed, not completed")
        let name = cs.dataDirectory.lastPathComponent + "-members.csv"
        _ = cs.write("name,phone,birthday\n", to: "members.csv")
        XCTAssertEqual(
            bash("cs member import --from \(cs.dataDirectory.lastPathComponent)-mem", in: cs), [name],
            "a file option offers files")
    }

    func testEveryShellHasAScript() throws {
        let cs = try CS.fresh()
        for shell in ["bash", "zsh", "fish"] {
            let r = cs.run("completion", shell)
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertTrue(r.stdout.contains("cs __complete"), shell)
        }
        for shell in ["zsh", "fish"] where FileManager.default.isExecutableFile(atPath: "/usr/bin/\(shell)") {
            let check = cs.shell(
                "cs_script=$(\(CS.binary.path) completion \(shell)); /usr/bin/\(shell) -n -c \"$cs_script\"")
            XCTAssertEqual(check.status, 0, "\(shell) parses its script: \(check.stderr)")
        }
    }
}
