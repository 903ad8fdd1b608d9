import Foundation

/// Wall-clock time spent in each phase of a computation, measured inside the library so a
/// slow-down in any phase is visible (`impact estimate --timings` prints them).
///
/// Phases of a regression request (``Phase``): `read` (the data file into a table),
/// `design` (formulas applied to the table: model frames), `demean` (the raw columns'
/// norms, then the fixed effects absorbed — in place, in the frame's own columns, when
/// every row is kept — or the columns centred: the working matrix), `fit` (singleton
/// screen, collinearity screen and factorization — the Cholesky factor of the working
/// columns' Gram matrix when it is sure to agree with QR, else Householder QR —,
/// coefficients and residuals), `covariance` (the variance estimate and the inference
/// built from it) and `output` (rendering and writing the result, measured by the caller).
///
/// Conventions: wall-clock seconds of a monotonic clock (`DispatchTime`), and beside them
/// the process's CPU seconds (`CLOCK_PROCESS_CPUTIME_ID`: user and system time of every
/// thread, so a phase on two threads can show more CPU than wall time; on a loaded machine
/// the CPU figure is the steadier one). Both are summed over repeated measurements of the
/// same phase (several models add up); a phase never measured reads 0. Timings are never
/// part of a result's output, so results stay byte-identical run to run.
///
/// Memory: after each phase, the process's peak resident memory so far (``peakResidentBytes(_:)``:
/// `getrusage`'s `ru_maxrss`, the kernel's high-water mark `VmHWM` of
/// `/proc/self/status` on Linux, in bytes), the largest over repeated measurements of the
/// phase and 0 for a phase never measured. The mark only grows, so the step from one
/// phase's figure to the next is the memory that phase added on top of the earlier peak
/// (0 when it stayed below it); it counts every resident page (the program and its
/// libraries too), not only the data.
public struct PhaseTimings: Sendable, Equatable {
    /// A phase of `impact estimate`, in the order they run.
    public enum Phase: String, Sendable, CaseIterable {
        /// Reading the data file into a table.
        case read
        /// Building each model's frame (design matrix, fixed-effect codes) from the table.
        case design
        /// Absorbing the fixed effects (or centring): the working matrix.
        case demean
        /// Screening and factorizing the working matrix (normal equations or QR): the
        /// coefficients and residuals.
        case fit
        /// The variance estimate and the inference built from it.
        case covariance
        /// Rendering and writing the result.
        case output
    }

    /// Wall-clock seconds per phase, in ``Phase/allCases`` order (0 for a phase not measured).
    public private(set) var seconds: [Double]
    /// Process CPU seconds per phase, in ``Phase/allCases`` order.
    public private(set) var cpuSeconds: [Double]
    /// The process's peak resident memory (bytes) at the end of each phase, in
    /// ``Phase/allCases`` order (the largest over repeated measurements; 0 when not measured).
    public private(set) var peakResident: [Int]

    /// No time in any phase.
    public init() {
        seconds = [Double](repeating: 0, count: Phase.allCases.count)
        cpuSeconds = seconds
        peakResident = [Int](repeating: 0, count: Phase.allCases.count)
    }

    /// Wall-clock seconds spent in `phase` (0 when never measured).
    public subscript(phase: Phase) -> Double {
        seconds[Phase.allCases.firstIndex(of: phase)!]
    }

    /// Process CPU seconds spent in `phase` (0 when never measured).
    public func cpuSeconds(_ phase: Phase) -> Double {
        cpuSeconds[Phase.allCases.firstIndex(of: phase)!]
    }

    /// The process's peak resident memory in bytes at the end of `phase` (the high-water
    /// mark since the process started, so never less than an earlier phase's; 0 when never
    /// measured).
    public func peakResidentBytes(_ phase: Phase) -> Int {
        peakResident[Phase.allCases.firstIndex(of: phase)!]
    }

    /// The largest peak resident memory of any phase, in bytes (the process's peak so far at
    /// the last measurement).
    public var peakResidentTotal: Int { peakResident.max() ?? 0 }

    /// The wall-clock sum over every phase.
    public var total: Double { seconds.reduce(0, +) }

    /// The CPU sum over every phase.
    public var cpuTotal: Double { cpuSeconds.reduce(0, +) }

    /// Adds `seconds` of wall-clock time and `cpu` seconds of CPU time to `phase`, and
    /// raises its peak resident memory to `peakResident` bytes when that is larger
    /// (default 0: unchanged).
    public mutating func add(_ seconds: Double, cpu: Double = 0, peakResident: Int = 0, to phase: Phase) {
        let index = Phase.allCases.firstIndex(of: phase)!
        self.seconds[index] += seconds
        cpuSeconds[index] += cpu
        self.peakResident[index] = max(self.peakResident[index], peakResident)
    }

    /// Adds the time from `start` to now to `phase`, with the process's peak resident
    /// memory now (``ProcessMemory/peakResidentBytes()``).
    public mutating func add(since start: Instant, to phase: Phase) {
        let end = Instant.now()
        add(end.wall - start.wall, cpu: end.cpu - start.cpu, peakResident: ProcessMemory.peakResidentBytes(),
            to: phase)
    }

    /// Runs `body`, adds its time to `phase` (also when it throws) and returns its value.
    public mutating func measure<Value, Failure: Error>(
        _ phase: Phase, _ body: () throws(Failure) -> Value) throws(Failure) -> Value {
        let start = Instant.now()
        defer { add(since: start, to: phase) }
        return try body()
    }

    /// A moment on both clocks, for timing a stretch by difference.
    public struct Instant: Sendable {
        /// Seconds of the monotonic wall clock.
        public let wall: Double
        /// CPU seconds the process has used.
        public let cpu: Double

        /// The present moment.
        public static func now() -> Instant {
            var cpuTime = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpuTime)
            return Instant(wall: Double(DispatchTime.now().uptimeNanoseconds) / 1e9,
                           cpu: Double(cpuTime.tv_sec) + Double(cpuTime.tv_nsec) / 1e9)
        }
    }
}
