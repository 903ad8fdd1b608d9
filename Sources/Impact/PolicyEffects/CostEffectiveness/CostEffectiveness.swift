/// Effect per 万元 of subsidy by three methods, so attribution and causation can be read
/// side by side (`CostEffectivenessMethod`). Every figure is in 万元 of outcome per 万元
/// of subsidy; inputs must be in 万元 (levels, not logarithms).
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
                                         pValue: slope.pValue, observations: result.observationCount)
    }

    /// The DiD effect per 万元 spent: `ATT · n_tp / Σ_tp subsidy` over the treated
    /// post-policy observations of `did` (see `CostEffectivenessEstimate`). `table` is the
    /// panel the DiD was estimated on; `subsidy` its subsidy column (万元, blank = 0).
    public static func differenceInDifferences(_ did: DifferenceInDifferencesResult, table: Table,
                                               subsidy: String) throws(PolicyEffectError) -> CostEffectivenessEstimate {
        let amount = try PolicyColumns.numeric(table, subsidy)
        let treated = try PolicyColumns.numeric(table, did.specification.treated)
        let post = try did.specification.postPeriod.indicator(in: table, time: did.specification.time)
        let rows = did.regression.fit.sourceRows.filter { treated.values[$0] == 1 && post.values[$0] == 1 }
        let spent = compensatedSum(rows.map { amount.isMissing[$0] ? 0 : amount.values[$0] })
        guard spent > 0 else { throw .noSubsidy(total: spent) }
        let scale = Double(rows.count) / spent
        let att = did.att
        return CostEffectivenessEstimate(method: .differenceInDifferences, value: att.estimate * scale,
                                         standardError: att.standardError * scale,
                                         confidenceLow: att.confidenceLow * scale, confidenceHigh: att.confidenceHigh * scale,
                                         pValue: att.pValue, numerator: att.estimate * Double(rows.count),
                                         denominator: spent, observations: did.observationCount)
    }
}

extension CostEffectiveness {
    /// Every figure the inputs allow, in the order naive, dose response, DiD: the first two
    /// from `supported` (a table of supported firms), the DiD figure from `panel` when the
    /// specification names a DiD.
    public static func compare(supported: Table?, panel: Table?,
                               _ specification: CostEffectivenessSpecification) throws(PolicyEffectError) -> CostEffectivenessComparison {
        var estimates = [CostEffectivenessEstimate]()
        if let supported {
            estimates.append(try naiveAttribution(supported, increment: specification.increment,
                                                  subsidy: specification.subsidy))
            estimates.append(try doseResponse(supported, increment: specification.increment,
                                              subsidy: specification.subsidy, controls: specification.controls,
                                              sector: specification.sector, vcov: specification.vcov,
                                              confidenceLevel: specification.confidenceLevel))
        }
        if let panel, let did = specification.differenceInDifferences {
            let result = try DifferenceInDifferences.estimate(panel, did)
            estimates.append(try differenceInDifferences(result, table: panel, subsidy: specification.subsidy))
        }
        return CostEffectivenessComparison(estimates)
    }
}
