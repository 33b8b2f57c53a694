import CSCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The progress line of a long import on the clerk's terminal: the phase, rows so far, rows a
/// second and the time left (estimated from the share of the file read), redrawn at most five
/// times a second and cleared at the end. Silent when stderr is not a terminal.
final class ProgressMeter {
    private let context: Context
    private var phase: ImportProgress.Phase?
    private var phaseStarted = 0.0
    private var lastDrawn = 0.0
    private var drawn = false

    init(_ context: Context) { self.context = context }

    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    func show(_ p: ImportProgress) {
        let now = ProgressMeter.now()
        if p.phase != phase {
            phase = p.phase
            phaseStarted = now
            lastDrawn = 0
        }
        guard now - lastDrawn >= 0.2 || p.phase == .committing else { return }
        lastDrawn = now
        let catalog = context.catalog
        var line: String
        switch p.phase {
        case .checking: line = catalog.text(.member(.importChecking), [String(p.rows)])
        case .importing: line = catalog.text(.member(.importImporting), [String(p.rows)])
        case .committing: line = catalog.text(.member(.importCommitting), [String(p.rows)])
        }
        let elapsed = now - phaseStarted
        if p.phase != .committing, elapsed > 0.5, p.bytes > 0, let total = p.totalBytes, total >= p.bytes {
            let rate = Int(Double(p.rows) / elapsed)
            let left = Int((elapsed * Double(total - p.bytes) / Double(p.bytes)).rounded(.up))
            line += " · " + catalog.text(.member(.importRate), [String(rate), String(left)])
        }
        context.prompter.status(line)
        drawn = true
    }

    /// Takes the line off the terminal before the result is printed.
    func clear() {
        if drawn { context.prompter.status(nil) }
        drawn = false
    }
}
