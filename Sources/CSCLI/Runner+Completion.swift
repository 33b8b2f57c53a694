import CSCore

extension Runner {
    /// The ids a record argument offers, read as any listing reads them but never waiting for
    /// the lock (a TAB must answer at once: a desk busy writing offers nothing this time) and
    /// never failing (an unreadable or missing desk offers nothing).
    static func completionIds(_ ids: RecordIds, words: [String], environment env: [String: String]) -> [String] {
        var env = env
        env["CS_LOCK_TIMEOUT"] = "0"
        var globals = GlobalOptions()
        // `cs --data-dir /srv/desk complaint resolve <TAB>` completes from that desk.
        if let i = words.firstIndex(of: "--data-dir"), i + 1 < words.count - 1 {
            globals.dataDirectory = words[i + 1]
        } else if let w = words.dropLast().first(where: { $0.hasPrefix("--data-dir=") }) {
            globals.dataDirectory = String(w.dropFirst("--data-dir=".count))
        }
        guard
            let context = try? Context(environment: env, globals: globals, language: .en),
            context.configProblem == nil, context.store.isInitialized
        else { return [] }
        defer { context.store.readView?.end() }
        return (try? ids.list(context)) ?? []
    }
}
