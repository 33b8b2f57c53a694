import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs independent per-shard work on every core and returns the results in input order.
public enum ParallelShards {
    static let width: Int = max(1, min(8, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))

    /// Each slot is written by exactly one iteration, and read only after all have finished.
    final class Slots<T>: @unchecked Sendable {
        var values: [T?]
        init(_ n: Int) { values = Array(repeating: nil, count: n) }
    }

    public static func map<T, U>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] where T: Sendable {
        if items.count <= 1 || width == 1 { return items.map(transform) }
        let slots = Slots<U>(items.count)
        slots.values.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: items.count) { i in
                out.buffer[i] = transform(items[i])
            }
        }
        // Every slot was written above (concurrentPerform returns when all have run).
        return slots.values.compactMap { $0 }
    }

    /// `items` transformed in pieces on every core (rows of a long listing rendered), in order;
    /// short inputs are transformed here.
    public static func mapInPieces<T: Sendable, U>(
        _ items: [T], minimum: Int = 1_024,
        _ transform: @Sendable (ArraySlice<T>) -> U
    ) -> [U] {
        guard items.count >= minimum, width > 1 else { return [transform(items[...])] }
        let size = (items.count + width * 4 - 1) / (width * 4)
        let pieces = stride(from: 0, to: items.count, by: size).map { items[$0..<min($0 + size, items.count)] }
        return map(pieces, transform)
    }

    struct UnsafeSendable<U>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<U?>
        init(_ b: UnsafeMutableBufferPointer<U?>) { buffer = b }
    }
}
