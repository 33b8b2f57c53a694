import CSCore
import Foundation

/// cs-bench: the performance benchmark of issue 6.
///   cs-bench generate --members N --to DIR
///   cs-bench run --members N [--runs 7] [--cs PATH] [--work DIR] [--json FILE] [--skip ROW,…]
/// `run` times the real release `cs` as whole processes against the sqlite3 CLI on the same
/// rows (loaded from cs's own export) and prints a table of medians, ratios and peak memory.
let arguments = Array(CommandLine.arguments.dropFirst())

func option(_ name: String) -> String? {
    guard let i = arguments.firstIndex(of: "--\(name)"), i + 1 < arguments.count else { return nil }
    return arguments[i + 1]
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("cs-bench: " + message + "\n").utf8))
    exit(2)
}

/// 2026-11-23T10:00:00+08:00: the bench's rows are dated as if made that morning.
let benchNow = Instant(epochSeconds: 1_795_399_200, offset: UTCOffset(seconds: 8 * 3600) ?? .utc)

func generate(members: Int, to dir: String) {
    guard !FileManager.default.fileExists(atPath: dir) else { fail("\(dir) exists; remove it first") }
    let start = Spawn.now()
    var g = Generator(members: members, root: dir, now: benchNow)
    do {
        let r = try g.run()
        print(
            "generated \(r.members) members, \(r.entries) ledger entries, \(r.gifts) gifts in \(dir) (\(String(format: "%.1f", Spawn.now() - start)) s)"
        )
    } catch { fail("generate: \(error)") }
}

switch arguments.first {
case "generate":
    guard let n = option("members").flatMap(Int.init), let dir = option("to") else {
        fail("usage: cs-bench generate --members N --to DIR")
    }
    generate(members: n, to: dir)
case "run":
    guard let n = option("members").flatMap(Int.init) else {
        fail("usage: cs-bench run --members N [--runs 7] [--cs PATH] [--work DIR] [--json FILE] [--skip ROW,…]")
    }
    let runs = option("runs").flatMap(Int.init) ?? 7
    let cs = option("cs") ?? FileManager.default.currentDirectoryPath + "/.build/release/cs"
    let work = option("work") ?? "/tmp/cs-bench"
    var bench = Benchmark(members: n, runs: runs, cs: cs, work: work)
    bench.skip = option("skip").map { $0.split(separator: ",").map(String.init) } ?? []
    // Generate in a child process: a child's peak memory (wait4) would otherwise start from
    // this process's, swollen by the generator.
    let results = bench.run { n, dir in
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).path
        let r = Spawn.run(
            [me, "generate", "--members", String(n), "--to", dir],
            environment: ProcessInfo.processInfo.environment)
        if r.status != 0 { fail("generate exited \(r.status)") }
    }
    bench.print(results)
    if let path = option("json") { bench.writeJSON(results, to: path) }
default:
    fail(
        "usage: cs-bench generate --members N --to DIR | cs-bench run --members N [--runs 7] [--cs PATH] [--work "
            + "DIR] [--json FILE]")
}
