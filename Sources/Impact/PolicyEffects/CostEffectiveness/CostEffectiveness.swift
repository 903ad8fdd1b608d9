/// Effect per 万元 of subsidy by three methods, so attribution and causation can be read
/// side by side (`CostEffectivenessMethod`). Every figure is in 万元 of outcome per 万元
/// awarded over one stated horizon (``compare(supported:panel:_:)``); inputs must be in 万元
/// (levels, not logarithms).
///
/// Conventions: the naive ratio is `math.fsum(increment)/math.fsum(subsidy)` (compensated
/// sums); the dose-response slope is statsmodels `ols('growth ~ subsidy + controls +
/// C(sector)').fit(cov_type='HC1', use_t=True)` (fixture `dose_response_subsidy`).
public enum CostEffectiveness {
    /// Σ `increment` / Σ `subsidy` over the rows where both are present and the subsidy is
    /// positive (the supported firms).
    public static func naiveAttribution(_ table: Table, increment: String,
                                        subsidy: String) throws(PolicyEffectError) -> CostEffectivenessEstimate {
        let growth = try PolicyColumns.numeric(table, increment)
        let amount = try PolicyColumns.numeric(table, subsidy)
        let rows = (0..<table.rowCount).filter { !growth.isMissing[$0] && !amount.isMissing[$0] && amount.values[$0] > 0 }
        let numerator = compensatedSum(rows.map { growth.values[$0] })
        let denominator = compensatedSum(rows.map { amount.values[$0] })
        guard denominator > 0 else { throw .noSubsidy(total: denominator) }
        return CostEffectivenessEstimate(method: .naiveAttribution, value: numerator / denominator,
                                         numerator: numerator, denominator: denominator, observations: rows.count)
    }

    /// The slope of `increment` on `subsidy` in `increment ~ subsidy + controls + C(sector)`
    /// (sector effects only when `sector` is given), with `vcov` (default `.hc1`). The
    /// formula is built as a value, so any column names work.
    public static func doseResponse(_ table: Table, increment: String, subsidy: String, controls: [String] = [],
                                    sector: String? = nil, vcov: VarianceEstimator = .hc1,
                                    confidenceLevel: Double = ConfidenceLevel.standard) throws(PolicyEffectError) -> CostEffectivenessEstimate {
        let terms = ([FormulaFactor.variable(subsidy)] + controls.map(FormulaFactor.variable)
            + (sector.map { [FormulaFactor.categorical($0, reference: nil)] } ?? [])).map { FormulaTerm([$0]) }
        let formula = Formula(response: .variable(increment), terms: terms)
        let frame = try policyStep { try ModelFrame(formula: formula, table: table, variance: VarianceChoice(vcov)) }
        let result = try policyStep { try LinearRegression.estimate(frame, vcov: vcov, confidenceLevel: confidenceLevel) }
        guard let slope = result.coefficient(subsidy) else { throw .termNotEstimated(subsidy) }
        return CostEffectivenessEstimate(method: .doseResponse, value: slope.estimate, standardError: slope.standardError,
                                         confidenceLow: slope.confidenceLow, confidenceHigh: slope.confidenceHigh,
                                         pValue: slope.pValue, observations: result.observationCount,
                                         controls: controls, sectorEffects: sector)
    }

    /// The DiD effect per 万元 awarded: `ATT · n_tp / Σ award` over the treated post-policy
    /// observations of `did` (see ``CostEffectivenessEstimate``), the award read by `basis`
    /// (``SubsidyBasis``; default `.paid`: the subsidy paid in those rows); with `horizon`,
    /// `ATT · horizon · treated firms / Σ award`. `table` is the panel the DiD was estimated
    /// on; `subsidy` its subsidy column (万元, blank = 0).
    public static func differenceInDifferences(_ did: DifferenceInDifferencesResult, table: Table, subsidy: String,
                                               basis: SubsidyBasis = .standard,
                                               horizon: Int? = nil) throws(PolicyEffectError) -> CostEffectivenessEstimate {
        try differenceInDifferencesFigure(did, table: table, subsidy: subsidy, basis: basis, horizon: horizon).estimate
    }

