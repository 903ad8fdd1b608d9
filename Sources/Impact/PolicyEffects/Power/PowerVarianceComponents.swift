/// The variance and average autocovariances of the outcome's idiosyncratic residuals that
/// enter the serial-correlation-robust (SCR) power formula of Burlig, Preonas & Woerman
/// (2020), estimated from the historical panel.
///
/// ## Estimation
/// Every window of `m + r` consecutive periods of the panel is taken; in a window, the firms
/// with the outcome present in all its periods (`J_w` of them) have their outcome two-way
/// demeaned, `ω̂ᵢₜ = yᵢₜ − ȳᵢ· − ȳ·ₜ + ȳ··` (firm and period effects removed within the
/// window), and the window's residual covariance is `Σ̂(t, s) = Σᵢ ω̂ᵢₜ ω̂ᵢₛ`, pooled over the
/// windows and divided by `Σ_w (J_w − 1)` (the period effects take one firm's worth of
/// freedom). With window periods `−m+1 … 0` before support and `1 … r` after:
///
///     σ²   = (1/(m+r)) Σₜ Σ̂(t, t)
///     ψᴮ   = 2/(m(m−1)) Σ_{pre t < pre s} Σ̂(t, s)        (0 when m = 1)
///     ψᴬ   = 2/(r(r−1)) Σ_{post t < post s} Σ̂(t, s)      (0 when r = 1)
///     ψˣ   = 1/(m r) Σ_{pre t} Σ_{post s} Σ̂(t, s)
///
/// Conventions: as Stata's `pc_dd_covar` (Burlig, Preonas & Woerman's `pcpanel`), residuals
/// after firm and period effects over ranges of `pre + post` periods. The components of the
/// within-window residuals are biased for those of the errors (firm demeaning shifts every
/// covariance), but the combination ``contrastVariance`` is not: it is the variance of a
/// contrast whose weights sum to zero, which firm demeaning leaves unchanged.
public struct PowerVarianceComponents: Sendable, Equatable {
    /// Periods before support, m.
    public let prePeriods: Int
    /// Periods after support, r.
    public let postPeriods: Int
    /// Average residual variance σ².
    public let variance: Double
    /// Average covariance between two distinct pre periods, ψᴮ.
    public let preCovariance: Double
    /// Average covariance between two distinct post periods, ψᴬ.
    public let postCovariance: Double
    /// Average covariance between a pre and a post period, ψˣ.
    public let crossCovariance: Double

    /// Creates the components (known values, or as estimated by ``PowerAnalysis``).
    public init(prePeriods: Int, postPeriods: Int, variance: Double, preCovariance: Double,
                postCovariance: Double, crossCovariance: Double) {
        self.prePeriods = prePeriods
        self.postPeriods = postPeriods
        self.variance = variance
        self.preCovariance = preCovariance
        self.postCovariance = postCovariance
        self.crossCovariance = crossCovariance
    }

    /// The variance of one firm's post-minus-pre contrast of means,
    /// `V = σ²(m+r)/(m r) + ((m−1)/m) ψᴮ + ((r−1)/r) ψᴬ − 2 ψˣ`; the DiD estimator's variance
    /// is `V/(P(1−P)J) = V (1/N + 1/C)`.
    public var contrastVariance: Double {
        let m = Double(prePeriods), r = Double(postPeriods)
        return variance * (m + r) / (m * r) + (m - 1) / m * preCovariance + (r - 1) / r * postCovariance
            - 2 * crossCovariance
    }

    /// The components of the residual covariance `sums` (`(m+r) × (m+r)`, column-major,
    /// already divided by the degrees of freedom).
    init(covariance sums: [Double], pre: Int, post: Int) {
        let periods = pre + post
        var diagonal = 0.0, preSum = 0.0, postSum = 0.0, cross = 0.0
        for t in 0..<periods {
            diagonal += sums[t * periods + t]
            for s in (t + 1)..<periods {
                let value = sums[s * periods + t]
                if s < pre { preSum += value } else if t >= pre { postSum += value } else { cross += value }
            }
        }
        let m = Double(pre), r = Double(post)
        self.init(prePeriods: pre, postPeriods: post, variance: diagonal / Double(periods),
                  preCovariance: pre > 1 ? 2 * preSum / (m * (m - 1)) : 0,
                  postCovariance: post > 1 ? 2 * postSum / (r * (r - 1)) : 0,
                  crossCovariance: cross / (m * r))
    }
}
