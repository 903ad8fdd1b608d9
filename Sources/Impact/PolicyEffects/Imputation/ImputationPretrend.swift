/// The pre-trend test of Borusyak–Jaravel–Spiess (2024, Test 1, eq. 9): on the untreated
/// rows only, the first-stage model with lead indicators `1{t − cohort = h}` added for
/// the pre-treatment event times `h ≤ −2` of eventually treated firms,
///
///     yᵢₜ = αᵢ + λₜ + xᵢₜᵀβ + Σ_h γ_h 1{t − gᵢ = h} + εᵢₜ,   (i, t) untreated,
///
/// and the joint Wald test of `γ = 0`. Event time −1 and never-treated firms (and firms
/// first treated after the last period) are the reference (as diff-diff's `ImputationDiD.pretrend_test`). Because the test uses only
/// untreated rows, it is independent of the imputation estimates.
///
/// Conventions: leads fitted by ``LinearRegression`` with firm and period effects absorbed
/// and CR1 standard errors clustered by firm under fixest's small-sample rules, as
/// pyfixest's `feols("y ~ lead… | firm + year", vcov={"CRV1": "firm"})` on the untreated
/// rows; the test is ``PretrendTest`` (F with `G − 1` denominator degrees of freedom).
public struct ImputationPretrend: Sendable, Equatable {
    /// One point per lead, event time ascending, with its t-based interval; a lead
    /// dropped as collinear has NaN values.
    public let leads: [EventTimeEstimate]
    /// Untreated rows at each lead, in the order of ``leads``.
    public let leadObservations: [Int]
    /// The joint test of the leads (`nil` when no lead could be estimated).
    public let test: PretrendTest?

    /// Creates the test result.
    public init(leads: [EventTimeEstimate], leadObservations: [Int], test: PretrendTest?) {
        self.leads = leads
        self.leadObservations = leadObservations
        self.test = test
    }
}

extension ImputationFirstStage {
    /// The pre-trend regression on the untreated rows, or `nil` when no untreated row of a
    /// treated firm lies two or more periods before its cohort, or the regression fails.
    // Long: builds the untreated table column by column, then one regression.
    func pretrend(_ sample: ImputationSample) -> ImputationPretrend? {
        // Firms first treated after the last period are untreated throughout: no leads.
        let lastPeriod = sample.periods[sample.periods.count - 1]
        let eventTimes: [Int?] = untreated.map { row in
            sample.unitCohorts[Int(sample.units[row])].flatMap {
                $0 <= lastPeriod ? sample.periods[Int(sample.periodCodes[row])] - $0 : nil
            }
        }
        let leads = Array(Set(eventTimes.compactMap { $0 }.filter { $0 <= -2 })).sorted()
        guard !leads.isEmpty else { return nil }
        let leadName = { (h: Int) in "lead\(h)" }
        var columns: [(name: String, column: Column)] = [
            ("unit", .categorical(CategoricalColumn(codes: untreated.map { sample.units[$0] }, levels: sample.unitNames))),
            ("period", .numeric(NumericColumn(values: untreated.map { Double(sample.periods[Int(sample.periodCodes[$0])]) }))),
            ("outcome", .numeric(NumericColumn(values: untreated.map { sample.outcome[$0] }))),
        ]
        for (j, covariate) in sample.covariates.enumerated() {
            columns.append(("covariate\(j)", .numeric(NumericColumn(values: untreated.map { covariate[$0] }))))
        }
        for h in leads {
            columns.append((leadName(h), .numeric(NumericColumn(values: eventTimes.map { $0 == h ? 1 : 0 }))))
        }
        let terms = leads.map { FormulaTerm([.variable(leadName($0))]) }
            + sample.covariates.indices.map { FormulaTerm([.variable("covariate\($0)")]) }
        let formula = Formula(response: .variable("outcome"), terms: terms,
                              fixedEffects: [FixedEffect(columns: ["unit"]), FixedEffect(columns: ["period"])])
        let variance = VarianceChoice(.cluster(["unit"]))
        guard let table = try? Table(columns: columns),
              let frame = try? ModelFrame(formula: formula, table: table, variance: variance),
              let regression = try? LinearRegression.fit(frame).result(variance: variance) else { return nil }
        let points = leads.map { h in
            guard let c = regression.coefficient(leadName(h)) else {
                return EventTimeEstimate(eventTime: h, term: leadName(h), estimate: .nan, standardError: .nan,
                                         confidenceLow: .nan, confidenceHigh: .nan, isReference: false, isBinned: false)
            }
            return EventTimeEstimate(eventTime: h, term: c.term, estimate: c.estimate, standardError: c.standardError,
                                     confidenceLow: c.confidenceLow, confidenceHigh: c.confidenceHigh,
                                     isReference: false, isBinned: false)
        }
        return ImputationPretrend(leads: points, leadObservations: leads.map { h in eventTimes.lazy.filter { $0 == h }.count },
                                  test: EventStudy.pretrendTest(regression, points: points))
    }
}