    /// The DiD figure and the award behind it.
    static func differenceInDifferencesFigure(_ did: DifferenceInDifferencesResult, table: Table, subsidy: String,
                                              basis: SubsidyBasis, horizon: Int?) throws(PolicyEffectError)
        -> (estimate: CostEffectivenessEstimate, award: PanelAward) {
        let (data, _) = try did.specification.postPeriod.resolve(in: table, time: did.specification.time)
        let treated = try PolicyColumns.numeric(data, did.specification.treated)
        let post = try did.specification.postPeriod.indicator(in: data, time: did.specification.time)
        let rows = did.regression.fit.sourceRows.filter { treated.values[$0] == 1 && post.values[$0] == 1 }
        let award = try panelAward(data, rows: rows, unit: did.specification.unit, time: did.specification.time,
                                   subsidy: subsidy, basis: basis)
        let att = did.att
        let estimate = try perWanAwarded(method: .differenceInDifferences, estimate: att.estimate,
                                         standardError: att.standardError,
                                         interval: (att.confidenceLow, att.confidenceHigh), pValue: att.pValue,
                                         award: award, horizon: horizon, basis: basis,
                                         observations: did.observationCount)
        return (estimate, award)
    }
}

extension CostEffectiveness {
    /// Every figure the inputs allow, in the order naive, dose response, panel figure (DiD or
    /// Callaway–Sant'Anna, by ``CostEffectivenessSpecification/estimator``), all on one basis:
    /// 万元 of outcome per 万元 awarded over the horizon (``CostEffectivenessSpecification/horizon``,
    /// else the post-policy periods of the panel, else 1 year); the one-year naive ratio and
    /// slope are multiplied by it. Notes state the horizon and the subsidy basis, and warn
    /// when the subsidy column looks repeated under `.paid` or a DiD meets staggered timing.
    public static func compare(supported: Table?, panel: Table?,
                               _ specification: CostEffectivenessSpecification) throws(PolicyEffectError) -> CostEffectivenessComparison {
        var yearly = [CostEffectivenessEstimate]()
        if let supported {
            yearly.append(try naiveAttribution(supported, increment: specification.increment,
                                               subsidy: specification.subsidy))
            yearly.append(try doseResponse(supported, increment: specification.increment,
                                           subsidy: specification.subsidy, controls: specification.controls,
                                           sector: specification.sector, vcov: specification.vcov,
                                           confidenceLevel: specification.confidenceLevel))
        }
        var notes: [CostEffectivenessNote] = []
        var panelFigure: CostEffectivenessEstimate?
        if let panel, let did = specification.differenceInDifferences {
            let figure = try panelEstimate(panel, did, specification)
            panelFigure = figure.estimate
            notes += figure.notes
        }
        let years = specification.horizon ?? panelFigure?.horizonYears ?? 1
        notes.insert(.horizon(years: years, fromData: specification.horizon == nil && panelFigure != nil), at: 0)
        return CostEffectivenessComparison(yearly.map { $0.over(years: years) } + (panelFigure.map { [$0] } ?? []),
                                           notes: notes)
    }

    /// The panel figure by the specification's estimator, with its notes (subsidy basis,
    /// repeated-looking amounts, staggered timing).
    private static func panelEstimate(_ panel: Table, _ did: DifferenceInDifferencesSpecification,
                                      _ specification: CostEffectivenessSpecification) throws(PolicyEffectError)
        -> (estimate: CostEffectivenessEstimate, notes: [CostEffectivenessNote]) {
        var notes: [CostEffectivenessNote] = [.subsidyBasis(specification.subsidyBasis)]
        let estimate: CostEffectivenessEstimate
        let award: PanelAward
        switch specification.estimator {
        case .differenceInDifferences:
            let result = try DifferenceInDifferences.estimate(panel, did)
            let figure = try differenceInDifferencesFigure(result, table: panel, subsidy: specification.subsidy,
                                                           basis: specification.subsidyBasis,
                                                           horizon: specification.horizon)
            estimate = figure.estimate
            award = figure.award
            for case let .staggeredTiming(starts, weight) in result.notes {
                notes.append(.staggeredTiming(startPeriods: starts, alreadyTreatedWeight: weight))
            }
        case .callawaySantAnna:
            estimate = try callawaySantAnna(panel, did, subsidy: specification.subsidy,
                                            basis: specification.subsidyBasis, horizon: specification.horizon)
            let (data, postColumn) = try did.postPeriod.resolve(in: panel, time: did.time)
            let treated = try PolicyColumns.numeric(data, did.treated)
            let post = try PolicyColumns.numeric(data, postColumn)
            let rows = (0..<data.rowCount).filter { treated.values[$0] == 1 && post.values[$0] == 1 }
            award = try panelAward(data, rows: rows, unit: did.unit, time: did.time, subsidy: specification.subsidy,
                                   basis: specification.subsidyBasis)
        }
        let looking = award.repeatedLooking
        if specification.subsidyBasis == .paid, looking.firms > 0, looking.firms == looking.eligible {
            notes.append(.subsidyLooksRepeated(firms: looking.firms))
        }
        return (estimate, notes)
    }
}
