import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The process's heap, as large computations need it.
public enum ProcessMemory {
    /// Makes freed memory go back to the system promptly, so that the peak resident memory
    /// of a long computation is what is live rather than what was ever allocated.
    ///
    /// On glibc this sets the trim threshold to 1 MiB (`mallopt(M_TRIM_THRESHOLD, 1 << 20)`;
    /// `mallopt` lives in `malloc.h`, outside the Glibc module, so it is looked up by name).
    /// A fixed threshold also stops glibc raising its mmap threshold as big arrays are freed,
    /// so a table freed before fitting and a design freed after demeaning are returned to the
    /// system. Process-wide and idempotent; does nothing where the symbol is absent (macOS,
    /// musl).
    public static func returnFreedMemoryPromptly() {
        #if canImport(Glibc)
        typealias MallocOption = @convention(c) (Int32, Int32) -> Int32
        let trimThreshold: Int32 = -1   // M_TRIM_THRESHOLD
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: MallocOption.self)(trimThreshold, 1 << 20)
        #endif
    }

    /// The process's peak resident memory so far, in bytes: `getrusage(RUSAGE_SELF)`'s
    /// `ru_maxrss` (kibibytes on Linux, where it is `VmHWM` of `/proc/self/status`; bytes on
    /// macOS). 0 when unavailable.
    public static func peakResidentBytes() -> Int {
        var usage = rusage()
        #if os(Linux)
        let who = __rusage_who_t(RUSAGE_SELF.rawValue)
        #else
        let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return 0 }
        #if os(Linux)
        return Int(usage.ru_maxrss) * 1024
        #else
        return Int(usage.ru_maxrss)
        #endif
    }
}
