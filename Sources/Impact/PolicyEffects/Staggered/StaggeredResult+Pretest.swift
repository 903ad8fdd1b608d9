extension StaggeredResult {
    /// The Wald pre-test of parallel trends (``StaggeredPretest``), or `nil` when there is
    /// no pre-treatment cell with a non-zero standard error or their covariance is singular.
    ///
    /// Cells count as pre-treatment when t < g − δ (δ = ``anticipation``), as in `did`
    /// 2.5 and csdid 0.4.3; cells with a zero standard error (the universal base-period
    /// cell) are left out. With the bootstrap clustered above the firm the test is not
    /// given (`nil`), as in `did`: the unit-level V ignores the clusters.
    public var pretest: StaggeredPretest? {
        guard !isClusteredAboveUnit else { return nil }
        let n = Double(unitCount)
        let pre = effects.indices.filter { k in
            effects[k].group - anticipation > effects[k].period
                && Self.analyticStandardError(influence.column(k)) > 0
        }
        guard !pre.isEmpty else { return nil }
        let selected = Matrix(columns: pre.map { influence.column($0) })
        let atts = pre.map { effects[$0].att }
        do {
            let factor = try CholeskyFactorization(try selected.gram())
            guard Self.isWellConditioned(factor) else { return nil }
            let solved = try factor.solve(atts)
            // n·aᵀ(IFᵀIF/n)⁻¹a = n²·aᵀ(IFᵀIF)⁻¹a.
            let statistic = n * n * zip(atts, solved).reduce(0) { $0 + $1.0 * $1.1 }
            let distribution = ChiSquaredDistribution(degreesOfFreedom: Double(pre.count))
            return StaggeredPretest(statistic: statistic, degreesOfFreedom: pre.count,
                                    pValue: distribution.survivalProbability(statistic))
        } catch {
            return nil
        }
    }

    /// Whether the factorized matrix is far enough from singular for the Wald statistic:
    /// the squared ratio of the smallest to the largest diagonal element of its Cholesky
    /// factor (a lower bound on the reciprocal condition number's order) above ε, the
    /// threshold of `did`'s `rcond(preV) <= .Machine$double.eps`.
    private static func isWellConditioned(_ factor: CholeskyFactorization) -> Bool {
        let diagonal = factor.upperFactor.diagonal.map(abs)
        guard let largest = diagonal.max(), let smallest = diagonal.min(), largest > 0 else { return false }
        return (smallest / largest) * (smallest / largest) > Double.ulpOfOne
    }
}
