import Foundation
import XCTest

@testable import CSCLI
@testable import CSCore

/// The hostile-input part of the campaign: seeded, so a failure replays with its seed
/// (`CS_SEED`); bigger with `CS_CAMPAIGN=full`. Every case must end with a status 0–4 and, when
/// not 0, a one-line `cs: …` message; nothing outside the sandbox may appear.
final class FuzzTests: XCTestCase {
    let full = ProcessInfo.processInfo.environment["CS_CAMPAIGN"] == "full"
    let seed = UInt64(ProcessInfo.processInfo.environment["CS_SEED"] ?? "") ?? 20_261_123

    typealias Rng = SeededRandom

    var sandbox: URL!

    override func setUpWithError() throws {
        sandbox = FileManager.default.temporaryDirectory.appendingPathComponent("cs-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: sandbox, withIntermediateDirectories: true)
    }

    var environment: [String: String] {
        [
            "CS_DATA_DIR": sandbox.appendingPathComponent("data").path, "CS_NOW": "2026-11-23T10:00:00+08:00",
            "CS_CLERK": "fuzz", "CS_LOCK_TIMEOUT": "5",
        ]
    }

    func randomBytes(_ n: Int, _ rng: inout Rng) -> [UInt8] {
        (0..<n).map { _ in UInt8.random(in: 0...255, using: &rng) }
    }

    func hostileValue(_ rng: inout Rng) -> String {
        switch Int.random(in: 0..<17, using: &rng) {
        case 0: return String(decoding: randomBytes(Int.random(in: 0...40, using: &rng), &rng), as: UTF8.self)
        case 1: return "a\u{0}b"
        case 2: return String(repeating: "长", count: 350_000)
        case 3: return "../../../etc/passwd"
        case 4: return "\(Int64.max)"
        case 5: return "\(Int64.min)"
        case 6: return "-\(Int.random(in: 0...1_000_000, using: &rng))"
        case 7: return "99999999999.99"
        case 8: return "\u{1B}[31m\r\n\t"
        case 9:
            return ["today", "2026-02-29", "2024-02-29", "0000-01-01", "9999-12-31", "13", "2026-13"].randomElement(
                using: &rng)!
        case 10: return ["¥588.50", "588.505", "1e9", "0.00", "-0.01", ".5", "5."].randomElement(using: &rng)!
        case 11: return "=cmd|' /C calc'!A0"
        case 12: return "\u{FEFF}\u{200D}\u{0301}"
        case 13: return "13800138000"
        case 14: return "88010000011"
        case 15:
            return ["L01-1", "l01-1", "L01-999", "safe", "general-affairs", "总务处", "police"].randomElement(using: &rng)!
        default: return String(Int.random(in: -5...200, using: &rng))
        }
    }

    /// Words the parser knows, so random command lines reach deep into the commands.
    lazy var vocabulary: [String] = {
        var words = Set<String>()
        func visit(_ spec: CommandSpec) {
            words.insert(spec.name)
            for o in spec.options { words.insert(o.spelling) }
            spec.subcommands.forEach(visit)
        }
        visit(CommandTree.root)
        for o in GlobalOptions.specs { words.insert(o.spelling) }
        words.insert("--")
        words.insert("-q")
        words.insert("-x")
        // Paths are kept inside the sandbox: the fuzzer checks that nothing else is touched.
        for w in ["--out", "--to", "--from", "--csv", "--template", "--data-dir", "restore", "backup"] {
            words.remove(w)
        }
        return words.sorted()
    }()

    func check(_ args: [String], _ result: Runner.Result, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(
            (0...4).contains(result.status), "\(args.map { String($0.prefix(40)) }) exited \(result.status)",
            file: file, line: line)
        if result.status != 0 && result.status != 4 && args.first != "doctor" {
            XCTAssertTrue(
                result.stderr.hasPrefix("cs: "), "\(args.map { String($0.prefix(40)) }): \(result.stderr.prefix(200))",
                file: file, line: line)
        }
    }

    func testRandomCommandLinesEndWithAStatusAndAMessage() throws {
        var rng = Rng(seed: seed)
        let runner = Runner()
        _ = runner.run(["init"], environment: environment)
        _ = runner.run(
            ["member", "add", "--name", "Seed", "--phone", "13800138000", "--birthday", "1990-01-01"],
            environment: environment)
        _ = runner.run(
            [
                "lostfound", "add", "--item", "手机", "--where", "lobby", "--handed-in-by", "a", "--supervisor", "b",
                "--found-at", "2026-11-19T10:00",
            ], environment: environment)
        let cases = full ? 20_000 : 1_500
        for _ in 0..<cases {
            var args = [String]()
            for _ in 0..<Int.random(in: 0...7, using: &rng) {
                args.append(Bool.random(using: &rng) ? vocabulary.randomElement(using: &rng)! : hostileValue(&rng))
            }
            if Int.random(in: 0..<4, using: &rng) == 0 {
                args.insert(
                    contentsOf: ["member", ["add", "earn", "redeem", "price", "import"].randomElement(using: &rng)!],
                    at: 0)
            }
            check(args, runner.run(args, environment: environment))
        }
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: sandbox.path), ["data"],
            "nothing outside the data directory")
        XCTAssertEqual(
            runner.run(["doctor"], environment: environment).status, 0, "whatever was accepted left the data sound")
        print("campaign[seed \(seed)\(full ? ", full" : "")]: fuzz: \(cases) random command lines, 0 traps")
    }

    func testTypedValuesNeverTrap() {
        var rng = Rng(seed: seed &+ 1)
        let clock = Clock(now: Instant(epochSeconds: 1_795_000_000, offset: .utc))
        let types: [ValueType] = [
            .text, .amount, .positiveAmount, .date, .month, .instant, .integer(-5...5), .choice(["a"]), .rate,
        ]
        let cases = full ? 200_000 : 20_000
        for _ in 0..<cases {
            let raw =
                Bool.random(using: &rng)
                ? hostileValue(&rng)
                : String(decoding: randomBytes(Int.random(in: 0...24, using: &rng), &rng), as: UTF8.self)
            for t in types { _ = t.parse(raw, clock: clock) }
            _ = Phone(raw)
            _ = Money(parsing: raw)
            _ = Instant(parsing: raw, defaultOffset: .utc)
            _ = UTCOffset(parsing: raw)
        }
    }

    func testTheDocumentLoaderSurvivesAnyBytes() throws {
        var rng = Rng(seed: seed &+ 2)
        let good = Array(
            "{\"id\":\"88010000011\",\"schema\":1,\"name\":\"张三\",\"phone\":\"13800138000\",\"birthday\":\"1990-01-01\",\"gender\":\"male\",\"kind\":\"regular\",\"tier\":\"gold\",\"status\":\"active\",\"account\":\"88010000011\",\"points\":5,\"balance\":100,\"totalSpend\":0,\"joinedAt\":\"2026-01-01T00:00:00+08:00\",\"updatedAt\":\"2026-01-01T00:00:00+08:00\"}"
                .utf8)
        let cases = full ? 300_000 : 30_000
        for n in 0..<cases {
            var bytes = good
            switch n % 4 {
            case 0: bytes = randomBytes(Int.random(in: 0...200, using: &rng), &rng)
            case 1:
                for _ in 0..<Int.random(in: 1...4, using: &rng) {
                    bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
                }
            case 2: bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &rng)))
            default: bytes.insert(contentsOf: randomBytes(3, &rng), at: Int.random(in: 0..<bytes.count, using: &rng))
            }
            if let v = try? bytes.withUnsafeBufferPointer({ try JSONParser.parse($0) }), let o = v.object {
                _ = try? Member(document: Document(o))
            }
        }
        // Through the binary's code path: damaged shards are reported, not fatal.
        let runner = Runner()
        _ = runner.run(["init"], environment: environment)
        for i in 0..<20 {
            _ = runner.run(
                ["member", "add", "--name", "M\(i)", "--phone", "1380000\(1000 + i)", "--birthday", "1990-01-01"],
                environment: environment)
        }
        let dir = sandbox.appendingPathComponent("data/members")
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).prefix(5) {
            try Data(randomBytes(300, &rng)).write(to: dir.appendingPathComponent(name))
        }
        for args in [
            ["member", "list"], ["doctor"], ["member", "find", "--name", "M"], ["birthday", "list", "--month", "1"],
            ["export", "members"], ["member", "show", "13800001005"],
        ] {
            check(args, runner.run(args, environment: environment))
        }
        XCTAssertEqual(runner.run(["doctor"], environment: environment).status, 3)
        print("campaign[seed \(seed)\(full ? ", full" : "")]: fuzz: \(cases) mutated documents, 0 traps")
    }

    func testCSVImportSurvivesHostileFiles() throws {
        var rng = Rng(seed: seed &+ 3)
        let runner = Runner()
        _ = runner.run(["init"], environment: environment)
        let file = sandbox.appendingPathComponent("in.csv")
        let header = "name,phone,birthday,points,balance\n"
        let cases = full ? 3_000 : 300
        for _ in 0..<cases {
            var text = header
            for r in 0..<Int.random(in: 0...5, using: &rng) {
                let fields = (0..<Int.random(in: 1...7, using: &rng)).map { _ in
                    Bool.random(using: &rng) ? String(hostileValue(&rng).prefix(600)) : "x\(r)"
                }
                text +=
                    fields.map {
                        Bool.random(using: &rng) ? "\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\"" : $0
                    }.joined(separator: ",") + "\n"
            }
            var bytes = Array(text.utf8)
            if Int.random(in: 0..<5, using: &rng) == 0 { bytes += randomBytes(20, &rng) }
            try Data(bytes).write(to: file)
            let args = ["member", "import", "--from", file.path] + (Bool.random(using: &rng) ? ["--dry-run"] : [])
            let r = runner.run(args, environment: environment)
            check(args, r)
        }
        let doctor = runner.run(["doctor"], environment: environment)
        XCTAssertEqual(doctor.status, 0, doctor.stdout.replacingOccurrences(of: "\n", with: " | "))
        print("campaign[seed \(seed)\(full ? ", full" : "")]: fuzz: \(cases) hostile CSV imports, 0 traps")
    }
}
