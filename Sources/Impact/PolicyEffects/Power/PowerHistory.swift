/// The historical panel cut into windows of the planned design's length: per window, the
/// firms with the outcome in every period and each firm's DiD contrast, and the pooled
/// variance components.
///
/// A window is `m + r` consecutive periods; its first `m` play "pre" and the last `r`
/// "post". A firm's contrast is `cᵢ = Σₜ bₜ yᵢₜ` with `bₜ = −r/(m+r)` before and
/// `m/(m+r)` after (the period part of the demeaned DiD regressor, summing to zero), for all
/// windows and firms at once as one matrix product `Bᵀ Y` (BLAS `dgemm`, `B` banded with
/// `b` in each window's rows).
struct PowerHistory: Sendable {
    /// One window: its first period index, its complete firms and their contrasts.
    struct Window: Sendable {
        let start: Int
        let firms: [Int]
        let contrasts: [Double]
    }

    /// Windows with two or more complete firms, in order of their first period.
    let windows: [Window]
    /// The pooled residual variance components.
    let components: PowerVarianceComponents
    /// Firms complete in at least one window.
    let usableFirms: Int
    /// Firms complete in no window (left out).
    let leftOutFirms: Int
    /// Σ bₜ² = m r/(m + r).
    let contrastScale: Double

    /// Cuts `panel` into windows of `pre + post` periods.
    init(_ panel: PowerPanel, pre: Int, post: Int) throws(PowerError) {
        let length = pre + post, periods = panel.periodCount
        guard periods >= length else { throw .panelTooShort(periods: periods, needed: length) }
        let weights = (0..<length).map { $0 < pre ? -Double(post) / Double(length) : Double(pre) / Double(length) }
        let contrasts = try Self.contrasts(panel, weights: weights), windowCount = periods - length + 1
        var windows: [Window] = [], used = Set<Int>()
        var covariance = [Double](repeating: 0, count: length * length), freedom = 0
        for start in 0..<windowCount {
            let firms = (0..<panel.firmCount).filter { firm in
                (start..<(start + length)).allSatisfy { panel.outcome(firm: firm, period: $0).isFinite }
            }
            guard firms.count >= 2 else { continue }
            used.formUnion(firms)
            windows.append(Window(start: start, firms: firms,
                                  contrasts: firms.map { contrasts[$0 * windowCount + start] }))
            Self.accumulate(panel, start: start, length: length, firms: firms, into: &covariance)
            freedom += firms.count - 1
        }
        guard !windows.isEmpty else { throw .tooFewCompleteFirms(needed: length) }
        self.windows = windows
        components = PowerVarianceComponents(covariance: covariance.map { $0 / Double(freedom) }, pre: pre, post: post)
        usableFirms = used.count
        leftOutFirms = panel.firmCount - used.count
        contrastScale = Double(pre * post) / Double(length)
    }

    /// `Bᵀ Y` with missing outcomes as 0: the contrast of every firm in every window
    /// (column-major, windows × firms; entries of incomplete firms are not used).
    private static func contrasts(_ panel: PowerPanel, weights: [Double]) throws(PowerError) -> [Double] {
        let periods = panel.periodCount, windowCount = periods - weights.count + 1
        var band = Matrix(rows: periods, columns: windowCount)
        for window in 0..<windowCount {
            for (offset, weight) in weights.enumerated() { band.storage[window * periods + window + offset] = weight }
        }
        let outcomes = Matrix(rows: periods, columns: panel.firmCount, storage: panel.outcomes.map { $0.isFinite ? $0 : 0 })
        do { return try band.multiplied(by: outcomes, transposeSelf: true).storage } catch {
            throw .invalidSetting(setting: "The panel", reason: "is too large for the matrix product (\(error))")
        }
    }

    /// Adds `Σᵢ ω̂ᵢₜ ω̂ᵢₛ` of the two-way demeaned outcomes of `firms` in the window at `start`.
    private static func accumulate(_ panel: PowerPanel, start: Int, length: Int, firms: [Int], into sums: inout [Double]) {
        let count = Double(firms.count)
        let periodMeans = (0..<length).map { t in firms.reduce(0.0) { $0 + panel.outcome(firm: $1, period: start + t) } / count }
        let grand = periodMeans.reduce(0, +) / Double(length)
        var residual = [Double](repeating: 0, count: length)
        for firm in firms {
            let values = (0..<length).map { panel.outcome(firm: firm, period: start + $0) }
            let firmMean = values.reduce(0, +) / Double(length)
            for t in 0..<length { residual[t] = values[t] - firmMean - periodMeans[t] + grand }
            for s in 0..<length {
                for t in 0..<length { sums[s * length + t] += residual[t] * residual[s] }
            }
        }
    }
}
