import CSCore
import Foundation

/// Runs whole processes and measures them: wall time from a monotonic clock, peak resident
/// memory from wait4's rusage. Output goes to /dev/null unless captured.
enum Spawn {
    struct Run {
        let seconds: Double
        let peakMB: Double
        let status: Int32
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    static func run(_ argv: [String], environment: [String: String], stdoutPath: String = "/dev/null") -> Run {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        let cEnv: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in cArgs { free(p) }
            for p in cEnv { free(p) }
        }
        var pid: pid_t = 0
        let start = now()
        let rc = posix_spawnp(&pid, argv[0], &actions, nil, cArgs, cEnv)
        guard rc == 0 else { return Run(seconds: 0, peakMB: 0, status: -1) }
        var status: Int32 = 0
        var usage = rusage()
        _ = SystemCall.retryingInterrupts { wait4(pid, &status, 0, &usage) }
        let elapsed = now() - start
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Run(seconds: elapsed, peakMB: Double(usage.ru_maxrss) / 1024, status: exit)
    }

    /// Median wall time (ms) and the largest peak (MB) of `runs` runs after `warmup`.
    static func measure(
        runs: Int, warmup: Int = 1, prepare: (Int) -> Void = { _ in }, _ command: (Int) -> [String],
        environment: [String: String],
        success: Set<Int32> = [0]
    ) -> (medianMS: Double, peakMB: Double, failures: Int) {
        var times = [Double]()
        var peak = 0.0
        var failures = 0
        for i in 0..<(warmup + runs) {
            prepare(i)
            let r = run(command(i), environment: environment)
            if !success.contains(r.status) { failures += 1 }
            if i >= warmup {
                times.append(r.seconds * 1000)
                peak = max(peak, r.peakMB)
            }
        }
        times.sort()
        return (times[times.count / 2], peak, failures)
    }
}
