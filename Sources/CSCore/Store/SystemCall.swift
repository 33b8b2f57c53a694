#if canImport(Glibc)
    import Glibc
    private let systemRead = Glibc.read
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    import Darwin
    private let systemRead = Darwin.read
    private let systemWrite = Darwin.write
#endif

/// The system calls every part of cs makes on descriptors, each written once: a call cut
/// short by a signal (EINTR) is made again, as swift-system's `valueOrErrno(retryOnInterrupt:)`
/// does, and a write that the kernel takes in pieces (a pipe, a nearly full disk) goes on
/// until all of it is written.
public enum SystemCall {
    /// `call`'s result once no signal interrupted it: negative, with `errno` set, on failure.
    public static func retryingInterrupts<T: SignedInteger>(_ call: () -> T) -> T {
        while true {
            let result = call()
            if result >= 0 || errno != EINTR { return result }
        }
    }

    /// Writes all of `bytes`; nil, or the errno of the write that failed.
    public static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
        guard let base = bytes.baseAddress else { return nil }
        var offset = 0
        while offset < bytes.count {
            let n = retryingInterrupts { systemWrite(fd, base + offset, bytes.count - offset) }
            if n < 0 { return errno }
            offset += n
        }
        return nil
    }

    public static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
        bytes.withUnsafeBytes { writeAll(fd, $0) }
    }

    /// Writes all of `bytes` at `offset` of the file (the descriptor's own offset unmoved);
    /// nil, or the errno of the write that failed.
    public static func writeAll(_ fd: Int32, _ bytes: [UInt8], at offset: Int) -> Int32? {
        bytes.withUnsafeBytes { b -> Int32? in
            guard let base = b.baseAddress else { return nil }
            var done = 0
            while done < b.count {
                let n = retryingInterrupts { pwrite(fd, base + done, b.count - done, off_t(offset + done)) }
                if n < 0 { return errno }
                done += n
            }
            return nil
        }
    }

    /// One read into the start of `buffer`: how many bytes came, 0 at the end, or negative
    /// with `errno` set.
    public static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        return retryingInterrupts { systemRead(fd, base, buffer.count) }
    }

    /// Reads into `buffer` until it is full or the file ends: how many bytes came, or negative
    /// with `errno` set.
    public static func readFully(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        var filled = 0
        while filled < buffer.count {
            let n = read(fd, into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
            if n < 0 { return n }
            if n == 0 { break }
            filled += n
        }
        return filled
    }
}
