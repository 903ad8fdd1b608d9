/// Sensitivity of an event study's conclusion to violations of parallel trends
/// (Rambachan and Roth 2023, "A More Credible Approach to Parallel Trends").
///
/// For θ = the average of the post-period effects, it reports the original interval, the
/// robust confidence sets under relative-magnitude bounds Δ^RM(M̄) (conditional /
/// least-favourable hybrid, ``RelativeMagnitudes``) over the grid of M̄ with the breakdown
/// value, and the fixed-length confidence intervals under smoothness bounds Δ^SD(M)
/// (``FixedLengthConfidenceInterval``) over the grid of M.
///
/// Conventions: the R package HonestDiD (`createSensitivityResults_relativeMagnitudes`
/// with `method = "C-LF"`, `createSensitivityResults` with `method = "FLCI"`,
/// `constructOriginalCS`), with `l_vec` the average over the post-periods.
public enum ParallelTrendsSensitivity {
    /// Runs the analysis.
    public static func analyze(_ coefficients: EventStudyCoefficients,
                               _ specification: ParallelTrendsSensitivitySpecification) throws(SensitivityError) -> ParallelTrendsSensitivityResult {
        let post = coefficients.postperiodCount
        let weights = [Double](repeating: 1 / Double(post), count: post)
        let target = coefficients.target(weights)
        let z = StandardNormalDistribution.quantile(1 - specification.alpha / 2)
        var notes: [SensitivityNote] = []
        var robust: [ParallelTrendsSensitivityResult.RobustInterval] = []
        for mbar in specification.relativeMagnitudes {
            let range = specification.thetaRange ?? RelativeMagnitudes.identifiedSet(
                coefficients, weights: weights, mbar: mbar, estimate: target.estimate)
            let span = specification.thetaRange == nil ? 20 * target.standardError : 0
            let grid = (0..<specification.gridPoints).map { i in
                (range.lowerBound - span) + (range.upperBound - range.lowerBound + 2 * span) * Double(i) / Double(specification.gridPoints - 1)
            }
            let accepted = RelativeMagnitudes.acceptance(coefficients, weights: weights, mbar: mbar, grid: grid,
                                                         specification: specification)
            guard let first = accepted.firstIndex(of: true), let last = accepted.lastIndex(of: true) else {
                notes.append(.emptySet(mbar: mbar))
                robust.append(.init(bound: mbar, low: nil, high: nil))
                continue
            }
            if first == 0 || last == grid.count - 1 { notes.append(.openAtGridEnd(mbar: mbar)) }
            robust.append(.init(bound: mbar, low: grid[first], high: grid[last]))
        }
        var smooth: [ParallelTrendsSensitivityResult.RobustInterval] = []
        for m in specification.smoothness {
            let interval = try FixedLengthConfidenceInterval.compute(coefficients, weights: weights, m: m,
                                                                     alpha: specification.alpha)
            smooth.append(.init(bound: m, low: interval.low, high: interval.high))
        }
        return ParallelTrendsSensitivityResult(
            specification: specification, coefficients: coefficients, estimate: target.estimate,
            standardError: target.standardError, originalLow: target.estimate - z * target.standardError,
            originalHigh: target.estimate + z * target.standardError, relativeMagnitudes: robust,
            smoothness: smooth, notes: notes)
    }
}
