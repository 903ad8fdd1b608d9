import Foundation

/// Sun and Abraham's (2021) interaction-weighted (IW) event-study estimator.
///
/// ## Steps
/// 1. Control group: never-treated units; if there are none, the last-treated cohort,
///    with every period from its adoption on dropped (it must stay untreated).
/// 2. Regress `y_it = α_i + λ_t + Σ_{g} Σ_{e ≠ ref} δ_{g,e} 1{G_i = g}·1{t − g = e} + ε_it`
///    (every treated cohort `g` other than the control, every observed event time other
///    than the reference, bins applied as in `EventStudySpecification`), with the
///    specification's covariance (CR1 by unit by default).
/// 3. IW estimate at event time `e`: `ν̂_e = Σ_g w_{g,e} δ̂_{g,e}` with
///    `w_{g,e} = n_{g,e}/Σ_{g'} n_{g',e}`, `n_{g,e}` the observations of cohort `g` at `e`
///    (in a balanced panel without binning, the cohort shares of Sun and Abraham).
/// 4. Standard error by the delta method on the regression covariance, weights held fixed:
///    `se(ν̂_e)² = wᵀ V_{(e)} w`; t intervals with the regression's degrees of freedom.
///
/// Conventions: as fixest's `sunab()` aggregated by period (observation-share weights,
/// fixed in the variance). Coefficients are named `cohort::2018:event_time::-3`.
public enum SunAbraham {
    /// Estimates the IW event study for `specification` on `table`.
    public static func estimate(_ table: Table, _ specification: EventStudySpecification,
                                options: RegressionOptions = .init()) throws(PolicyEffectError) -> SunAbrahamResult {
        let panel = try CohortPanel(table: table, outcome: specification.outcome, unit: specification.unit,
                                    time: specification.time, cohort: specification.cohort)
        try panel.requireComparison(cohortColumn: specification.cohort)
        let cohortsPresent = Set(panel.unitCohorts.compactMap { $0 })
        let control: SunAbrahamResult.ControlGroup
        var keep = Array(panel.rows.indices)
        if panel.unitCohorts.contains(where: { $0 == nil }) {
            control = .neverTreated
        } else {
            let last = cohortsPresent.max()!
            control = .lastTreated(cohort: last)
            keep = keep.filter { panel.periods[$0] < last }
        }
        func isControl(_ cohort: Int?) -> Bool {
            switch control {
            case .neverTreated: return cohort == nil
            case let .lastTreated(last): return cohort == last
            }
        }
        // Cells (g, e) with their observation counts.
        var counts = [Cell: Int]()
        for position in keep where !isControl(panel.cohorts[position]) {
            guard let g = panel.cohorts[position],
                  let e = specification.eventTime(period: panel.periods[position], cohort: g) else { continue }
            if e != specification.reference { counts[Cell(cohort: g, eventTime: e), default: 0] += 1 }
        }
        let cells = counts.keys.sorted { ($0.eventTime, $0.cohort) < ($1.eventTime, $1.cohort) }
        guard !cells.isEmpty else { throw .noTreatedGroup(column: specification.cohort) }
        let cellIndex = Dictionary(uniqueKeysWithValues: cells.enumerated().map { ($1, $0) })
        let n = keep.count
        var storage = [Double](repeating: 0, count: n * cells.count)
        for (i, position) in keep.enumerated() {
            guard !isControl(panel.cohorts[position]), let g = panel.cohorts[position],
                  let e = specification.eventTime(period: panel.periods[position], cohort: g),
                  let j = cellIndex[Cell(cohort: g, eventTime: e)] else { continue }
            storage[i + j * n] = 1
        }
        let names = cells.map { "cohort::\($0.cohort):event_time::\($0.eventTime)" }
        let unitCodes = PolicyColumns.codes(panel.unitNames.indices.map { String($0) }.map(Optional.some),
                                            rows: keep.map { panel.units[$0] })
        let periodCodes = PolicyColumns.codes(keep.map { String(panel.periods[$0]) }, rows: Array(0..<n))
        let unitFactor = FactorCodes(name: specification.unit, codes: unitCodes.codes.map(Int32.init),
                                     levelCount: unitCodes.names.count)
        let timeFactor = FactorCodes(name: specification.time, codes: periodCodes.codes.map(Int32.init),
                                     levelCount: periodCodes.names.count)
        let vcov = specification.resolvedVariance
        var clusters = [FactorCodes]()
        if case let .cluster(clusterNames) = vcov {
            for name in clusterNames where name != specification.unit && name != specification.time {
                let labels = try PolicyColumns.labels(table, name)
                let coded = PolicyColumns.codes(labels, rows: keep.map { panel.rows[$0] })
                clusters.append(FactorCodes(name: name, codes: coded.codes.map(Int32.init), levelCount: coded.names.count))
            }
        }
        for factor in clusters + [unitFactor] where factor.levelCount < 2 {
            throw .singleCluster(variable: factor.name, count: factor.levelCount)
        }
        let frame = ModelFrame(responseName: specification.outcome, response: keep.map { panel.outcome[$0] },
                               regressors: Matrix(rows: n, columns: cells.count, storage: storage),
                               regressorNames: names, hasIntercept: false,
                               fixedEffects: [unitFactor, timeFactor], clusters: clusters,
                               sourceRows: keep.map { panel.rows[$0] })
        let fit = try policyStep { try LinearRegression.fit(frame, options: options) }
        let regression = try policyStep { try fit.result(vcov: vcov, confidenceLevel: specification.confidenceLevel) }

        // Aggregate by event time.
        let termIndex = Dictionary(uniqueKeysWithValues: regression.coefficients.enumerated().map { ($1.term, $0) })
        let critical = StudentTDistribution(degreesOfFreedom: regression.inferenceDegreesOfFreedom)
            .quantile((1 + specification.confidenceLevel) / 2)
        var effects = [SunAbrahamResult.CohortEffect]()
        var points = [EventTimeEstimate]()
        let eventTimes = Set(cells.map(\.eventTime)).union([specification.reference]).sorted()
        for e in eventTimes {
            let binned = e == specification.binMin || e == specification.binMax
            if e == specification.reference {
                points.append(EventTimeEstimate(eventTime: e, term: nil, estimate: 0, standardError: 0, confidenceLow: 0,
                                                confidenceHigh: 0, isReference: true, isBinned: binned))
                continue
            }
            let here = cells.enumerated().filter { $0.element.eventTime == e && termIndex[names[$0.offset]] != nil }
            let total = here.reduce(0) { $0 + counts[$1.element]! }
            guard total > 0 else {
                points.append(EventTimeEstimate(eventTime: e, term: nil, estimate: .nan, standardError: .nan, confidenceLow: .nan,
                                                confidenceHigh: .nan, isReference: false, isBinned: binned))
                continue
            }
            let indices = here.map { termIndex[names[$0.offset]]! }
            let weights = here.map { Double(counts[$0.element]!) / Double(total) }
            var estimate = 0.0, variance = 0.0
            for (a, i) in indices.enumerated() {
                estimate += weights[a] * regression.coefficients[i].estimate
                for (b, k) in indices.enumerated() { variance += weights[a] * weights[b] * regression.covariance[i, k] }
                effects.append(.init(cohort: here[a].element.cohort, eventTime: e, term: names[here[a].offset],
                                     estimate: regression.coefficients[i].estimate,
                                     standardError: regression.coefficients[i].standardError,
                                     observations: counts[here[a].element]!, weight: weights[a]))
            }
            let se = variance > 0 ? variance.squareRoot() : .nan
            points.append(EventTimeEstimate(eventTime: e, term: nil, estimate: estimate, standardError: se,
                                            confidenceLow: estimate - critical * se, confidenceHigh: estimate + critical * se,
                                            isReference: false, isBinned: binned))
        }
        return SunAbrahamResult(controlGroup: control, eventTimes: points, cohortEffects: effects, regression: regression)
    }

    /// A cohort × event-time cell.
    struct Cell: Hashable {
        let cohort: Int
        let eventTime: Int
    }
}
