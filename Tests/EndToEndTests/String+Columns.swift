/// How many terminal columns a line takes, counted as a clerk's terminal does: CJK and
/// full-width characters take two. An independent count, not the renderer's own.
extension StringProtocol {
    var terminalColumns: Int {
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60,
        ]
        return unicodeScalars.reduce(0) { n, s in n + (wide.contains { $0.contains(s.value) } ? 2 : 1) }
    }
}
