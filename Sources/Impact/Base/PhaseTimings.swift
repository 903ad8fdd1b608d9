import Foundation

/// Wall-clock time spent in each phase of a computation, measured inside the library so a
/// slow-down in any phase is visible (`impact estimate --timings` prints them).
///
/// Phases of a regression request (``Phase``): `read` (the data file into a table),
/// `design` (formulas applied to the table: model frames), `demeaning` (fixed effects
/// absorbed, or columns centred: the working matrix), `fit` (singleton screen, collinearity
/// screen, QR and coefficients), `covariance` (the variance estimate and the inference
/// built from it) and `output` (rendering and writing the result, measured by the caller).
///
/// Conventions: seconds of a monotonic clock (`DispatchTime`), summed over repeated
/// measurements of the same phase (several models add up); a phase never measured reads 0.
/// Timings are never part of a result's output, so results stay byte-identical run to run.
public struct PhaseTimings: Sendable, Equatable {
    /// A phase of `impact estimate`, in the order they run.
    public enum Phase: String, Sendable, CaseIterable {
        /// Reading the data file into a table.
        case read
        /// Building each model's frame (design matrix, fixed-effect codes) from the table.
        case design
        /// Absorbing the fixed effects (or centring): the working matrix.
        case demean
        /// Screening and factorizing the working matrix: the coefficients.
        case fit
        /// The variance estimate and the inference built from it.
        case covariance
        /// Rendering and writing the result.
        case output
    }

    /// Seconds per phase, in ``Phase/allCases`` order (0 for a phase not measured).
    public private(set) var seconds: [Double]

    /// No time in any phase.
    public init() {
        seconds = [Double](repeating: 0, count: Phase.allCases.count)
    }

    /// Seconds spent in `phase` (0 when never measured).
    public subscript(phase: Phase) -> Double {
        seconds[Phase.allCases.firstIndex(of: phase)!]
    }

    /// The sum over every phase.
    public var total: Double { seconds.reduce(0, +) }

    /// Adds `seconds` to `phase`.
    public mutating func add(_ seconds: Double, to phase: Phase) {
        self.seconds[Phase.allCases.firstIndex(of: phase)!] += seconds
    }

    /// Runs `body`, adds its wall-clock time to `phase` (also when it throws) and returns
    /// its value.
    public mutating func measure<Value, Failure: Error>(
        _ phase: Phase, _ body: () throws(Failure) -> Value) throws(Failure) -> Value {
        let start = Self.now()
        defer { add(Self.now() - start, to: phase) }
        return try body()
    }

    /// Seconds of the monotonic clock, for timing a stretch by difference.
    public static func now() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }
}
