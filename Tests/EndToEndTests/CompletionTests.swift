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
        XCTAssertEqual(bash("cs export lo", in: cs), ["lostfound", "loans"])
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

    /// Issue 28: the command after `cs help` is completed like the command itself.
    func testTheCommandAfterHelpIsCompleted() throws {
        let cs = try CS.fresh()
        XCTAssertEqual(cs.run("__complete", "help", "mem").stdout, "member\n")
        XCTAssertEqual(cs.run("__complete", "help", "invoice", "hand").stdout, "handover\nhandovers\n")
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

    /// Issue 28: `eval "$(cs completion zsh)"` failed without compinit ("command not found:
    /// compdef"), and the script saved as `_cs` on `$fpath` completed nothing on the first TAB.
    func testZshCompletesWithoutCompinitAndOnTheFirstTabFromFpath() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/zsh") else {
            throw XCTSkip("zsh is not installed")
        }
        let cs = try CS.fresh()
        let bin = CS.binary.deletingLastPathComponent().path
        let eval = cs.shell(
            "PATH=\(bin):$PATH HOME=\(cs.dataDirectory.path) /usr/bin/zsh -f -c "
                + "'eval \"$(cs completion zsh)\" && print ${_comps[cs]}'")
        XCTAssertEqual(eval.stderr, "", "no compdef error")
        XCTAssertEqual(eval.stdout, "_cs\n")
        let dir = cs.dataDirectory.deletingLastPathComponent().appendingPathComponent("fpath")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data(cs.run("completion", "zsh").stdout.utf8).write(to: dir.appendingPathComponent("_cs"))
        // compadd stands in for the completion system: what the first call offers is printed.
        let first = cs.shell(
            "PATH=\(bin):$PATH /usr/bin/zsh -f -c 'fpath=(\(dir.path) $fpath); autoload -Uz _cs; "
                + "compadd() { print -l -- \"$@\" }; words=(cs lostf); CURRENT=2; _cs'")
        XCTAssertEqual(first.stdout, "--\nlostfound\n", first.stderr)
    }
}
