import CBLAS
import Foundation

/// How many threads OpenBLAS runs: one, chosen once per process before Impact's first BLAS
/// or LAPACK call, unless the user has chosen (`OPENBLAS_NUM_THREADS` or `OMP_NUM_THREADS`
/// set in the environment).
///
/// Why one: Impact's BLAS calls are products of tall, thin matrices (Gram matrices `ZᵀZ`
/// of a handful of columns, `Zᵀy`, cluster score sums) and small factorizations. On those,
/// OpenBLAS's worker threads cost more than they save: each call wakes them, and after it
/// they spin (`sched_yield`) on the other cores, taking CPU from Impact's own parallel loops
/// (the reader, the demeaning). A BLAS product splits its output, never a sum, between
/// threads, so the numbers are the same with one thread as with several.
enum BLASThreads {
    /// Runs the choice once (a Swift global is initialized exactly once, thread-safely).
    private static let chosen: Bool = {
        let environment = ProcessInfo.processInfo.environment
        guard environment["OPENBLAS_NUM_THREADS"] == nil, environment["OMP_NUM_THREADS"] == nil else { return false }
        openblas_set_num_threads(1)
        return true
    }()

    /// Makes the choice if it has not been made yet; cheap after the first call.
    static func configure() {
        _ = chosen
    }

    /// The number of threads OpenBLAS runs now.
    static var current: Int { Int(openblas_get_num_threads()) }
}
