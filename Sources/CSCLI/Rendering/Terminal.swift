#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Facts about where output goes: colour only on a real terminal and never with `NO_COLOR` or
/// `TERM=dumb`; tables fit `COLUMNS` or the terminal's width.
public enum Terminal {
    public static func useColor(_ choice: ColorChoice, environment env: [String: String]) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto:
            if env["NO_COLOR"] != nil { return false }
            if env["TERM"] == "dumb" { return false }
            return isatty(1) == 1
        }
    }

    public static func width(environment env: [String: String]) -> Int? {
        if let c = env["COLUMNS"], let w = Int(c), w > 10 { return w }
        guard isatty(1) == 1 else { return nil }
        var ws = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 10 { return Int(ws.ws_col) }
        return nil
    }
}
