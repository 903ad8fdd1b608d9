/// Difference-in-differences: the 2×2 design (treated group × post period), with and
/// without covariates, and its two-way fixed-effects form.
///
/// ## Model
/// Pooled: `yᵢₜ = α + γ·treatedᵢ + λ·postₜ + τ·treatedᵢ·postₜ (+ x′β) + εᵢₜ` by OLS.
/// Two-way: `yᵢₜ = αᵢ + λₜ + τ·treatedᵢ·postₜ (+ x′β) + εᵢₜ`, unit and period effects
/// absorbed (`LinearRegression`). The ATT is `τ`, the `treated:post` coefficient.
/// Standard errors are clustered by unit (CR1) unless the specification says otherwise.
///
/// Pooled cross-sections (houses sold in two years, no unit identifier): the pooled design
/// needs no unit column unless its standard errors cluster by it. When the table has no
/// column `unit` and the variance does not name it, each row is its own unit, the default
/// variance is HC1 (statsmodels' `cov_type='HC1'`, pyfixest's `vcov='hetero'`), and a
/// ``DifferenceInDifferencesNote/pooledCrossSection(unit:defaultVariance:)`` note says so.
/// The formula is built as a value (``DifferenceInDifferencesSpecification/formula(postColumn:)``),
/// so column names with spaces or operators need no quoting.
///
/// ## Checks (each a `PolicyEffectError`)
/// `treated` and `post` must be 0/1 on the rows used; both groups and both periods must be
/// present (`noControlGroup`, `noTreatedGroup`, `noPrePeriod`, `noPostPeriod`); clustered
/// inference needs two or more clusters (`singleCluster`); a covariate may not be the outcome,
/// `treated` or `post` (`covariateIsDesignColumn`). Staggered timing and a `--post-year` after
/// some units' start are reported as typed notes (``DifferenceInDifferencesNote``).
///
/// Conventions: the pooled design matches statsmodels
/// `ols('y ~ treated * post', data).fit(cov_type='cluster', …)`; the two-way design matches
/// pyfixest `feols('y ~ treat_post | firm_id + year', vcov={'CRV1': 'firm_id'})`
/// (fixtures `did_2x2` (a) and (b)).
public enum DifferenceInDifferences {
    /// Estimates the ATT described by `specification` on `table`.
    ///
    /// - Parameters:
    ///   - table: the panel (one row per unit and period).
    ///   - specification: columns, post indicator, design, covariance and confidence level.
    ///   - options: regression options (singletons, demeaning, collinearity); default `.init()`.
    public static func estimate(_ table: Table, _ specification: DifferenceInDifferencesSpecification,
                                options: RegressionOptions = .init()) throws(PolicyEffectError) -> DifferenceInDifferencesResult {
        let crossSection = isPooledCrossSection(table, specification)
        let defaultVariance = crossSection && specification.vcov == nil
        var specification = specification
        if defaultVariance { specification.vcov = .hc1 }
        try requireDistinctCovariates(specification)
        let (data, postColumn) = try specification.postPeriod.resolve(in: table, time: specification.time)
        let formula = specification.formula(postColumn: postColumn)
        let frame = try policyStep { try ModelFrame(formula: formula, table: data, variance: specification.variance) }
        let treated = try PolicyColumns.numeric(data, specification.treated)
        let post = try PolicyColumns.numeric(data, postColumn)
        try requireComparison(frame, treated: (treated, specification.treated), post: (post, postColumn))
        let fit = try policyStep { try LinearRegression.fit(frame, options: options) }
        for cluster in fit.clusters where cluster.levelCount < 2 {
            throw .singleCluster(variable: cluster.name, count: cluster.levelCount)
        }
        let regression = try policyStep {
            try fit.result(variance: specification.variance, confidenceLevel: specification.confidenceLevel)
        }
        let term = specification.effectTerm(postColumn: postColumn)
        guard let att = regression.coefficient(term) else { throw .termNotEstimated(term) }
        let units = crossSection ? nil : try PolicyColumns.unitKeys(data, specification.unit)
        let cells = try cellMeans(data, specification, rows: fit.sourceRows, treated: treated, post: post, units: units)
        let notes: [DifferenceInDifferencesNote]
        if let units {
            notes = try timingNotes(data, specification, rows: fit.sourceRows, units: units, treated: treated, post: post)
        } else {
            notes = [.pooledCrossSection(unit: specification.unit, defaultVariance: defaultVariance)]
        }
        return DifferenceInDifferencesResult(specification: specification, att: att, regression: regression,
                                             cellMeans: cells.means, treatedUnits: cells.treatedUnits,
                                             controlUnits: cells.controlUnits, notes: notes)
    }

