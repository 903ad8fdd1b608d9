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
/// (the reader, the demeaning). The bits of a result depend on the thread count: with
/// two threads a standard error of the benchmark model differs in its 17th digit.
///
/// OpenBLAS starts its workers when the library is loaded, before `main`, and they spin
/// (`sched_yield`, system time) for about 0.1 s before sleeping: on two cores that takes a
/// core from the reader. The choice therefore also stops those workers
/// (`blas_thread_shutdown_`); a program calls ``configure()`` first thing (the `impact`
/// command does), and every BLAS wrapper calls it too, so a library user gets one thread
/// without doing anything.
public enum BLASThreads {
    /// Runs the choice once (a Swift global is initialized exactly once, thread-safely).
    private static let chosen: Bool = {
        let environment = ProcessInfo.processInfo.environment
        guard environment["OPENBLAS_NUM_THREADS"] == nil, environment["OMP_NUM_THREADS"] == nil else { return false }
        openblas_set_num_threads(1)
        _ = blas_thread_shutdown_()
        return true
    }()

    /// Makes the choice if it has not been made yet (one OpenBLAS thread, its idle workers
    /// stopped, unless `OPENBLAS_NUM_THREADS` or `OMP_NUM_THREADS` is set); cheap after the
    /// first call.
    public static func configure() {
        _ = chosen
    }

    /// The number of threads OpenBLAS runs now.
    static var current: Int { Int(openblas_get_num_threads()) }
}
