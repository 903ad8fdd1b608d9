/// Difference-in-differences: the 2×2 design (treated group × post period), with and
/// without covariates, and its two-way fixed-effects form.
///
/// ## Model
/// Pooled: `yᵢₜ = α + γ·treatedᵢ + λ·postₜ + τ·treatedᵢ·postₜ (+ x′β) + εᵢₜ` by OLS.
/// Two-way: `yᵢₜ = αᵢ + λₜ + τ·treatedᵢ·postₜ (+ x′β) + εᵢₜ`, unit and period effects
/// absorbed (`LinearRegression`). The ATT is `τ`, the `treated:post` coefficient.
/// Standard errors are clustered by unit (CR1) unless the specification says otherwise.
///
/// ## Checks (each a `PolicyEffectError`)
/// `treated` and `post` must be 0/1 on the rows used; both groups and both periods must be
/// present (`noControlGroup`, `noTreatedGroup`, `noPrePeriod`, `noPostPeriod`); clustered
/// inference needs two or more clusters (`singleCluster`).
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
    ///   - specification: columns, design, covariance and confidence level.
    ///   - options: regression options (singletons, demeaning, collinearity); default `.init()`.
    public static func estimate(_ table: Table, _ specification: DifferenceInDifferencesSpecification,
                                options: RegressionOptions = .init()) throws(PolicyEffectError) -> DifferenceInDifferencesResult {
        let vcov = specification.resolvedVariance
        var clusterNames = [String]()
        if case let .cluster(names) = vcov { clusterNames = names }
        let frame = try policyStep {
            try ModelFrame(formula: specification.formula, table: table, clusters: clusterNames)
        }
        let treated = try PolicyColumns.numeric(table, specification.treated)
        let post = try PolicyColumns.numeric(table, specification.post)
        var groups = (treated: 0, control: 0, pre: 0, post: 0)
        for row in frame.sourceRows {
            if try PolicyColumns.binary(treated, specification.treated, row: row) { groups.treated += 1 } else { groups.control += 1 }
            if try PolicyColumns.binary(post, specification.post, row: row) { groups.post += 1 } else { groups.pre += 1 }
        }
        if groups.control == 0 { throw .noControlGroup(column: specification.treated) }
        if groups.treated == 0 { throw .noTreatedGroup(column: specification.treated) }
        if groups.pre == 0 { throw .noPrePeriod(column: specification.post) }
        if groups.post == 0 { throw .noPostPeriod(column: specification.post) }
        for cluster in frame.clusters where cluster.levelCount < 2 {
            throw .singleCluster(variable: cluster.name, count: cluster.levelCount)
        }
        let fit = try policyStep { try LinearRegression.fit(frame, options: options) }
        for cluster in fit.clusters where cluster.levelCount < 2 {
            throw .singleCluster(variable: cluster.name, count: cluster.levelCount)
        }
        let regression = try policyStep {
            try fit.result(vcov: vcov, confidenceLevel: specification.confidenceLevel)
        }
        guard let att = regression.coefficient(specification.effectTerm) else {
            throw .termNotEstimated(specification.effectTerm)
        }
        // Cell means and group sizes over the observations the regression used.
        let outcome = try PolicyColumns.numeric(table, specification.outcome)
        let units = PolicyColumns.codes(try PolicyColumns.labels(table, specification.unit), rows: fit.sourceRows)
        var sums = [Double](repeating: 0, count: 4), counts = [Int](repeating: 0, count: 4)
        var treatedUnit = [Bool?](repeating: nil, count: units.names.count)
        for (position, row) in fit.sourceRows.enumerated() {
            let isTreated = treated.values[row] == 1
            let cell = (isTreated ? 0 : 2) + (post.values[row] == 1 ? 0 : 1)
            sums[cell] += outcome.values[row]
            counts[cell] += 1
            treatedUnit[units.codes[position]] = isTreated || (treatedUnit[units.codes[position]] ?? false)
        }
        let means = zip(sums, counts).map { $1 > 0 ? $0 / Double($1) : .nan }
        let cellMeans = DifferenceInDifferencesCellMeans(treatedPost: means[0], treatedPre: means[1],
                                                         controlPost: means[2], controlPre: means[3])
        let treatedCount = treatedUnit.filter { $0 == true }.count
        return DifferenceInDifferencesResult(specification: specification, att: att, regression: regression,
                                             cellMeans: cellMeans, treatedUnits: treatedCount,
                                             controlUnits: units.names.count - treatedCount)
    }
}

extension DifferenceInDifferences {
    /// `table` with a 0/1 column `name` added: 1 where `time ≥ firstPostPeriod`, 0 before,
    /// missing where the period is missing — the `post` indicator of a panel whose policy
    /// starts in `firstPostPeriod` (e.g. the evaluated year of a report).
    public static func addingPostIndicator(to table: Table, time: String, firstPostPeriod: Int,
                                           named name: String = "post") throws(PolicyEffectError) -> Table {
        let periods = try PolicyColumns.numeric(table, time)
        let values = periods.values.indices.map { periods.isMissing[$0] ? nil : (periods.values[$0] >= Double(firstPostPeriod) ? 1.0 : 0.0) }
        return try policyStep { try table.appending(.numeric(NumericColumn(values)), named: name) }
    }
}