    /// Estimates the ATT as ``estimate(_:_:options:)`` does and, when `bootstrap` is given,
    /// attaches a restricted wild cluster bootstrap of it (``WildClusterBootstrap``).
    ///
    /// - Parameters:
    ///   - table: the panel.
    ///   - specification: the design (outcome, treated and post indicators, unit, variance).
    ///   - bootstrap: the wild cluster bootstrap's settings, or `nil` for none.
    ///   - options: the fit's settings (``RegressionOptions``).
    ///   - progress: called with the fraction of the bootstrap done (0…1).
    public static func estimate(_ table: Table, _ specification: DifferenceInDifferencesSpecification,
                                bootstrap: WildClusterBootstrapOptions?, options: RegressionOptions = .init(),
                                progress: ((Double) -> Void)? = nil) throws(PolicyEffectError) -> DifferenceInDifferencesResult {
        let result = try estimate(table, specification, options: options)
        guard let bootstrap else { return result }
        return result.attaching(try WildClusterBootstrap.test(result.regression, term: result.att.term,
                                                              options: bootstrap, progress: progress))
    }

    /// Whether the rows are a pooled cross-section: the pooled design, no column `unit`, and
    /// a variance that does not cluster by it.
    static func isPooledCrossSection(_ table: Table, _ specification: DifferenceInDifferencesSpecification) -> Bool {
        specification.design == .pooled && !table.hasColumn(specification.unit)
            && !(specification.vcov?.clusterVariables.contains(specification.unit) ?? false)
    }

    /// Refuses a covariate that is the outcome, the treated indicator or the post indicator:
    /// regressing the outcome on itself gives a meaningless ATT of 0 with t ≈ 10¹⁶.
    private static func requireDistinctCovariates(_ specification: DifferenceInDifferencesSpecification) throws(PolicyEffectError) {
        var roles: [(String, String)] = [(specification.outcome, "outcome"), (specification.treated, "treated indicator")]
        if case .column(let post) = specification.postPeriod { roles.append((post, "post indicator")) }
        for covariate in specification.covariates {
            if let role = roles.first(where: { $0.0 == covariate }) {
                throw .covariateIsDesignColumn(covariate, role: role.1)
            }
        }
    }

    /// Checks that `treated` and `post` are 0/1 on the rows of `frame`, that both groups and
    /// both periods are present, and that every cluster has two or more levels.
    private static func requireComparison(_ frame: ModelFrame, treated: (column: NumericColumn, name: String),
                                          post: (column: NumericColumn, name: String)) throws(PolicyEffectError) {
        var groups = (treated: 0, control: 0, pre: 0, post: 0)
        for row in frame.sourceRows {
            if try PolicyColumns.binary(treated.column, treated.name, row: row) { groups.treated += 1 } else { groups.control += 1 }
            if try PolicyColumns.binary(post.column, post.name, row: row) { groups.post += 1 } else { groups.pre += 1 }
        }
        if groups.control == 0 { throw .noControlGroup(column: treated.name) }
        if groups.treated == 0 { throw .noTreatedGroup(column: treated.name) }
        if groups.pre == 0 { throw .noPrePeriod(column: post.name) }
        if groups.post == 0 { throw .noPostPeriod(column: post.name) }
        for cluster in frame.clusters where cluster.levelCount < 2 {
            throw .singleCluster(variable: cluster.name, count: cluster.levelCount)
        }
    }

    /// The four cell means and the treated and control unit counts over `rows`, the
    /// observations the regression used. Units are the keys `units` of the unit column
    /// (``PolicyColumns/unitKeys(_:_:)``; blank cells count as one more unit), or, for a
    /// pooled cross-section (`nil`), each row.
    private static func cellMeans(_ table: Table, _ specification: DifferenceInDifferencesSpecification, rows: [Int],
                                  treated: NumericColumn, post: NumericColumn,
                                  units keyed: (keys: [Int32], count: Int)?) throws(PolicyEffectError)
        -> (means: DifferenceInDifferencesCellMeans, treatedUnits: Int, controlUnits: Int) {
        let outcome = try PolicyColumns.numeric(table, specification.outcome)
        let crossSection = keyed == nil
        let units = keyed ?? (keys: [Int32](), count: table.rowCount)
        var sums = [Double](repeating: 0, count: 4), counts = [Int](repeating: 0, count: 4)
        var seen = [UInt8](repeating: 0, count: units.count + 1)   // 0 unseen, 1 control only, 2 treated
        for row in rows {
            let isTreated = treated.values[row] == 1
            let cell = (isTreated ? 0 : 2) + (post.values[row] == 1 ? 0 : 1)
            sums[cell] += outcome.values[row]
            counts[cell] += 1
            let key = crossSection ? row : Int(units.keys[row])
            let unit = key < 0 ? units.count : key
            seen[unit] = isTreated ? 2 : max(seen[unit], 1)
        }
        let treatedCount = seen.lazy.filter { $0 == 2 }.count
        let unitCount = seen.lazy.filter { $0 != 0 }.count
        let means = zip(sums, counts).map { $1 > 0 ? $0 / Double($1) : .nan }
        return (DifferenceInDifferencesCellMeans(treatedPost: means[0], treatedPre: means[1],
                                                 controlPost: means[2], controlPre: means[3]),
                treatedCount, unitCount - treatedCount)
    }
}
