/// Dynamic two-way fixed-effects event study with event-time indicators relative to
/// adoption.
///
/// ## Model
/// `y_it = α_i + λ_t + Σ_{e ≠ ref} δ_e · 1{t − g_i = e} + ε_it`, `g_i` the unit's first
/// treated period. Never-treated units (cohort 0 or blank) are coded explicitly with every
/// indicator 0 — they enter the regression as the reference category, exactly as
/// pyfixest's `i(rel_year, ref=-1)` does when never-treated rows carry the reference
/// value. End points can be binned (`EventStudySpecification`). Standard errors are CR1
/// by unit unless the specification says otherwise. The derived column is called
/// `event_time` (or `event_time_es` if the table already has that name), so coefficients
/// are named `event_time::-3`.
///
/// Without never-treated units the full set of event-time indicators is collinear with the
/// unit and period effects (event time = period − cohort), so the regression drops one more
/// indicator (the last in order) and reports it; bin the end points or use `SunAbraham`
/// (last-treated cohort as control) instead.
///
/// Pre-trends: `PretrendTest` jointly tests the pre-period coefficients.
///
/// Conventions: matches pyfixest 0.60.0 `feols('y ~ i(rel_year_es, ref=-1) | firm_id +
/// year', vcov={'CRV1': 'firm_id'})` (fixture `event_study_staggered`).
public enum EventStudy {
    /// Estimates the event study described by `specification` on `table`.
    public static func estimate(_ table: Table, _ specification: EventStudySpecification,
                                options: RegressionOptions = .init()) throws(PolicyEffectError) -> EventStudyResult {
        try requireValidBins(specification)
        let panel = try CohortPanel(table: table, outcome: specification.outcome, unit: specification.unit,
                                    time: specification.time, cohort: specification.cohort)
        try panel.requireComparison(cohortColumn: specification.cohort)
        let (extended, name) = try addingEventTime(to: table, panel: panel, specification)
        let fit = try eventTimeFit(extended, eventTime: name, specification, options: options)
        let regression = try policyStep {
            try fit.result(variance: specification.variance, confidenceLevel: specification.confidenceLevel)
        }
        let points = plotPoints(regression, panel: panel, term: { "\(name)::\($0)" }, specification)
        let unitCohorts = panel.unitCohorts
        let never = unitCohorts.filter { $0 == nil }.count
        return EventStudyResult(specification: specification, regression: regression, eventTimes: points,
                                pretrend: pretrendTest(regression, points: points), neverTreatedUnits: never,
                                treatedUnits: unitCohorts.count - never)
    }

    /// Estimates the event study and the `companions` asked for on the same table and
    /// specification: the Sun–Abraham estimator and the Goodman-Bacon decomposition of the
    /// static two-way DiD (balanced panels only).
    public static func estimate(_ table: Table, _ specification: EventStudySpecification,
                                adding companions: [EventStudyCompanion],
                                options: RegressionOptions = .init()) throws(PolicyEffectError) -> EventStudyResult {
        var result = try estimate(table, specification, options: options)
        if companions.contains(.sunAbraham) {
            result = result.attaching(try SunAbraham.estimate(table, specification, options: options))
        }
        if companions.contains(.goodmanBacon) {
            result = result.attaching(try GoodmanBaconDecomposition.decompose(
                table, outcome: specification.outcome, unit: specification.unit, time: specification.time,
                cohort: specification.cohort))
        }
        return result
    }

    /// Throws `invalidBinning` unless `binMin ≤ reference ≤ binMax`.
    private static func requireValidBins(_ specification: EventStudySpecification) throws(PolicyEffectError) {
        let reference = specification.reference
        if let low = specification.binMin, low > reference {
            throw .invalidBinning(lower: specification.binMin, upper: specification.binMax, reference: reference)
        }
        if let high = specification.binMax, high < reference {
            throw .invalidBinning(lower: specification.binMin, upper: specification.binMax, reference: reference)
        }
    }

    /// `table` with the event-time column added, and its name (`event_time`, or
    /// `event_time_es` when the table has `event_time`). Never-treated rows get the
    /// reference value (every indicator 0).
    private static func addingEventTime(to table: Table, panel: CohortPanel,
                                        _ specification: EventStudySpecification) throws(PolicyEffectError)
        -> (table: Table, name: String) {
        let reference = specification.reference
        var eventTime = [Double?](repeating: nil, count: table.rowCount)
        var referenceSeen = false
        for (position, row) in panel.rows.enumerated() {
            if let e = specification.eventTime(period: panel.periods[position], cohort: panel.cohorts[position]) {
                eventTime[row] = Double(e)
                if e == reference { referenceSeen = true }
            } else {
                eventTime[row] = Double(reference)
            }
        }
        guard referenceSeen else { throw .referencePeriodAbsent(reference) }
        let name = table.hasColumn("event_time") ? "event_time_es" : "event_time"
        return (try policyStep { try table.appending(.numeric(NumericColumn(eventTime)), named: name) }, name)
    }

    /// Plot data over every event time observed among treated rows: the reference at 0,
    /// estimated indicators with their intervals, dropped ones as NaN.
    private static func plotPoints(_ regression: RegressionResult, panel: CohortPanel, term: (Int) -> String,
                                   _ specification: EventStudySpecification) -> [EventTimeEstimate] {
        let observed = Set(panel.rows.indices.compactMap {
            specification.eventTime(period: panel.periods[$0], cohort: panel.cohorts[$0])
        })
        return observed.sorted().map { e in
            let binned = e == specification.binMin || e == specification.binMax
            if e == specification.reference {
                return EventTimeEstimate(eventTime: e, term: nil, estimate: 0, standardError: 0,
                                         confidenceLow: 0, confidenceHigh: 0, isReference: true, isBinned: binned)
            }
            guard let c = regression.coefficient(term(e)) else {
                return EventTimeEstimate(eventTime: e, term: term(e), estimate: .nan, standardError: .nan,
                                         confidenceLow: .nan, confidenceHigh: .nan, isReference: false, isBinned: binned)
            }
            return EventTimeEstimate(eventTime: e, term: c.term, estimate: c.estimate, standardError: c.standardError,
                                     confidenceLow: c.confidenceLow, confidenceHigh: c.confidenceHigh,
                                     isReference: false, isBinned: binned)
        }
    }

    /// The joint Wald test of the estimated pre-period coefficients (see `PretrendTest`).
    static func pretrendTest(_ regression: RegressionResult, points: [EventTimeEstimate]) -> PretrendTest? {
        let pre = points.filter { $0.eventTime < 0 && !$0.isReference && $0.estimate.isFinite }
        let names = regression.coefficients.map(\.term)
        let indices = pre.compactMap { point in point.term.flatMap { names.firstIndex(of: $0) } }
        guard !indices.isEmpty else { return nil }
        let b = indices.map { regression.coefficients[$0].estimate }
        let v = regression.covariance.principalSubmatrix(indices)
        guard let cholesky = try? CholeskyFactorization(v), let solved = try? cholesky.solve(b) else { return nil }
        let wald = zip(b, solved).reduce(0) { $0 + $1.0 * $1.1 }
        let q = Double(indices.count)
        let df = regression.inferenceDegreesOfFreedom
        let f = wald / q
        return PretrendTest(eventTimes: pre.map(\.eventTime), statistic: f, numeratorDegrees: q, denominatorDegrees: df,
                            pValue: FDistribution(numeratorDegrees: q, denominatorDegrees: df).survivalProbability(f),
                            chiSquared: wald,
                            chiSquaredPValue: ChiSquaredDistribution(degreesOfFreedom: q).survivalProbability(wald))
    }
}
